package bd.gov.followup.cluster;

import bd.gov.followup.workflow.ProcessVariables;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * A deadline storm: decisions registered while their timers are held (the timer's job definition suspended, so new
 * timers are created suspended), then released at once. Measures how long the running job executors (one node or
 * several) take until every decision has its escalation task, and counts duplicates.
 */
public final class DeadlineStorm {

  public record Result(int decisions, double seconds, long escalationTasks, long duplicates, Map<String, Long> jobsByNode,
      long failedJobRuns) {
    public double perSecond() { return decisions / seconds; }
  }

  private DeadlineStorm() {}

  /** Holds the decision process's jobs: timers created from now on stay suspended until {@link #release}. */
  public static void hold(ProcessEngine engine) {
    engine.getManagementService().suspendJobDefinitionByProcessDefinitionKey(ProcessVariables.DECISION_PROCESS, true);
  }

  /** Releases the held timers at once: every running job executor may take them from now on. */
  public static void activate(ProcessEngine engine) {
    engine.getManagementService().activateJobDefinitionByProcessDefinitionKey(ProcessVariables.DECISION_PROCESS, true);
  }

  /** Releases the held timers at once and waits until {@code decisions} escalation tasks exist (or the timeout). */
  public static Result release(ProcessEngine engine, int decisions, Duration timeout) throws InterruptedException {
    long started = System.nanoTime();
    activate(engine);
    long deadline = started + timeout.toNanos();
    long tasks = 0;
    while (System.nanoTime() < deadline) {
      tasks = escalationTasks(engine);
      if (tasks >= decisions) {
        break;
      }
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(decisions, seconds, tasks, duplicates(engine), jobsByNode(engine), failedJobRuns(engine));
  }

  public static long escalationTasks(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(ProcessVariables.TASK_REVIEW_OVERDUE_DECISION).count();
  }

  /** Escalation tasks beyond the first of a decision, open or not (history sees every task ever created). */
  public static long duplicates(ProcessEngine engine) {
    Map<String, Long> perInstance = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ProcessVariables.TASK_REVIEW_OVERDUE_DECISION).list().stream()
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId, Collectors.counting()));
    return perInstance.values().stream().mapToLong(n -> n - 1).sum();
  }

  /** Successful job runs of the decision process per node (the job log's hostname). */
  public static Map<String, Long> jobsByNode(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricJobLogQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS).successLog().list().stream()
        .collect(Collectors.groupingBy(log -> String.valueOf(log.getHostname()), java.util.TreeMap::new,
            Collectors.counting()));
  }

  /** Job runs that failed (e.g. an optimistic-locking collision between nodes; the engine retries them). */
  public static long failedJobRuns(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricJobLogQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS).failureLog().count();
  }

  static Function<Result, String> describe() {
    return r -> String.format("%d decisions: %d escalation tasks in %.1f s (%.0f/s), %d duplicates, jobs by node %s, %d failed job runs",
        r.decisions(), r.escalationTasks(), r.seconds(), r.perSecond(), r.duplicates(), r.jobsByNode(), r.failedJobRuns());
  }
}

package bd.gov.followup.cluster;

import bd.gov.followup.workflow.ProcessVariables;
import java.time.Duration;
import java.util.List;
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
    java.util.Date releasedAt = new java.util.Date();
    activate(engine);
    long tasks = waitForTasks(engine, ProcessVariables.TASK_REVIEW_OVERDUE_DECISION, decisions, started + timeout.toNanos());
    double seconds = tasks >= decisions
        ? secondsUntilLastTask(engine, ProcessVariables.TASK_REVIEW_OVERDUE_DECISION, releasedAt)
        : (System.nanoTime() - started) / 1e9;
    return new Result(decisions, seconds, tasks, duplicates(engine), jobsByNode(engine), failedJobRuns(engine));
  }

  /**
   * Waits until {@code count} open tasks of that key exist (or the deadline, System.nanoTime), asking once a second:
   * the count reads the whole task table, and asking ten times a second took 7 % of PostgreSQL's work in a
   * 10,000-decision storm, work the measured storm paid for. When it ended comes from the history instead
   * ({@link #secondsUntilLastTask}).
   */
  public static long waitForTasks(ProcessEngine engine, String taskKey, long count, long deadlineNanos)
      throws InterruptedException {
    long tasks = 0;
    while (System.nanoTime() < deadlineNanos) {
      tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).count();
      if (tasks >= count) {
        break;
      }
      Thread.sleep(Math.max(1, Math.min(1000, (deadlineNanos - System.nanoTime()) / 1_000_000)));
    }
    return tasks;
  }

  /** Seconds from {@code since} until the newest task of that key was created (its start in the history). */
  public static double secondsUntilLastTask(ProcessEngine engine, String taskKey, java.util.Date since) {
    List<HistoricTaskInstance> last = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(taskKey).orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
    return (last.get(0).getStartTime().getTime() - since.getTime()) / 1e3;
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

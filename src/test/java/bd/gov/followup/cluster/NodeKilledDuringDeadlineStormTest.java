package bd.gov.followup.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.followup.workflow.ProcessVariables;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crash recovery: a node in a JVM of its own is killed with SIGKILL in the middle of a deadline storm, holding
 * locks on jobs it had acquired but not finished. Its locked jobs are taken once their locks expire — Camunda's
 * recovery, nothing of ours — and every decision ends with exactly one escalation task. Two cases: a cluster, where
 * the surviving node (the whole application in this JVM, on the same fresh PostgreSQL database) takes them; and a
 * single node, started again after the crash (this JVM then only registers and watches, its job executor off).
 * The killed node's lock time is cut to
 * {@value #LOCK_MILLIS} ms (production: 5 minutes) so the test does not wait for it. Needs PostgreSQL like
 * {@link TwoNodesOnOneDatabaseTest}: skipped without it, failed without it when {@code -Dpgtest.required=true}.
 * Size: {@code -Dcrash.decisions=300} (the default). The killed node's log: {@code target/crash/node-killed.log}.
 */
class NodeKilledDuringDeadlineStormTest {

  static final int DECISIONS = Integer.getInteger("crash.decisions", 300);
  static final int LOCK_MILLIS = 10_000;
  static final String KILLED = "node-killed";
  static final String SURVIVOR = "node-survivor";
  static final String RESTARTED = "node-restarted";

  /** What the database says at one moment of the storm. */
  record Progress(long escalations, long doneByKilled, long liveLocksOfKilled) {}

  /** A job row left locked by the dead node: its id and when its lock expires. */
  record OrphanedJob(String id, Date lockExpires) {}

  String url;
  Node survivor;
  NodeProcess killed;
  NodeProcess restarted;

  @BeforeEach
  void requirePostgres() {
    PostgresDatabases.assumeReachable();
  }

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (killed != null) killed.close();
    if (restarted != null) restarted.close();
    if (survivor != null) survivor.close();
    if (url != null) PostgresDatabases.drop(url);
  }

  @Test
  void nodeKilledMidStorm_itsLockedJobsRunOnTheSurvivorAfterTheLockExpires_everyDecisionEscalatedOnce()
      throws Exception {
    stormKillAndRecover(false);
  }

  @Test
  void singleNodeKilledMidStorm_andStartedAgain_runsWhatItHadLocked_everyDecisionEscalatedOnce() throws Exception {
    stormKillAndRecover(true);
  }

  /** With {@code restart}, no other node runs jobs: the killed node's successor, started after the kill, recovers. */
  private void stormKillAndRecover(boolean restart) throws Exception {
    url = PostgresDatabases.createFresh("crash");
    String recovering = restart ? RESTARTED : SURVIVOR;
    // idle nodes poll every second: a released storm, and the expiry of the dead node's locks, are seen at once
    survivor = Node.postgres(SURVIVOR, url, restart
        ? Map.of("camunda.bpm.job-execution.enabled", false)
        : Map.of("camunda.bpm.job-execution.max-wait", 1000));
    ProcessEngine engine = survivor.engine();
    JdbcTemplate jdbc = survivor.bean(JdbcTemplate.class);
    DeadlineStorm.hold(engine);
    // the application name tells the dead node's connections apart in pg_stat_activity
    killed = NodeProcess.start(KILLED, url + "?ApplicationName=" + KILLED, Map.of(
        "camunda.bpm.job-execution.lock-time-in-millis", LOCK_MILLIS,
        "camunda.bpm.job-execution.max-wait", 1000), Path.of("target", "crash", KILLED + ".log"));
    long launched = System.nanoTime();
    PastDeadlineDecisions.start(engine, "k", DECISIONS, 4); // while the second JVM starts
    double registration = (System.nanoTime() - launched) / 1e9;
    killed.awaitReady(Duration.ofMinutes(4));
    double startup = (System.nanoTime() - launched) / 1e9;

    long released = System.nanoTime();
    DeadlineStorm.activate(engine);
    // some of the storm's jobs (one timer per decision: the escalation is its transaction) done by the doomed node, not all
    long enough = Math.max(5, DECISIONS / 30);
    long sessions = killedSessions(jdbc);
    Progress beforeKill = await("the storm under way, " + KILLED + " busy").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> progress(engine, jdbc),
            p -> p.escalations() >= DECISIONS || p.doneByKilled() >= enough && p.liveLocksOfKilled() >= 2);
    Date death = new Date(); // same machine, same clock as the dead node's lock expiry times
    int exit = killed.kill();
    long killedAt = System.nanoTime();
    assertThat(exit).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    assertThat(sessions).as("%s's sessions in pg_stat_activity before the kill", KILLED).isPositive();
    // a COMMIT sent just before death may still be applied: read the locks once PostgreSQL has closed its sessions
    await("PostgreSQL closed the dead node's sessions").atMost(Duration.ofSeconds(30))
        .until(() -> killedSessions(jdbc) == 0);
    List<OrphanedJob> orphans = jdbc.query(
        "select id_, lock_exp_time_ from act_ru_job where lock_owner_ = ? and process_def_key_ = ?",
        (row, i) -> new OrphanedJob(row.getString(1), new Date(row.getTimestamp(2).getTime())),
        killed.lockOwner(), ProcessVariables.DECISION_PROCESS);
    Progress atDeath = progress(engine, jdbc);

    assertThat(beforeKill.escalations()).as("killed in the middle of the storm (raise -Dcrash.decisions)")
        .isLessThan(DECISIONS);
    assertThat(atDeath.doneByKilled()).as("jobs that %s ran before it died", KILLED).isPositive();
    // rows keep the owner of an expired lock until someone acquires them again: some locks must still be live
    long liveLocks = orphans.stream().filter(orphan -> orphan.lockExpires().after(death)).count();
    assertThat(liveLocks).as("jobs that %s had locked, lock still live, when it died", KILLED).isPositive();

    if (restart) {
      // the same application started again on the same database: a new JVM, a new lock owner
      restarted = NodeProcess.start(RESTARTED, url, Map.of("camunda.bpm.job-execution.max-wait", 1000),
          Path.of("target", "crash", RESTARTED + ".log"));
      restarted.awaitReady(Duration.ofMinutes(4));
    }
    await("every decision escalated").atMost(Duration.ofMillis(LOCK_MILLIS).plus(Duration.ofMinutes(3)))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> DeadlineStorm.escalationTasks(engine) >= DECISIONS);
    double seconds = (System.nanoTime() - released) / 1e9;
    double afterKill = (System.nanoTime() - killedAt) / 1e9;

    Map<String, Long> escalationsPerInstance = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(ProcessVariables.TASK_REVIEW_OVERDUE_DECISION).list().stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId, Collectors.counting()));
    long duplicates = DeadlineStorm.duplicates(engine);
    Map<String, Long> jobsByNode = DeadlineStorm.jobsByNode(engine);
    long failedRuns = DeadlineStorm.failedJobRuns(engine);
    System.out.printf("[crash%s] %d decisions (registered in %.1f s; second JVM ready in %.1f s); %s (lock %d ms) ran "
            + "%d jobs, was killed holding %d locks (%d live) %.1f s into the storm; %s ran %d jobs; all escalated %.1f s after "
            + "release (%.1f s after the kill); %d duplicates, %d failed job runs%n",
        restart ? ", restart" : "", DECISIONS, registration, startup, KILLED, LOCK_MILLIS, atDeath.doneByKilled(),
        orphans.size(), liveLocks, (killedAt - released) / 1e9, recovering, jobsByNode.getOrDefault(recovering, 0L),
        seconds, afterKill, duplicates, failedRuns);

    assertThat(duplicates).as("escalation tasks beyond one per decision, ever").isZero();
    assertThat(escalationsPerInstance).as("one open escalation task per decision").hasSize(DECISIONS)
        .allSatisfy((instance, tasks) -> assertThat(tasks).isEqualTo(1));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS).count()).as("no instance lost").isEqualTo(DECISIONS);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS).finished().count()).as("none ended").isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    // what is left is each open review's daily reminder, due tomorrow
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(ProcessVariables.DECISION_PROCESS)
        .activityId("Event_ReviewStillOpen").count()).as("a reminder timer per review").isEqualTo(DECISIONS);
    assertThat(engine.getManagementService().createJobQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS).count()).as("every timer fired").isEqualTo(DECISIONS);
    assertThat(jobsByNode).containsOnlyKeys(KILLED, recovering);
    assertThat(jobsByNode.get(KILLED)).as("the dead ran nothing after death").isEqualTo(atDeath.doneByKilled());
    // the dead node's locked jobs ran once, on the recovering node, and not before their locks expired
    for (OrphanedJob orphan : orphans) {
      List<HistoricJobLog> runs = engine.getHistoryService().createHistoricJobLogQuery()
          .jobId(orphan.id()).successLog().list();
      assertThat(runs).as("successful runs of orphaned job %s", orphan.id()).singleElement().satisfies(run -> {
        assertThat(run.getHostname()).isEqualTo(recovering);
        assertThat(run.getTimestamp()).isAfterOrEqualTo(orphan.lockExpires());
      });
    }
  }

  private long killedSessions(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ?", Long.class, KILLED);
  }

  private Progress progress(ProcessEngine engine, JdbcTemplate jdbc) {
    return new Progress(DeadlineStorm.escalationTasks(engine),
        engine.getHistoryService().createHistoricJobLogQuery()
            .processDefinitionKey(ProcessVariables.DECISION_PROCESS).successLog().hostname(KILLED).count(),
        jdbc.queryForObject(
            "select count(*) from act_ru_job where lock_owner_ = ? and process_def_key_ = ? and lock_exp_time_ > ?",
            Long.class, killed.lockOwner(), ProcessVariables.DECISION_PROCESS, new Timestamp(System.currentTimeMillis())));
  }
}

package bd.gov.followup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes (two Spring contexts, each with its own job executor, web server and engine) on one fresh
 * PostgreSQL database, as a cluster runs: a deadline storm escalates every decision exactly once, and both nodes do
 * the work. Needs PostgreSQL on 127.0.0.1:5432 (.ci/postgres.sh); skipped without it, failed without it when
 * {@code -Dpgtest.required=true}. Size: the 2,000 decisions ({@code -Dcluster.decisions=N} for another;
 * about 50 s in all on 2 cores, see bench/README.md).
 */
class TwoNodesOnOneDatabaseTest {

  static final int DECISIONS = Integer.getInteger("cluster.decisions", 2000);

  /** Future timers of other decisions in the job table during the storm ({@code FollowupBench.futureTimers}). */
  static final int BACKGROUND = Integer.getInteger("cluster.background", 0);

  static String url;
  static Node a;
  static Node b;

  @BeforeAll
  static void startTwoNodes() {
    PostgresDatabases.assumeReachable();
    url = PostgresDatabases.createFresh("cluster");
    // the first node creates the schema and deploys; the second finds both (nodes start one after the other)
    a = Node.postgres("node-a", url, Map.of());
    b = Node.postgres("node-b", url, Map.of());
  }

  @AfterAll
  static void stopNodes() {
    if (b != null) b.close();
    if (a != null) a.close();
    if (url != null) PostgresDatabases.drop(url);
  }

  @Test
  void bothNodesReady_healthExposesNothingElse() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (Node node : new Node[] {a, b}) {
      String base = "http://127.0.0.1:" + node.port() + "/actuator/";
      java.net.http.HttpResponse<String> ready = http.send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "health/readiness")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).as(node.name() + " readiness").isEqualTo(200);
      assertThat(ready.body()).contains("\"UP\"");
      java.net.http.HttpResponse<String> env = http.send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "env")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(env.statusCode()).as("only health is exposed").isEqualTo(404);
    }
  }

  @Test
  void postgresProfile_turnsStatementJitOff() throws Exception {
    // the job acquisition query would otherwise be JIT-compiled at every acquisition on a busy job table
    try (var connection = a.bean(javax.sql.DataSource.class).getConnection();
         var rows = connection.createStatement().executeQuery("SHOW jit")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("off");
    }
  }

  @Test
  void deadlineStorm_everyDecisionEscalatedExactlyOnce_byBothNodes() throws Exception {
    DeadlineStorm.hold(a.engine());
    FollowupBench.futureTimers(a, BACKGROUND);
    long t0 = System.nanoTime();
    PastDeadlineDecisions.start(a.engine(), "c", DECISIONS, 4);
    double registration = (System.nanoTime() - t0) / 1e9;
    assertThat(DeadlineStorm.escalationTasks(a.engine())).as("timers held while registering").isZero();
    // as autovacuum would after the bulk insert (this test server runs without it), as the benchmark's storm does
    FollowupBench.analyzeOnPostgres("postgres", a);

    DeadlineStorm.Result storm = DeadlineStorm.release(a.engine(), DECISIONS, Duration.ofMinutes(10));
    System.out.printf("[cluster] registered %d decisions in %.1f s (%.0f/s); %s; %d future timers in the job table%n",
        DECISIONS, registration, DECISIONS / registration, DeadlineStorm.describe().apply(storm), BACKGROUND);

    assertThat(storm.escalationTasks()).isEqualTo(DECISIONS);
    assertThat(storm.duplicates()).isZero();
    assertThat(b.engine().getTaskService().createTaskQuery()
        .taskDefinitionKey("Task_ReviewOverdueDecision").count()).as("node b sees the same tasks").isEqualTo(DECISIONS);
    assertThat(a.engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("DecisionFollowup").count()).as("no instance lost").isEqualTo(DECISIONS);
    assertThat(storm.jobsByNode()).containsOnlyKeys("node-a", "node-b");
    assertThat(storm.jobsByNode().values()).allSatisfy(n -> assertThat(n).isPositive());
    long reviewReminders = a.engine().getManagementService().createJobQuery().processDefinitionKey("DecisionFollowup")
        .activityId("Event_ReviewStillOpen").count();
    assertThat(reviewReminders).as("each open review's daily reminder, due tomorrow").isEqualTo(DECISIONS);
    assertThat(a.engine().getManagementService().createJobQuery().processDefinitionKey("DecisionFollowup").count())
        .as("every timer fired once; the watch now waits for the chair").isEqualTo(reviewReminders);
    assertThat(a.engine().getHistoryService().findHistoryCleanupJobs())
        .as("one nightly history cleanup job, whichever node scheduled it").hasSize(1);
  }
}

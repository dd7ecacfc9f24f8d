package bd.gov.followup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.ProcessVariables;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks of issue 8, each beside the bare engine measured in the same run on the same database. Not a test
 * (the name does not end in Test): run it with {@code bash bench/run.sh}, which prints the table and writes
 * {@code bench/out/results.csv}. Sizes and databases come from system properties (see bench/README.md).
 */
class FollowupBench {

  static final List<String> DATABASES = Arrays.asList(System.getProperty("bench.db", "h2,postgres").split(","));
  static final int LIFECYCLE = Integer.getInteger("bench.lifecycle", 200);
  static final int STORM = Integer.getInteger("bench.storm", 500);
  static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 5000);
  static final int QUERIES = Integer.getInteger("bench.queries", 200);
  static final int OFFICES = 20; // the listed office holds 1/20 of all open tasks
  static final String OFFICE = "bench-office-0";
  static final String USER = "benchclerk";
  static final String PASSWORD = "Kp9!vX2#qLm7-Tz";

  final List<String[]> rows = new ArrayList<>();

  @Test
  void run() throws Exception {
    Path out = Path.of(System.getProperty("bench.out", "bench/out"));
    Files.createDirectories(out);
    for (String db : DATABASES) {
      String url = null;
      long t0 = System.nanoTime();
      Node node;
      if ("postgres".equals(db.trim())) {
        url = PostgresDatabases.createFresh("bench");
        node = Node.postgres("bench", url, Map.of("camunda.bpm.generate-unique-process-engine-name", false));
      } else {
        Path file = Path.of("target/bench/h2-" + UUID.randomUUID()).toAbsolutePath();
        node = Node.start("bench", "bench", Map.of(
            "spring.datasource.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE",
            "camunda.bpm.generate-unique-process-engine-name", false));
      }
      double startup = (System.nanoTime() - t0) / 1e9;
      try (node) {
        row(db, "startup", "application ready (s), whole Spring context", startup, Double.NaN, "");
        benchDatabase(db.trim(), node);
      } finally {
        if (url != null) PostgresDatabases.drop(url);
      }
      write(out);
    }
    write(out);
  }

  void benchDatabase(String db, Node node) throws Exception {
    ProcessEngine engine = node.engine();
    engine.getRepositoryService().createDeployment().name("bench")
        .addModelInstance("bench-bare-task.bpmn", bareTaskProcess())
        .addModelInstance("bench-bare-timer.bpmn", bareTimerProcess())
        .deploy();

    // 1. lifecycle: a decision with two offices, from start through acceptance, two reports (+ the async roll-up
    //    by the job executor) and two verifications, against start -> user task -> complete
    for (int threads : new int[] {1, 4}) {
      double bare = perSecond(LIFECYCLE, threads, i -> bareLifecycle(engine));
      double decisions = perSecond(LIFECYCLE / 2, threads, i -> decisionLifecycle(engine, "l" + threads + "-" + i));
      double offices = decisions * 2;
      row(db, "lifecycle-" + threads + "t", "bare start->task->complete per s", bare, Double.NaN, "");
      row(db, "lifecycle-" + threads + "t", "offices carried to done per s (decisions x2)", offices, offices / bare,
          "ratio to bare; goal >= 0.5");
    }

    // 2. deadline storm on this node: N decisions past deadline vs N bare due timers, both released at once
    DeadlineStorm.hold(engine);
    PastDeadlineDecisions.start(engine, "s", STORM, 4);
    DeadlineStorm.Result storm = DeadlineStorm.release(engine, STORM, Duration.ofMinutes(15));
    assertThat(storm.escalationTasks()).isEqualTo(STORM);
    engine.getManagementService().suspendJobDefinitionByProcessDefinitionKey("BenchBareTimer", true);
    startMany(STORM, 4, i -> engine.getRuntimeService().startProcessInstanceByKey("BenchBareTimer"));
    long t0 = System.nanoTime();
    engine.getManagementService().activateJobDefinitionByProcessDefinitionKey("BenchBareTimer", true);
    while (engine.getTaskService().createTaskQuery().taskDefinitionKey("BareTimerTask").count() < STORM) {
      Thread.sleep(100);
    }
    double bareStorm = (System.nanoTime() - t0) / 1e9;
    row(db, "storm-1node", "bare due timers -> tasks per s (" + STORM + ")", STORM / bareStorm, Double.NaN,
        String.format("%.1f s", bareStorm));
    row(db, "storm-1node", "escalations per s (" + STORM + " decisions)", storm.perSecond(),
        storm.perSecond() / (STORM / bareStorm), String.format("%.1f s; %d duplicates; 10,000 at this rate: %.0f s",
            storm.seconds(), storm.duplicates(), 10000 / storm.perSecond()));

    // 3. an office's task list with OPEN_TASKS open tasks in the system (1/OFFICES of them for the office)
    fillOpenTasks(engine);
    Latencies javaQuery = latencies(() -> {
      engine.getIdentityService().setAuthentication(USER, List.of(OFFICE));
      try {
        List<Task> page = engine.getTaskService().createTaskQuery().taskCandidateGroup(OFFICE)
            .orderByTaskCreateTime().desc().listPage(0, 50);
        assertThat(page).hasSize(50);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    });
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
            + "/engine-rest/task?candidateGroup=" + OFFICE + "&maxResults=50&sortBy=created&sortOrder=desc"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build();
    Latencies rest = latencies(() -> {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).startsWith("[{");
    });
    String what = OPEN_TASKS + " open tasks, " + OPEN_TASKS / OFFICES + " the office's";
    row(db, "tasklist-java", "p50 ms (" + what + ")", javaQuery.p(50), Double.NaN,
        String.format("p95 %.1f ms; p99 %.1f ms", javaQuery.p(95), javaQuery.p(99)));
    row(db, "tasklist-rest", "p50 ms (" + what + ")", rest.p(50), Double.NaN,
        String.format("p95 %.1f ms; p99 %.1f ms", rest.p(95), rest.p(99)));
  }

  // ---- workloads

  static void bareLifecycle(ProcessEngine engine) {
    String id = engine.getRuntimeService().startProcessInstanceByKey("BenchBareTask").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
    engine.getTaskService().complete(task.getId());
  }

  static void decisionLifecycle(ProcessEngine engine, String key) throws InterruptedException {
    TaskService tasks = engine.getTaskService();
    String deadline = LocalDate.now().plusDays(60).toString();
    String id = engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.DECISION_PROCESS,
        PastDeadlineDecisions.MEMO + "/" + key, org.camunda.bpm.engine.variable.Variables.createVariables()
            .putValue(ProcessVariables.MEMO_KEY, PastDeadlineDecisions.MEMO)
            .putValue(ProcessVariables.MEETING_TITLE, "বেঞ্চমার্ক সভা")
            .putValue(ProcessVariables.DECISION_NUMBER, 1)
            .putValue(ProcessVariables.DECISION_TITLE, "সিদ্ধান্ত " + key)
            .putValue(ProcessVariables.DECISION_TEXT, "উপজেলা পর্যায়ের ওয়েব পোর্টাল হালনাগাদ করবেন।")
            .putValue(ProcessVariables.IMPLEMENTER_PHRASES,
                JsonVariables.stringList(List.of("সহকারী কমিশনার (আইসিটি)", "ও সহকারী কমিশনার, শিক্ষা")))
            .putValue(ProcessVariables.DEADLINE, deadline)
            .putValue(ProcessVariables.SECRETARY_GROUP, "programmer-ict")
            .putValue(ProcessVariables.CHAIR_GROUP, "adc-edu-ict")).getId();
    Task assign = one(engine, id, ProcessVariables.TASK_ASSIGN_IMPLEMENTER, 1).get(0);
    Object offices = tasks.getVariable(assign.getId(), ProcessVariables.OFFICES);
    tasks.complete(assign.getId(), Map.of(ProcessVariables.ACCEPTED, true, ProcessVariables.OFFICES, offices,
        ProcessVariables.DEADLINE, deadline));
    for (Task report : one(engine, id, ProcessVariables.TASK_REPORT_UPDATE, 2)) {
      tasks.complete(report.getId(), Map.of(ProcessVariables.UPDATE_SUMMARY, "হালনাগাদ করা হয়েছে",
          ProcessVariables.EVIDENCE_LINK, "https://jhenaidah.gov.bd/", ProcessVariables.REMARKS, ""));
    }
    // the roll-up after a report is asynchronous: the job executor creates the verification tasks
    for (Task verify : one(engine, id, ProcessVariables.TASK_VERIFY_UPDATE, 2)) {
      tasks.complete(verify.getId(), Map.of(ProcessVariables.VERDICT, ProcessVariables.VERDICT_ACCEPTED,
          ProcessVariables.RETURN_REASON, ""));
    }
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() != 0) {
      throw new IllegalStateException("decision " + key + " did not end");
    }
  }

  /** Waits (up to 60 s) until the instance has {@code n} tasks of that key. */
  static List<Task> one(ProcessEngine engine, String instance, String key, int n) throws InterruptedException {
    for (int i = 0; i < 12000; i++) {
      List<Task> found = engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey(key).list();
      if (found.size() >= n) return found;
      Thread.sleep(5);
    }
    throw new IllegalStateException("no " + key + " in " + instance);
  }

  void fillOpenTasks(ProcessEngine engine) throws Exception {
    var identity = engine.getIdentityService();
    for (int g = 0; g < OFFICES; g++) {
      if (identity.createGroupQuery().groupId("bench-office-" + g).count() == 0) {
        Group group = identity.newGroup("bench-office-" + g);
        group.setName("Bench office " + g);
        identity.saveGroup(group);
      }
    }
    User user = identity.newUser(USER);
    user.setPassword(PASSWORD);
    user.setFirstName("Bench");
    user.setLastName("Clerk");
    identity.saveUser(user);
    identity.createMembership(USER, OFFICE);
    var auth = engine.getAuthorizationService();
    var read = auth.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(OFFICE);
    read.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    read.setResourceId("BenchBareTask");
    read.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    auth.saveAuthorization(read);
    long existing = engine.getTaskService().createTaskQuery().count();
    int missing = (int) Math.max(0, OPEN_TASKS - existing);
    long t0 = System.nanoTime();
    startMany(missing, 4, i -> engine.getRuntimeService().startProcessInstanceByKey("BenchBareTask",
        Map.of("office", "bench-office-" + (i % OFFICES))));
    System.out.printf("[bench] %d open tasks created in %.1f s%n", missing, (System.nanoTime() - t0) / 1e9);
  }

  // ---- models

  static BpmnModelInstance bareTaskProcess() {
    return Bpmn.createExecutableProcess("BenchBareTask").camundaHistoryTimeToLive(180)
        .startEvent().userTask("BareTask").camundaCandidateGroups("${execution.hasVariable('office') ? office : 'bench'}")
        .endEvent().done();
  }

  static BpmnModelInstance bareTimerProcess() {
    return Bpmn.createExecutableProcess("BenchBareTimer").camundaHistoryTimeToLive(180)
        .startEvent().intermediateCatchEvent("BareTimer").timerWithDate("2020-01-01T00:00:00")
        .userTask("BareTimerTask").endEvent().done();
  }

  // ---- measuring

  interface Work { void run(int i) throws Exception; }

  interface Call { void run() throws Exception; }

  static double perSecond(int count, int threads, Work work) throws Exception {
    for (int i = 0; i < Math.min(20, count); i++) work.run(-1 - i); // warm-up
    long t0 = System.nanoTime();
    startMany(count, threads, work);
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  static void startMany(int count, int threads, Work work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) work.run(i);
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
    } finally {
      pool.shutdownNow();
    }
  }

  record Latencies(double[] sortedMillis) {
    double p(int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sortedMillis.length) - 1;
      return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
    }
  }

  static Latencies latencies(Call call) throws Exception {
    for (int i = 0; i < 20; i++) call.run(); // warm-up
    double[] ms = new double[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      long t0 = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Latencies(ms);
  }

  // ---- output

  void row(String db, String bench, String measure, double value, double ratio, String note) {
    rows.add(new String[] {db, bench, measure, String.format("%.1f", value),
        Double.isNaN(ratio) ? "" : String.format("%.2f", ratio), note});
    System.out.printf("[bench] %-8s %-15s %-50s %10.1f %6s  %s%n", db, bench, measure, value,
        Double.isNaN(ratio) ? "" : String.format("%.2f", ratio), note);
  }

  void write(Path out) throws IOException {
    StringBuilder csv = new StringBuilder("database,benchmark,measure,value,ratio_to_bare,note\n");
    StringBuilder table = new StringBuilder(String.format("%-8s | %-15s | %-50s | %10s | %6s | %s%n",
        "database", "benchmark", "measure", "value", "ratio", "note"));
    table.append("-".repeat(130)).append('\n');
    for (String[] r : rows) {
      csv.append(String.join(",", Arrays.stream(r).map(FollowupBench::csvField).toList())).append('\n');
      table.append(String.format("%-8s | %-15s | %-50s | %10s | %6s | %s%n", (Object[]) r));
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    env.put("load", String.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    table.append("machine: ").append(env).append('\n');
    Files.writeString(out.resolve("results.csv"), csv.toString());
    Files.writeString(out.resolve("results.txt"), table.toString());
  }

  static String csvField(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

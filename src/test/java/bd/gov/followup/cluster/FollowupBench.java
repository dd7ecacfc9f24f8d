package bd.gov.followup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.demo.DemoMeetings;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.MeetingRegistration;
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
  /** Future timers in the job table during the storms (the deadlines and reminders of other open decisions). */
  static final int STORM_BACKGROUND = Integer.getInteger("bench.storm.background", 0);
  static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 5000);
  static final int QUERIES = Integer.getInteger("bench.queries", 200);
  /** Which parts run: startup, lifecycle, storm, tasklist, footprint, minutes (all by default). */
  static final List<String> PARTS = Arrays.asList(System.getProperty("bench.only", "startup,lifecycle,storm,tasklist,footprint,minutes").split(","));
  /** An H2 file to reuse (its open tasks stay between runs), instead of a fresh one per run. */
  static final String H2_FILE = System.getProperty("bench.h2file", "");
  /** A PostgreSQL database to reuse (created when missing, kept after the run), instead of a fresh one per run. */
  static final String PG_DATABASE = System.getProperty("bench.pg.database", "");
  static final int OFFICES = 20; // the listed office holds 1/20 of all open tasks
  static final String USER = "benchclerk";
  static final String PASSWORD = "Kp9!vX2#qLm7-Tz";

  final List<String[]> rows = new ArrayList<>();

  @Test
  void run() throws Exception {
    Path out = Path.of(System.getProperty("bench.out", "bench/out"));
    Files.createDirectories(out);
    if (PARTS.contains("footprint")) footprint();
    if (PARTS.contains("minutes")) minutes();
    for (String db : DATABASES) {
      if (PARTS.stream().noneMatch(p -> List.of("startup", "lifecycle", "storm", "tasklist").contains(p))) break;
      String url = null;
      long t0 = System.nanoTime();
      Node node;
      if ("postgres".equals(db.trim())) {
        url = PG_DATABASE.isBlank() ? PostgresDatabases.createFresh("bench") : PostgresDatabases.createIfMissing(PG_DATABASE);
        node = Node.postgres("bench", url, Map.of("camunda.bpm.generate-unique-process-engine-name", false));
      } else {
        Path file = (H2_FILE.isBlank() ? Path.of("target/bench/h2-" + UUID.randomUUID()) : Path.of(H2_FILE))
            .toAbsolutePath();
        node = Node.start("bench", "bench", Map.of(
            "spring.datasource.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE"
                + System.getProperty("bench.h2.options", ""),
            "camunda.bpm.generate-unique-process-engine-name", false));
      }
      double startup = (System.nanoTime() - t0) / 1e9;
      try (node) {
        row(db, "startup", "application ready (s), whole Spring context", startup, Double.NaN, "");
        benchDatabase(db.trim(), node);
      } finally {
        if (url != null && PG_DATABASE.isBlank()) PostgresDatabases.drop(url);
      }
      write(out);
    }
    write(out);
  }

  void benchDatabase(String db, Node node) throws Exception {
    ProcessEngine engine = node.engine();
    engine.getRepositoryService().createDeployment().name("bench").enableDuplicateFiltering(false)
        .addModelInstance("bench-bare-task.bpmn", bareTaskProcess())
        .addModelInstance("bench-bare-timer.bpmn", bareTimerProcess())
        .deploy();

    if (PARTS.contains("lifecycle")) lifecycle(db, engine, node);
    if (PARTS.contains("storm")) storm(db, engine, node);
    if (PARTS.contains("tasklist")) tasklist(db, engine, node);
  }

  void lifecycle(String db, ProcessEngine engine, Node node) throws Exception {
    // 1. lifecycle: a decision with two offices, from start through acceptance, two reports (+ the async roll-up
    //    by the job executor) and two verifications, against start -> user task -> complete; then the seed meeting
    Meeting seed = seedAhead(node);
    for (int threads : new int[] {1, 4}) {
      Map<String, Long> start = tableRows(node);
      Throughput bareRun = perSecond(LIFECYCLE, threads, i -> bareLifecycle(engine));
      double bare = bareRun.perSecond();
      Map<String, Long> afterBare = tableRows(node);
      Throughput decisionRun = perSecond(LIFECYCLE / 2, threads, i -> decisionLifecycle(engine, "l" + threads + "-" + i));
      if (threads == 1) {
        // the warm-up units ran before the counted ones: they are in the tables too
        rowsAdded(db, "lifecycle-1t", "office carried to done", afterBare, tableRows(node),
            2 * (LIFECYCLE / 2 + decisionRun.warmupUnits()), "bare instance", start, afterBare,
            LIFECYCLE + bareRun.warmupUnits());
      }
      double offices = decisionRun.perSecond() * 2;
      row(db, "lifecycle-" + threads + "t", "bare start->task->complete per s", bare, Double.NaN, "");
      row(db, "lifecycle-" + threads + "t", "offices carried to done per s (decisions x2)", offices, offices / bare,
          "ratio to bare; goal >= 0.5");
      // the same work as the application meets it: the seed minutes registered as the import does, five decisions
      // under their meeting with the offices the directory finds, every office carried to done, the meeting settled
      AtomicInteger officesPerMeeting = new AtomicInteger();
      PHASES.nanos.clear();
      Throughput meetingRun = perSecond(MEETINGS, threads,
          i -> officesPerMeeting.set(meetingLifecycle(node, seed, "m" + threads + "-" + i)));
      double seedOffices = meetingRun.perSecond() * officesPerMeeting.get();
      double officesTimed = (double) (MEETINGS + meetingRun.warmupUnits()) * officesPerMeeting.get();
      PHASES.nanos.forEach((phase, nanos) -> row(db, "lifecycle-" + threads + "t",
          "seed meeting: ms per office in " + phase.substring(2), nanos.sum() / 1e6 / officesTimed, Double.NaN,
          "thread time, warm-up included"));
      row(db, "lifecycle-" + threads + "t", "offices carried to done per s (seed meeting)", seedOffices,
          seedOffices / bare, String.format("ratio to bare; %d meetings of %d offices in 5 decisions",
              MEETINGS, officesPerMeeting.get()));
    }
  }

  /**
   * Where a seed meeting's time goes, phase by phase (summed over its threads, warm-up included): the lifecycle's
   * rate says how far from the goal the application is, this says which step costs it.
   */
  static final class Phases {
    final Map<String, java.util.concurrent.atomic.LongAdder> nanos = new java.util.concurrent.ConcurrentSkipListMap<>();

    long lap(String phase, long since) {
      long now = System.nanoTime();
      nanos.computeIfAbsent(phase, k -> new java.util.concurrent.atomic.LongAdder()).add(now - since);
      return now;
    }
  }

  static final Phases PHASES = new Phases();

  /** Seed meetings carried to done per lifecycle measurement (at least 8: 4 threads need work for more than a round). */
  static final int MEETINGS = Math.max(8, LIFECYCLE / 50);

  /**
   * The seed minutes (Jhenaidah, 5 decisions) registered without review under a memo number of their own, their
   * dates moved ahead as the demo copy's; each lead accepts the offices the directory found (3, 22, 12, 21 and 1),
   * each office reports, the asynchronous roll-ups make the verification tasks, every report is accepted, and the
   * meeting settles. Returns the offices carried.
   */
  static int meetingLifecycle(Node node, Meeting seed, String key) throws InterruptedException {
    ProcessEngine engine = node.engine();
    TaskService tasks = engine.getTaskService();
    Meeting meeting = seed.withMemoNumber(seed.memoNumber() + "-" + key);
    long t = System.nanoTime();
    String meetingId = node.bean(MeetingRegistration.class).register(meeting, false).getId();
    t = PHASES.lap("1 registration", t);
    String decisions = meeting.memoKey() + "/%";
    for (Task assign : tasksOf(engine, decisions, ProcessVariables.TASK_ASSIGN_IMPLEMENTER, meeting.decisions().size())) {
      Map<String, Object> accepted = tasks.getVariables(assign.getId(),
          List.of(ProcessVariables.OFFICES, ProcessVariables.DEADLINE));
      accepted.put(ProcessVariables.ACCEPTED, true);
      tasks.complete(assign.getId(), accepted);
    }
    t = PHASES.lap("2 acceptance", t);
    List<Task> reports = tasksOf(engine, decisions, ProcessVariables.TASK_REPORT_UPDATE, 1);
    t = PHASES.lap("3 task query", t);
    for (Task report : reports) {
      tasks.complete(report.getId(), REPORT);
    }
    t = PHASES.lap("4 reports", t);
    List<Task> verifications = tasksOf(engine, decisions, ProcessVariables.TASK_VERIFY_UPDATE, reports.size());
    t = PHASES.lap("5 waiting for roll-ups", t);
    for (Task verify : verifications) {
      tasks.complete(verify.getId(), Map.of(ProcessVariables.VERDICT, ProcessVariables.VERDICT_ACCEPTED,
          ProcessVariables.RETURN_REASON, ""));
    }
    t = PHASES.lap("6 verifications", t);
    // the meeting settles once its last decision ends (its minutes' distribution is a job of its own)
    await(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(meetingId).count() == 0
        ? reports : null, "meeting " + meeting.memoKey() + " settled");
    PHASES.lap("7 waiting for the end", t);
    return reports.size();
  }

  /** The seed minutes as the demo's copy: dates moved so that the deadline lies weeks ahead. */
  static Meeting seedAhead(Node node) throws IOException {
    try (var in = new org.springframework.core.io.ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json")
        .getInputStream()) {
      Meeting recorded = node.bean(com.fasterxml.jackson.databind.ObjectMapper.class).readValue(in, Meeting.class);
      return DemoMeetings.movedAhead(recorded, LocalDate.now());
    }
  }

  void storm(String db, ProcessEngine engine, Node node) throws Exception {
    // 2. deadline storm on this node: N decisions past deadline vs N bare due timers, both released at once
    String probe = acceptedDecision(engine, "storm-probe");
    DeadlineStorm.hold(engine);
    futureTimers(node, STORM_BACKGROUND);
    PastDeadlineDecisions.start(engine, "s", STORM, 4);
    analyzeOnPostgres(db, node);
    Map<String, Long> beforeStorm = tableRows(node);
    // one office reports while the storm is held: its roll-up job is released with the storm's timers
    engine.getTaskService().complete(one(engine, probe, ProcessVariables.TASK_REPORT_UPDATE, 1).get(0).getId(), REPORT);
    java.util.Date released = new java.util.Date();
    DeadlineStorm.Result storm = DeadlineStorm.release(engine, STORM, Duration.ofMinutes(15));
    assertThat(storm.escalationTasks()).isEqualTo(STORM);
    double[] rollUp = rollUpDuringStorm(engine, released);
    Map<String, Long> afterStorm = tableRows(node);
    engine.getManagementService().suspendJobDefinitionByProcessDefinitionKey("BenchBareTimer", true);
    startMany(STORM, 4, i -> engine.getRuntimeService().startProcessInstanceByKey("BenchBareTimer"));
    Map<String, Long> beforeBare = tableRows(node);
    java.util.Date bareReleased = new java.util.Date();
    engine.getManagementService().activateJobDefinitionByProcessDefinitionKey("BenchBareTimer", true);
    // measured as the storm is: polled once a second, the end read from the history
    DeadlineStorm.waitForTasks(engine, "BareTimerTask", STORM, System.nanoTime() + Duration.ofMinutes(15).toNanos());
    double bareStorm = DeadlineStorm.secondsUntilLastTask(engine, "BareTimerTask", bareReleased);
    rowsAdded(db, "storm-1node", "escalation", beforeStorm, afterStorm, STORM,
        "bare timer -> task", beforeBare, tableRows(node), STORM);
    row(db, "storm-1node", "bare due timers -> tasks per s (" + STORM + ")", STORM / bareStorm, Double.NaN,
        String.format("%.1f s", bareStorm));
    row(db, "storm-1node", "escalations per s (" + STORM + " decisions)", storm.perSecond(),
        storm.perSecond() / (STORM / bareStorm), String.format("%.1f s; %d duplicates; 10,000 at this rate: %.0f s;"
            + " %,d future timers in the job table", storm.seconds(), storm.duplicates(), 10000 / storm.perSecond(),
            STORM_BACKGROUND));
    row(db, "storm-1node", "a report rolled up during the storm (s)", rollUp[0], Double.NaN, String.format(
        "reported as the storm was released; %.0f of %d escalations existed when its verification task did",
        rollUp[1], STORM));

  }

  /**
   * The job table as a busy system has it when deadlines fall due: the future deadlines and reminders of the other
   * open decisions, inserted before the storm's own timers (older rows first, as in a real table). Rows of
   * {@code ACT_RU_JOB} only, each of a process instance of its own that does not exist, due 30 days ahead and
   * later: the acquisition has to pass them by, nothing ever runs them. They stay for the bare storm too.
   */
  static void futureTimers(Node node, int count) throws Exception {
    if (count == 0) {
      return;
    }
    long t0 = System.nanoTime();
    long due = System.currentTimeMillis() + Duration.ofDays(30).toMillis();
    try (var c = node.bean(javax.sql.DataSource.class).getConnection(); var insert = c.prepareStatement(
        "insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_,"
            + " SUSPENSION_STATE_, PRIORITY_, HANDLER_TYPE_, CREATE_TIME_) values (?, 1, 'timer', true, ?, 3, ?, 1, 0,"
            + " 'timer-intermediate-transition', ?)")) {
      java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
      for (int i = 0; i < count; i++) {
        insert.setString(1, "bench-future-" + i);
        insert.setString(2, "bench-future-" + i);
        insert.setTimestamp(3, new java.sql.Timestamp(due + 60_000L * i));
        insert.setTimestamp(4, now);
        insert.addBatch();
        if (i % 1000 == 999 || i == count - 1) {
          insert.executeBatch();
        }
      }
    }
    System.out.printf("[bench] %,d future timers in the job table in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * On PostgreSQL, the statistics autovacuum would have gathered after a bulk insert (a production server runs it;
   * this machine's test server has autovacuum off): without them the planner still sees the tables as empty and
   * the storm's job acquisition and task queries scan. One {@code ANALYZE} of the database, timed and printed.
   */
  static void analyzeOnPostgres(String db, Node node) throws Exception {
    if (!"postgres".equals(db)) {
      return;
    }
    try (var c = node.bean(javax.sql.DataSource.class).getConnection(); var s = c.createStatement()) {
      long t0 = System.nanoTime();
      s.execute("ANALYZE");
      System.out.printf("[bench] ANALYZE in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Rows in every table of the engine's schema, read with {@code count(*)}: what a unit of work leaves in the
   * database (runtime rows it removed count negative; once a decision has ended, what stays is its history).
   */
  static Map<String, Long> tableRows(Node node) throws Exception {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (var c = node.bean(javax.sql.DataSource.class).getConnection(); var s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (var rs = c.getMetaData().getTables(null, null, "%", null)) {
        while (rs.next()) {
          String type = rs.getString("TABLE_TYPE");
          String schema = rs.getString("TABLE_SCHEM");
          if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && "public".equalsIgnoreCase(schema)) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      for (String table : tables) {
        try (var rs = s.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.put(table.toUpperCase(java.util.Locale.ROOT), rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** Net rows per unit of work, the application's beside the bare engine's, with the tables that grew most. */
  void rowsAdded(String db, String bench, String unit, Map<String, Long> before, Map<String, Long> after, int units,
      String bareUnit, Map<String, Long> bareBefore, Map<String, Long> bareAfter, int bareUnits) {
    Map<String, Double> app = perUnit(before, after, units);
    Map<String, Double> bare = perUnit(bareBefore, bareAfter, bareUnits);
    row(db, bench, "rows left in the database per " + unit, sum(app), Double.NaN, String.format(
        "%s; bare: %.1f per %s (%s)", largest(app, 8), sum(bare), bareUnit, largest(bare, 4)));
  }

  static Map<String, Double> perUnit(Map<String, Long> before, Map<String, Long> after, int units) {
    Map<String, Double> perUnit = new LinkedHashMap<>();
    after.forEach((table, n) -> perUnit.put(table.replace("ACT_", ""),
        (double) (n - before.getOrDefault(table, 0L)) / units));
    return perUnit;
  }

  static double sum(Map<String, Double> perUnit) {
    return perUnit.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The tables that changed most per unit, largest first (removals show as negative). */
  static String largest(Map<String, Double> perUnit, int limit) {
    return perUnit.entrySet().stream().filter(e -> Math.abs(e.getValue()) >= 0.05)
        .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).limit(limit)
        .map(e -> String.format("%s %+.1f", e.getKey(), e.getValue()))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  void tasklist(String db, ProcessEngine engine, Node node) throws Exception {
    // 3. an office's task list with OPEN_TASKS open tasks in the system (1/OFFICES of them for each office). Each
    //    call is by the next office's clerk: H2 returns an unchanged table's result again for an identical query
    //    on the same connection, which would measure nothing.
    fillOpenTasks(engine, node);
    if ("postgres".equals(db)) {
      // as autovacuum would after the bulk insert (the CI server runs without it, production with it): statistics
      // for the planner, and the visibility map for index-only scans (Camunda's SELECT DISTINCT GROUP_ID_ FROM
      // ACT_RU_AUTHORIZATION, run by every authorized command: 19-33 ms as a sequential scan, 7 ms index-only)
      try (var c = node.bean(javax.sql.DataSource.class).getConnection(); var s = c.createStatement()) {
        long t0 = System.nanoTime();
        s.execute("VACUUM ANALYZE ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION");
        System.out.printf("[bench] VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
    // each office's share of the tasks made here (open tasks of the earlier parts count towards OPEN_TASKS too)
    long[] officeTasks = new long[OFFICES];
    for (int g = 0; g < OFFICES; g++) {
      officeTasks[g] = engine.getTaskService().createTaskQuery().taskCandidateGroup(office(g)).includeAssignedTasks()
          .count();
    }
    String what = OPEN_TASKS + " open tasks, " + officeTasks[0] + " the office's";
    // the first series in a fresh JVM pays for compiling the query and REST paths (whichever shape came first: REST
    // p95 55 ms, the same shape second 22 ms): warm both up with the tuned shape (fast in every configuration)
    if (TASKLIST_WARMUP > 0) tasklistShape(db, engine, node, null, TASKLIST_WARMUP, true, what);
    // as the issue asks: the candidate group's unassigned tasks, page of 50 (REST without sortBy sorts by id)
    if (QUERIES_CAMUNDA > 0) tasklistShape(db, engine, node, "camunda", QUERIES_CAMUNDA, false, what);
    // as our Tasklist filter asks: the office's tasks, claimed or not, newest first
    tasklistShape(db, engine, node, "tuned", QUERIES, true, what);
    if (QUERIES_SLOW == 0) return;
    // the worst case of both shapes: an office with no open task reads the whole index before it knows
    for (boolean tuned : new boolean[] {false, true}) {
      Latencies empty = latencies(QUERIES_SLOW, k -> {
        engine.getIdentityService().setAuthentication(clerk(k), List.of(office(k), "bench-office-empty"));
        try {
          var query = engine.getTaskService().createTaskQuery().taskCandidateGroup("bench-office-empty");
          if (tuned) {
            query.includeAssignedTasks().orderByTaskCreateTime().desc();
          }
          assertThat(query.listPage(0, 50)).isEmpty();
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      });
      row(db, "tasklist-java", (tuned ? "tuned" : "camunda") + ", office without tasks: p50 ms", empty.p(50),
          Double.NaN, String.format("p95 %.1f ms (%d calls)", empty.p(95), QUERIES_SLOW));
      // the same over HTTP, as Tasklist asks: any clerk may ask for a group's tasks and gets those it may read
      HttpClient http = HttpClient.newHttpClient();
      Latencies emptyRest = latencies(QUERIES_SLOW, k -> {
        HttpResponse<String> response = http.send(taskListRequest(node, k, "bench-office-empty", tuned),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
      });
      row(db, "tasklist-rest", (tuned ? "tuned" : "camunda") + ", office without tasks: p50 ms", emptyRest.p(50),
          Double.NaN, String.format("p95 %.1f ms (%d calls)", emptyRest.p(95), QUERIES_SLOW));
    }
    // Tasklist asks for the count with every list and for every filter's badge: an office's open tasks, counted
    for (String office : new String[] {null, "bench-office-empty"}) {
      Latencies count = latencies(QUERIES_SLOW, k -> {
        engine.getIdentityService().setAuthentication(clerk(k), List.of(office(k), "bench-office-empty"));
        try {
          long n = engine.getTaskService().createTaskQuery().taskCandidateGroup(office == null ? office(k) : office)
              .includeAssignedTasks().count();
          assertThat(n).as("the clerk counts all of the office's tasks")
              .isEqualTo(office == null ? officeTasks[k % OFFICES] : 0);
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      });
      row(db, "tasklist-java", "count, " + (office == null ? "the office's tasks" : "office without tasks")
          + ": p50 ms", count.p(50), Double.NaN, String.format("p95 %.1f ms (%d calls)", count.p(95), QUERIES_SLOW));
    }
  }

  /** Calls of the slow cases, an office without tasks (each may take seconds at 100,000 tasks); 0 leaves them out. */
  static final int QUERIES_SLOW = Integer.getInteger("bench.queries.slow", 10);
  /** Calls of each kind (Java, REST) that warm the task list up before it is measured. */
  static final int TASKLIST_WARMUP = Integer.getInteger("bench.tasklist.warmup", 200);
  /** Calls of the shape (seconds each on H2 before the index hint of db.H2TaskListPlan); 0 leaves it out. */
  static final int QUERIES_CAMUNDA = Integer.getInteger("bench.queries.camunda", QUERIES);

  static String clerk(int k) { return USER + "-" + (k % OFFICES); }

  /** A group's first 50 tasks over REST, asked by the k-th clerk: the shape, or ours (tuned). */
  static HttpRequest taskListRequest(Node node, int k, String group, boolean tuned) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
            + "/engine-rest/task?candidateGroup=" + group + "&maxResults=50"
            + (tuned ? "&includeAssignedTasks=true&sortBy=created&sortOrder=desc" : "")))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((clerk(k) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  static String office(int k) { return "bench-office-" + (k % OFFICES); }

  void tasklistShape(String db, ProcessEngine engine, Node node, String shape, int calls, boolean tuned, String what)
      throws Exception {
    Latencies javaQuery = latencies(calls, k -> {
      engine.getIdentityService().setAuthentication(clerk(k), List.of(office(k)));
      try {
        var query = engine.getTaskService().createTaskQuery().taskCandidateGroup(office(k));
        if (tuned) {
          query.includeAssignedTasks().orderByTaskCreateTime().desc();
        }
        assertThat(query.listPage(0, 50)).hasSize(50);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    });
    HttpClient http = HttpClient.newHttpClient();
    List<HttpRequest> requests = new ArrayList<>();
    for (int k = 0; k < OFFICES; k++) {
      requests.add(taskListRequest(node, k, office(k), tuned));
    }
    Latencies rest = latencies(calls, k -> {
      HttpResponse<String> response = http.send(requests.get(k % OFFICES), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).startsWith("[{");
    });
    if (shape == null) return; // warm-up
    String query = tuned ? "includeAssignedTasks, newest first" : "candidate group only";
    row(db, "tasklist-java", shape + " shape (" + query + "): p50 ms", javaQuery.p(50), Double.NaN,
        String.format("p95 %.1f ms; p99 %.1f ms; %d calls; %s", javaQuery.p(95), javaQuery.p(99), calls, what));
    row(db, "tasklist-rest", shape + " shape (" + query + "): p50 ms", rest.p(50), Double.NaN,
        String.format("p95 %.1f ms; p99 %.1f ms; %d calls; %s", rest.p(95), rest.p(99), calls, what));
  }

  /**
   * 4. startup and resident memory: the application and the bare Camunda Spring Boot application, each in a JVM of
   * its own with the same flags on a fresh H2 file, alternately, {@code bench.footprint.rounds} (3) times each.
   */
  void footprint() throws Exception {
    int rounds = Integer.getInteger("bench.footprint.rounds", 3);
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (String kind : List.of("bare", "app")) {
        runs.computeIfAbsent(kind, k -> new ArrayList<>()).add(footprintOnce(kind));
      }
    }
    // the first round reads the jars from disk; the others from the page cache
    if (rounds > 2) {
      runs.values().forEach(list -> list.remove(0));
    }
    double[] bare = median(runs.get("bare"));
    double[] app = median(runs.get("app"));
    String flags = "JVM " + String.join(" ", FOOTPRINT_JVM_FLAGS) + ", median of " + runs.get("app").size()
        + (rounds > 2 ? " after a first round" : "");
    row("h2", "startup-jvm", "bare Camunda app: s from JVM start to ready", bare[0], Double.NaN, flags);
    row("h2", "startup-jvm", "application: s from JVM start to ready", app[0], app[0] / bare[0], "ratio to bare; " + flags);
    row("h2", "memory-rss", "bare Camunda app: VmRSS MB after GC", bare[1] / 1024, Double.NaN,
        String.format("peak VmHWM %.0f MB", bare[2] / 1024));
    row("h2", "memory-rss", "application: VmRSS MB after GC", app[1] / 1024, app[1] / bare[1],
        String.format("ratio to bare; peak VmHWM %.0f MB", app[2] / 1024));
  }

  static final List<String> FOOTPRINT_JVM_FLAGS = List.of("-Xmx1g");

  static double[] footprintOnce(String kind) throws Exception {
    Path h2 = Path.of("target/bench/footprint-" + kind + "-" + UUID.randomUUID()).toAbsolutePath();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(FOOTPRINT_JVM_FLAGS);
    command.addAll(List.of("-cp", classpath, FootprintMain.class.getName(), kind, h2.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String line = null;
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        if (l.startsWith("FOOTPRINT ")) line = l;
      }
    }
    process.waitFor();
    if (line == null) throw new IllegalStateException(kind + " did not start (exit " + process.exitValue() + ")");
    String[] f = line.split(" ");
    System.out.println("[bench] " + line);
    return new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])};
  }

  static double[] median(List<double[]> runs) {
    double[] m = new double[runs.get(0).length];
    for (int i = 0; i < m.length; i++) {
      int column = i;
      double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
      m[i] = values.length % 2 == 1 ? values[values.length / 2]
          : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
    return m;
  }

  /** 5. a 50-decision minutes file read and validated, as text and as .docx. */
  void minutes() throws Exception {
    for (var t : bd.gov.followup.web.MinutesFileBench.run(50, QUERIES)) {
      row("-", "minutes-" + t.format(), "ms per 50-decision file, p50", t.p(50), Double.NaN,
          String.format("p95 %.1f ms; %d runs; %,d bytes", t.p(95), t.sortedMillis().length, t.bytes()));
    }
  }

  // ---- workloads

  static void bareLifecycle(ProcessEngine engine) {
    String id = engine.getRuntimeService().startProcessInstanceByKey("BenchBareTask").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
    engine.getTaskService().complete(task.getId());
  }

  static void decisionLifecycle(ProcessEngine engine, String key) throws InterruptedException {
    String id = acceptedDecision(engine, key);
    TaskService tasks = engine.getTaskService();
    for (Task report : one(engine, id, ProcessVariables.TASK_REPORT_UPDATE, 2)) {
      tasks.complete(report.getId(), REPORT);
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

  static final Map<String, Object> REPORT = Map.of(ProcessVariables.UPDATE_SUMMARY, "হালনাগাদ করা হয়েছে",
      ProcessVariables.EVIDENCE_LINK, "https://jhenaidah.gov.bd/", ProcessVariables.REMARKS, "");

  /** A decision with two offices, started and accepted by its lead: both offices' report tasks are open. */
  static String acceptedDecision(ProcessEngine engine, String key) throws InterruptedException {
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
    return id;
  }

  /**
   * After the storm: seconds from its release until the office's report (made while the storm's jobs were held, so
   * its roll-up job was released with them) was rolled up, i.e. its verification task existed, and how many
   * escalation tasks existed by then — the roll-up is a job like the storm's timers and queues with them. Read from
   * the history; waits (as the storm does) if the roll-up has not run yet.
   */
  static double[] rollUpDuringStorm(ProcessEngine engine, java.util.Date released) throws InterruptedException {
    DeadlineStorm.waitForTasks(engine, ProcessVariables.TASK_VERIFY_UPDATE, 1,
        System.nanoTime() + Duration.ofMinutes(15).toNanos());
    java.util.Date rolledUp = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ProcessVariables.TASK_VERIFY_UPDATE).startedAfter(released).singleResult().getStartTime();
    long escalatedBefore = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ProcessVariables.TASK_REVIEW_OVERDUE_DECISION).startedBefore(rolledUp).count();
    return new double[] {(rolledUp.getTime() - released.getTime()) / 1e3, escalatedBefore};
  }

  /** Waits (up to 60 s) until the instance has {@code n} tasks of that key. */
  static List<Task> one(ProcessEngine engine, String instance, String key, int n) throws InterruptedException {
    return waitFor(() -> engine.getTaskService().createTaskQuery().processInstanceId(instance), key, n, instance);
  }

  /** Waits (up to 60 s) until the instances of that business key pattern have {@code n} tasks of that key. */
  static List<Task> tasksOf(ProcessEngine engine, String businessKeyLike, String key, int n)
      throws InterruptedException {
    return waitFor(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(businessKeyLike),
        key, n, businessKeyLike);
  }

  static List<Task> waitFor(java.util.function.Supplier<org.camunda.bpm.engine.task.TaskQuery> query, String key,
      int n, String where) throws InterruptedException {
    return await(() -> {
      List<Task> found = query.get().taskDefinitionKey(key).unlimitedList();
      return found.size() >= n ? found : null;
    }, n + " " + key + " in " + where);
  }

  /**
   * Polls (up to 60 s) until {@code result} gives something: the job executor's asynchronous steps run on its own
   * threads in real time, and no engine clock brings them forward.
   */
  static <T> T await(java.util.function.Supplier<T> result, String what) throws InterruptedException {
    for (int i = 0; i < 12000; i++) {
      T found = result.get();
      if (found != null) return found;
      Thread.sleep(5);
    }
    throw new IllegalStateException("waited 60 s in vain for " + what);
  }

  void fillOpenTasks(ProcessEngine engine, Node node) throws Exception {
    var identity = engine.getIdentityService();
    for (int g = 0; g < OFFICES; g++) {
      if (identity.createGroupQuery().groupId("bench-office-" + g).count() == 0) {
        Group group = identity.newGroup("bench-office-" + g);
        group.setName("Bench office " + g);
        identity.saveGroup(group);
      }
    }
    for (int k = 0; k < OFFICES; k++) {
      if (identity.createUserQuery().userId(clerk(k)).count() == 0) {
        User user = identity.newUser(clerk(k));
        user.setPassword(PASSWORD);
        user.setFirstName("Bench");
        user.setLastName("Clerk " + k);
        identity.saveUser(user);
        identity.createMembership(clerk(k), office(k));
      }
    }
    long existing = engine.getTaskService().createTaskQuery().count();
    int missing = (int) Math.max(0, Math.min(OPEN_TASKS, ENGINE_TASKS) - existing);
    long t0 = System.nanoTime();
    startMany(missing, 4, i -> engine.getRuntimeService().startProcessInstanceByKey("BenchBareTask",
        Map.of("office", "bench-office-" + (i % OFFICES))));
    System.out.printf("[bench] %d open tasks created by the engine in %.1f s%n", missing, (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    int copies = copyTasks(node.bean(javax.sql.DataSource.class), engine);
    System.out.printf("[bench] %d copies of the engine's tasks in %.1f s; %d open tasks%n", copies,
        (System.nanoTime() - t0) / 1e9, engine.getTaskService().createTaskQuery().count());
  }

  /** Open tasks made by the engine; the rest of {@code bench.tasks} are SQL copies of them (see copyTasks). */
  static final int ENGINE_TASKS = Integer.getInteger("bench.tasks.engine", Integer.MAX_VALUE);

  /**
   * The bulk path to 100,000 open tasks on a 2-core machine: copies the engine's own rows of the bare tasks, with new
   * ids, of exactly the three tables the task list reads (ACT_RU_TASK; its candidate-group ACT_RU_IDENTITYLINK; the
   * per-task ACT_RU_AUTHORIZATION that the engine grants the candidate group), in whole rounds until there are at
   * least {@code bench.tasks}. The copies share their originals' executions and have no history: they are for the
   * task-list query only, which joins nothing else. Plain SQL for H2 and PostgreSQL.
   */
  static int copyTasks(javax.sql.DataSource dataSource, ProcessEngine engine) throws Exception {
    long total = engine.getTaskService().createTaskQuery().count();
    long originals = engine.getTaskService().createTaskQuery().processDefinitionKey("BenchBareTask").count();
    int rounds = 0;
    try (var c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      while (total < OPEN_TASKS && originals > 0) {
        String suffix = "-c" + UUID.randomUUID().toString().substring(0, 8);
        String originalsWhere = " FROM ACT_RU_TASK T WHERE T.PROC_DEF_ID_ IN (SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'BenchBareTask')"
            + " AND T.ID_ NOT LIKE '%-c%'";
        long n = Math.min(originals, OPEN_TASKS - total);
        try (var s = c.createStatement()) {
          if (n < originals) { // the last round copies only the first n originals (by id)
            try (var last = s.executeQuery("SELECT T.ID_" + originalsWhere + " ORDER BY T.ID_ OFFSET " + (n - 1)
                + " ROWS FETCH FIRST 1 ROWS ONLY")) {
              last.next();
              originalsWhere += " AND T.ID_ <= '" + last.getString(1) + "'";
            }
          }
          s.executeUpdate("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, "
              + "DESCRIPTION_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, SUSPENSION_STATE_, TASK_STATE_) "
              + "SELECT T.ID_ || '" + suffix + "', 1, T.EXECUTION_ID_, T.PROC_INST_ID_, T.PROC_DEF_ID_, T.NAME_, "
              + "T.DESCRIPTION_, T.TASK_DEF_KEY_, T.PRIORITY_, T.CREATE_TIME_, T.LAST_UPDATED_, T.SUSPENSION_STATE_, "
              + "T.TASK_STATE_" + originalsWhere);
          s.executeUpdate("INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_) "
              + "SELECT I.ID_ || '" + suffix + "', 1, I.GROUP_ID_, I.TYPE_, I.USER_ID_, I.TASK_ID_ || '" + suffix + "' "
              + "FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ IN (SELECT T.ID_" + originalsWhere + ")");
          s.executeUpdate("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, "
              + "RESOURCE_ID_, PERMS_) SELECT A.ID_ || '" + suffix + "', 1, A.TYPE_, A.GROUP_ID_, A.USER_ID_, "
              + "A.RESOURCE_TYPE_, A.RESOURCE_ID_ || '" + suffix + "', A.PERMS_ FROM ACT_RU_AUTHORIZATION A "
              + "WHERE A.RESOURCE_TYPE_ = 7 AND A.RESOURCE_ID_ IN (SELECT T.ID_" + originalsWhere + ")");
        }
        c.commit();
        total += n;
        rounds++;
      }
    }
    return rounds;
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

  /**
   * Seconds a throughput measurement first runs its work untimed, on the same threads. The JIT compiles the
   * application's long code paths for far longer than the bare engine's: with 20 warm-up units, the C2 compiler took
   * 80 % of one of the 2 cores through the whole 1-thread lifecycle, so it measured compilation, not the steady state
   * of a server that runs for days. 0: only the 20 units.
   */
  static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup.seconds", 20);

  /** Units per second after the warm-up, and how many warm-up units ran (they leave rows too). */
  record Throughput(double perSecond, int warmupUnits) {}

  static Throughput perSecond(int count, int threads, Work work) throws Exception {
    AtomicInteger warm = new AtomicInteger();
    long until = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    runMany(threads, work, i -> i < Math.min(20, count) || System.nanoTime() < until, warm, i -> -1 - i);
    long t0 = System.nanoTime();
    startMany(count, threads, work);
    // each thread took one unit number more than it ran, the one that ended its loop
    return new Throughput(count / ((System.nanoTime() - t0) / 1e9), warm.get() - threads);
  }

  static void startMany(int count, int threads, Work work) throws Exception {
    runMany(threads, work, i -> i < count, new AtomicInteger(), i -> i);
  }

  /** Runs units 0, 1, … on {@code threads} threads while {@code more} says so; {@code key} maps a unit to work's i. */
  static void runMany(int threads, Work work, java.util.function.IntPredicate more, AtomicInteger next,
      java.util.function.IntUnaryOperator key) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); more.test(i); i = next.getAndIncrement()) work.run(key.applyAsInt(i));
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

  static Latencies latencies(int calls, Work call) throws Exception {
    for (int i = 0; i < Math.max(2, Math.min(calls / 5, 20)); i++) call.run(i); // warm-up
    double[] ms = new double[calls];
    for (int i = 0; i < calls; i++) {
      long t0 = System.nanoTime();
      call.run(i);
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

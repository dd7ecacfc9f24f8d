package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.DeadlineClock;
import bd.gov.followup.workflow.MeetingRegistration;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Jhenaidah web portal committee's meeting of 19 Nov 2023 (the demo minutes), registered on the engine clock and
 * driven decision by decision. Every report test shares one Spring context (the API tests' too: Tomcat on a random
 * port, for the tests that ask /api over real HTTP); each registers its own copy of the meeting under a memo key of
 * its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
abstract class ReportTestSupport {

  static final String SEED = "demo/jhenaidah-web-portal-committee-2023-11.json";
  /** a Sunday, three weeks after the meeting; the minutes' deadline is 30 Jan 2024 */
  static final LocalDateTime REGISTERED = LocalDateTime.of(2023, 12, 10, 10, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingRegistration registration;
  @Autowired ObjectMapper objectMapper;
  @Autowired ProgressReports reports;

  static final String PASSWORD = "Report-Passw0rd!2025";

  /** A user in the given Camunda groups (created once per context), for requests to /api. */
  String user(String userId, String... groups) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(userId, group);
      }
    }
    return userId;
  }

  /** The HTTP Basic header of a user made by {@link #user}. */
  static String basic(String userId) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString((userId + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(LocalDateTime dhakaTime) {
    ClockUtil.setCurrentTime(DeadlineClock.toDate(dhakaTime));
  }

  Meeting seed() throws Exception {
    try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
      return objectMapper.readValue(in, Meeting.class);
    }
  }

  /** The demo minutes under another memo number, so that each test has a meeting of its own. */
  Meeting seedAs(String memoNumberSuffix) throws Exception {
    Meeting m = seed();
    return m.withMemoNumber(m.memoNumber() + memoNumberSuffix);
  }

  ProcessInstance decision(String memoKey, int number) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS)
        .processInstanceBusinessKey(memoKey + "/" + String.format("%02d", number))
        .singleResult();
  }

  Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  Task task(ProcessInstance instance, String taskKey, String office) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list().stream()
        .filter(t -> office.equals(engine.getTaskService().getVariable(t.getId(), OFFICE)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " for " + office));
  }

  /** The lead accepts, keeping the offices the directory found, or only the given ones. */
  void accept(ProcessInstance instance, String deadline, List<String> offices) {
    Task assign = task(instance, TASK_ASSIGN_IMPLEMENTER);
    Object chosen = offices.isEmpty()
        ? engine.getTaskService().getVariable(assign.getId(), OFFICES)
        : bd.gov.followup.workflow.JsonVariables.stringList(offices);
    engine.getTaskService().complete(assign.getId(), Map.of(ACCEPTED, true, OFFICES, chosen, DEADLINE, deadline));
  }

  void report(ProcessInstance instance, String office, String summary, String remarks) {
    engine.getTaskService().complete(task(instance, TASK_REPORT_UPDATE, office).getId(), Map.of(
        UPDATE_SUMMARY, summary,
        EVIDENCE_LINK, "https://" + office + ".jhenaidah.gov.bd/",
        REMARKS, remarks));
    runDueJobs(instance);
  }

  void verify(ProcessInstance instance, String office, String verdict, String reason) {
    engine.getTaskService().complete(task(instance, TASK_VERIFY_UPDATE, office).getId(),
        Map.of(VERDICT, verdict, RETURN_REASON, reason));
  }

  void chair(ProcessInstance instance, Map<String, Object> choice) {
    engine.getTaskService().complete(task(instance, TASK_REVIEW_OVERDUE_DECISION).getId(), choice);
    runDueJobs(instance);
  }

  /**
   * Runs every job of the instance that is due now on the engine clock (async steps, timers that fell due), async
   * steps first, until none is left. A job due later (a retry the engine put off, a step dated after the clock) waits,
   * as the job executor would leave it.
   */
  void runDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      // duedateLowerThen is "before": one millisecond on takes in what falls due at this very moment
      Date now = new Date(ClockUtil.getCurrentTime().getTime() + 1);
      List<Job> due = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId())
          .duedateLowerThen(now)
          .list();
      List<Job> async = engine.getManagementService().createJobQuery()
          .processInstanceId(instance.getId()).messages().duedateLowerThen(now).list();
      if (due.isEmpty() && async.isEmpty()) {
        return;
      }
      for (Job job : async.isEmpty() ? due : async) {
        // one that an earlier job of the round removed (a review's reminder timer, when its review ended) is gone
        if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0) {
          engine.getManagementService().executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("jobs keep falling due");
  }
}

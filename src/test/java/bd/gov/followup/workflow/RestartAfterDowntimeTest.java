package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.followup.DecisionFollowupApplication;
import bd.gov.followup.cluster.PostgresTestEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application is down across two reminder dates, the deadline and the escalation; when it starts again on the
 * same database, the job executor fires what fell due once: one reminder and one escalation, not one per missed
 * date. Then down again across four daily overdue reminders: one overdue reminder on restart. Each "run" is a Spring
 * context of its own on one H2 file (or, with the profile pgtest, one PostgreSQL database), with the job executor
 * on, as in production.
 */
class RestartAfterDowntimeTest {

  static final String MEMO = "56.04.4400.000.34.002.19.69";

  @TempDir Path data;

  ConfigurableApplicationContext running;

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
    ClockUtil.reset();
  }

  /** Set by the first start: the same database for every later one (an H2 file, or with the profile pgtest the
   * PostgreSQL database PostgresTestEnvironment made for it). */
  String databaseUrl;

  ProcessEngine start() {
    String url = databaseUrl != null ? databaseUrl
        : "jdbc:h2:file:" + data.resolve("followup").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    running = new SpringApplicationBuilder(DecisionFollowupApplication.class).run(
        "--spring.profiles.active=processtest",
        "--spring.main.banner-mode=off",
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--" + PostgresTestEnvironment.SHARED_DATABASE_URL + "=" + (databaseUrl == null ? "" : databaseUrl),
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000");
    databaseUrl = running.getEnvironment().getProperty("spring.datasource.url");
    return running.getBean(ProcessEngine.class);
  }

  void shutDown() {
    running.close();
    running = null;
  }

  /**
   * On the embedded H2 file the run before is the only one that can have locked a job: a restart releases its locks,
   * and the due work runs at once instead of after the five minutes of lock Camunda would wait out. (On PostgreSQL
   * other nodes' locks are live: there the lock expires, NodeKilledDuringDeadlineStormTest.)
   */
  @Test
  void aJobLockedByTheRunBefore_runsAtOnceAfterARestart_onH2() throws Exception {
    at(LocalDateTime.of(2026, 7, 1, 10, 0));
    ProcessEngine engine = start();
    org.junit.jupiter.api.Assumptions.assumeTrue(databaseUrl.startsWith("jdbc:h2:file:"), "H2 only");
    String id = engine.getRuntimeService().startProcessInstanceByKey(DECISION_PROCESS, MEMO + "/04",
        Variables.createVariables()
            .putValue(MEMO_KEY, MEMO)
            .putValue(DECISION_NUMBER, 4)
            .putValue(DECISION_TITLE, "সিদ্ধান্ত ০৪: পোর্টাল")
            .putValue(DECISION_TEXT, "পোর্টাল হালনাগাদ করবেন।")
            .putValue(IMPLEMENTER_PHRASES, JsonVariables.stringList(List.of("সহকারী কমিশনার (আইসিটি)")))
            .putValue(DEADLINE, "2026-07-30")
            .putValue(SECRETARY_GROUP, "programmer-ict")
            .putValue(CHAIR_GROUP, "adc-edu-ict")).getId();
    shutDown();
    // as a run killed while holding it leaves it: the deadline watch's timer, locked for five more minutes
    try (var connection = java.sql.DriverManager.getConnection(databaseUrl, "sa", "")) {
      assertThat(connection.createStatement().executeUpdate("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = 'the-run-before', "
          + "LOCK_EXP_TIME_ = DATEADD(MINUTE, 5, CURRENT_TIMESTAMP) WHERE PROCESS_INSTANCE_ID_ = '" + id + "'"))
          .isPositive();
    }

    at(LocalDateTime.of(2026, 8, 2, 11, 0));
    ProcessEngine again = start();
    await().atMost(Duration.ofSeconds(60)).until(() -> reviewTasks(again, id) == 1);
  }

  @Test
  void downtimeAcrossRemindersDeadlineAndEscalation_firesEachOnceOnRestart() {
    // run 1: the decision is registered and accepted on 1 July; its first reminder is due on 21 July
    at(LocalDateTime.of(2026, 7, 1, 10, 0));
    ProcessEngine engine = start();
    ProcessInstance decision = engine.getRuntimeService().startProcessInstanceByKey(DECISION_PROCESS, MEMO + "/03",
        Variables.createVariables()
            .putValue(MEMO_KEY, MEMO)
            .putValue(MEETING_TITLE, "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩")
            .putValue(DECISION_NUMBER, 3)
            .putValue(DECISION_TITLE, "সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ")
            .putValue(DECISION_TEXT, "উপজেলা পর্যায়ের ওয়েব পোর্টাল হালনাগাদ করবেন।")
            .putValue(IMPLEMENTER_PHRASES, JsonVariables.stringList(List.of("সহকারী কমিশনার (আইসিটি)")))
            .putValue(DEADLINE, "2026-07-30")
            .putValue(SECRETARY_GROUP, "programmer-ict")
            .putValue(CHAIR_GROUP, "adc-edu-ict"));
    String id = decision.getId();
    Task assign = engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(TASK_ASSIGN_IMPLEMENTER).singleResult();
    engine.getTaskService().complete(assign.getId(), Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", DEADLINE, "2026-07-30"));
    assertThat(timerDue(engine, id)).isEqualTo(LocalDateTime.of(2026, 7, 21, 9, 0));
    shutDown();

    // down from 1 July to 2 August 11:00: missed the reminders of 21 and 29 July, the deadline notice of 30 July and
    // the escalation of 2 August 09:00
    at(LocalDateTime.of(2026, 8, 2, 11, 0));
    ProcessEngine again = start();
    await().atMost(Duration.ofSeconds(90)).until(() -> reviewTasks(again, id) == 1 && openJobs(again, id) == 0);
    assertThat(activityRuns(again, id, "Task_SendReminders"))
        .as("no reminder, not three: the one that fired late is the escalation, which tells the office").isZero();
    assertThat(again.getTaskService().getProcessInstanceComments(id)).as("that it is late, once")
        .filteredOn(c -> c.getFullMessage().startsWith("মেয়াদোত্তীর্ণ: ")).hasSize(1);
    assertThat(again.getTaskService().getProcessInstanceComments(id)).as("and it says the office is late")
        .filteredOn(c -> c.getFullMessage().contains("মহোদয়") && !c.getFullMessage().startsWith("পর্যালোচনা")
            && !c.getFullMessage().startsWith("গ্রহণের অনুরোধ:")) // the lead asked at registration, before the downtime
        .map(c -> c.getFullMessage()).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("মেয়াদোত্তীর্ণ: "));
    assertThat(again.getRuntimeService().getVariable(id, REMINDERS_SENT)).isNull();
    assertThat(activityRuns(again, id, "Task_NotifyEscalation")).as("one escalation").isEqualTo(1);
    assertThat(again.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(id).count()).isEqualTo(1);
    assertThat(again.getRuntimeService().getVariable(id, WORKING_DAYS_LATE)).isEqualTo(1);

    // the chair sends a letter; the daily overdue reminders start on 3 August
    Task review = again.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).singleResult();
    again.getTaskService().complete(review.getId(), Map.of(CHAIR_DECISION, "remind"));
    await().atMost(Duration.ofSeconds(60)).until(() -> activityRuns(again, id, "Task_SendReminderLetter") == 1
        && openJobs(again, id) == 0);
    assertThat(timerDue(again, id)).isEqualTo(LocalDateTime.of(2026, 8, 3, 9, 0));
    shutDown();

    // down again across the overdue reminders of 3, 4, 6 and 9 August (5 August is a holiday)
    at(LocalDateTime.of(2026, 8, 9, 12, 0));
    ProcessEngine third = start();
    await().atMost(Duration.ofSeconds(60)).until(() -> activityRuns(third, id, "Task_SendReminders") == 1
        && openJobs(third, id) == 0);
    assertThat(third.getRuntimeService().getVariable(id, REMINDERS_SENT)).as("one overdue reminder, not four").isEqualTo(1);
    assertThat(timerDue(third, id)).as("the chair again, 5 working days after the last time")
        .isEqualTo(LocalDateTime.of(2026, 8, 10, 9, 0));
    assertThat(reviewTasks(third, id)).isZero();
  }

  static void at(LocalDateTime dhakaTime) {
    ClockUtil.setCurrentTime(DeadlineClock.toDate(dhakaTime));
  }

  static LocalDateTime timerDue(ProcessEngine engine, String id) {
    return DeadlineClock.fromDate(engine.getManagementService().createJobQuery().processInstanceId(id).timers()
        .singleResult().getDuedate());
  }

  static long reviewTasks(ProcessEngine engine, String id) {
    return engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).count();
  }

  /** Jobs that are due now (the timer of the next checkpoint is not). */
  static long openJobs(ProcessEngine engine, String id) {
    return engine.getManagementService().createJobQuery().processInstanceId(id).executable().count();
  }

  static long activityRuns(ProcessEngine engine, String id, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
        .activityId(activityId).finished().count();
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.assertj.core.util.Throwables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/** Every path of MeetingFollowup, with the Jhenaidah minutes of 19 Nov 2023. */
@SpringBootTest
@ActiveProfiles("processtest")
@TestExecutionListeners(listeners = CoverageMeasuredListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
@Import({ProcessEngineCoverageConfiguration.class, MeetingCoverageConfiguration.class})
class MeetingFollowupProcessTest extends ProcessTestSupport {

  @Autowired MeetingRegistration registration;
  @Autowired bd.gov.followup.report.ProgressReports progressReports;
  @Autowired bd.gov.followup.report.ProgressHtml progressHtml;
  @Autowired ObjectMapper objectMapper;

  Meeting minutes(String memoSuffix) throws Exception {
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      Meeting m = objectMapper.readValue(in, Meeting.class);
      return m.withMemoNumber(m.memoNumber() + memoSuffix);
    }
  }

  List<ProcessInstance> decisions(ProcessInstance meeting) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(meeting.getId()).orderByBusinessKey().asc().list();
  }

  @Test
  void registered_startsOneDecisionPerDecision_distributes_andSettlesWithTheFinalProgress() throws Exception {
    ProcessInstance meeting = registration.register(minutes("-T1"), false);

    BpmnAwareTests.assertThat(meeting).isWaitingAt("CallActivity_DecisionFollowup", "Task_DistributeMinutes");
    List<ProcessInstance> decisions = decisions(meeting);
    assertThat(decisions).extracting(ProcessInstance::getBusinessKey).containsExactly(
        "56.04.4400.000.34.002.19.69-T1/01", "56.04.4400.000.34.002.19.69-T1/02", "56.04.4400.000.34.002.19.69-T1/03",
        "56.04.4400.000.34.002.19.69-T1/04", "56.04.4400.000.34.002.19.69-T1/05");
    assertThat(engine.getRuntimeService().getVariable(decisions.get(4).getId(), ProcessVariables.DEADLINE))
        .as("decision 05 sets the deadline of all").isEqualTo("2024-01-30");
    assertThat(engine.getRuntimeService().getVariable(decisions.get(2).getId(), IMPLEMENTERS_TEXT))
        .isEqualTo("উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ ও সহকারী প্রোগ্রামার (সকল), ঝিনাইদহ");

    runJobsNotAfterNow(meeting);
    BpmnAwareTests.assertThat(meeting).hasPassed("Task_DistributeMinutes");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log =
        (List<Map<String, Object>>) engine.getRuntimeService().getVariable(meeting.getId(), DISTRIBUTION_LOG);
    assertThat(log).extracting(e -> e.get("number")).contains(1, 2, 3, 4, 5, 6, 7);
    assertThat(log).filteredOn(e -> "unknown-recipient".equals(e.get("status")))
        .extracting(e -> e.get("number")).containsExactly(6);
    assertThat(log).filteredOn(e -> "uno-kaliganj".equals(e.get("office")))
        .singleElement().satisfies(e -> assertThat(e.get("decisions")).isEqualTo(List.of(3)));

    settle(decisions);

    BpmnAwareTests.assertThat(meeting).as("the final report is compiled after the last decision's commit")
        .isWaitingAt("Task_CompileFinalReport");
    runJobsNotAfterNow(meeting);
    BpmnAwareTests.assertThat(meeting).isEnded().hasPassed("Task_CompileFinalReport", "Event_MeetingSettled");
    assertThat(historic(meeting, DECISIONS_IMPLEMENTED)).isEqualTo(1);
    assertThat(historic(meeting, DECISIONS_CLOSED)).isEqualTo(4);
    assertThat(historic(meeting, IMPLEMENTATION_RATE)).isEqualTo(20.0);
    // the secretary and the chair receive the final report for the next meeting: its printable page is the mail's
    // HTML, and its counts are in the notice each reads in Tasklist
    assertThat(notices(meeting)).map(bd.gov.followup.notify.NoticesOf.Notice::asComment)
        .filteredOn(c -> c.startsWith("চূড়ান্ত অগ্রগতি প্রতিবেদন:")).hasSize(2)
        .allSatisfy(c -> assertThat(c).contains("১টি বাস্তবায়িত, ৪টি অবাস্তবায়িত হিসেবে বন্ধ",
            "বাস্তবায়নের হার ২০.০%",
            // where there is no mail the notice is all they get: the report's address, not "attached"
            "চূড়ান্ত অগ্রগতি প্রতিবেদন, পরবর্তী সভায় উপস্থাপনের জন্য: http",
            "/api/meetings/56.04.4400.000.34.002.19.69-T1/progress.html").doesNotContain("সংযুক্ত"))
        .anySatisfy(c -> assertThat(c).contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)"));
    assertThat(progressHtml.render(progressReports.of("56.04.4400.000.34.002.19.69-T1"))).as("marked final")
        .contains("সিদ্ধান্ত বাস্তবায়ন অগ্রগতি (চূড়ান্ত)</h1>");
  }

  /**
   * The minutes' texts reach each office's form as the secretary typed them: a link or a heading written in them is
   * shown as text (the forms show escaped copies), while mails, reports and task names keep the text as written.
   */
  @Test
  void theMinutesTexts_reachTheDecisionsFormsAsTyped_neverAsMarkdown() throws Exception {
    Meeting seed = minutes("-T9");
    List<Decision> decisions = new ArrayList<>(seed.decisions());
    Decision first = decisions.get(0);
    String typed = "[পোর্টাল](https://evil.example/login) দেখুন\n## জরুরি";
    List<String> implementers = new ArrayList<>(first.implementers());
    implementers.add("[অজানা দপ্তর](https://evil.example)");
    decisions.set(0, new Decision(first.number(), "পোর্টাল *হালনাগাদ*", first.discussion(), typed,
        implementers, first.deadline()));
    Meeting meeting = new Meeting(seed.committee() + " _বিশেষ_", seed.office(), seed.chair(), seed.date(), seed.time(),
        seed.place(), seed.memoNumber(), seed.issueDate(), seed.issueDateBangla(), seed.signatories(),
        seed.distribution(), decisions, seed.deadline(), seed.reminderDays());
    ProcessInstance decision = decisions(registration.register(meeting, false)).get(0);

    assertThat(engine.getRuntimeService().getVariable(decision.getId(), DECISION_TEXT)).isEqualTo(typed);
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), DECISION_TEXT_SHOWN))
        .isEqualTo("\\[পোর্টাল\\](https://evil.example/login) দেখুন\n\\## জরুরি");
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), DECISION_TITLE_SHOWN).toString())
        .endsWith("পোর্টাল \\*হালনাগাদ\\*");
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), MEETING_TITLE).toString()).contains("_বিশেষ_");
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), MEETING_TITLE_SHOWN).toString())
        .contains("\\_বিশেষ\\_");
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), UNRESOLVED_TEXT_SHOWN))
        .isEqualTo("\\[অজানা দপ্তর\\](https://evil.example)");
    // and no form of a decision shows the texts as written
    for (java.nio.file.Path form : java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("processes/forms"),
        "*.form")) {
      String schema = java.nio.file.Files.readString(form);
      if (!schema.contains("\"ReviewMinutesForm\"") && !schema.contains("\"RegisterMinutesForm\"")) {
        assertThat(schema).as(form.toString())
            .doesNotContain("{{meetingTitle}}", "{{decisionTitle}}", "{{decisionText}}", "{{implementersText}}",
                "{{unresolvedText}}");
      }
    }
  }

  @Test
  void minutesReadFromAFile_waitForTheSecretarysReview_beforeAnyDecisionStarts() throws Exception {
    ProcessInstance meeting = registration.register(minutes("-T2"), true);

    BpmnAwareTests.assertThat(meeting).isWaitingAt("Task_ReviewMinutes");
    assertThat(decisions(meeting)).isEmpty();
    Task review = task(meeting, TASK_REVIEW_MINUTES);
    assertThatThrownBy(() -> complete(review, Map.of()))
        .satisfies(e -> assertThat(Throwables.getRootCause(e)).isInstanceOf(BadUserRequestException.class));

    complete(review, Map.of(MinutesReviewCheckListener.MINUTES_APPROVED, true));
    assertThat(decisions(meeting)).hasSize(5);
  }

  @Test
  void aDeadlineInWorkingDays_countsFromTheIssueDate_andTheMeetingsOwnRemindersApply() throws Exception {
    Meeting seed = minutes("-T4");
    List<Decision> decisions = new ArrayList<>(seed.decisions());
    Decision first = decisions.get(0);
    // "৭ কর্মদিবসের মধ্যে"
    decisions.set(0, new Decision(first.number(), first.topic(), first.discussion(), first.text(), first.implementers(),
        null, 7));
    Decision second = decisions.get(1);
    decisions.set(1, new Decision(second.number(), second.topic(), second.discussion(), second.text(),
        second.implementers(), LocalDate.of(2026, 8, 5)));
    // issued on Wednesday 1 July 2026 (the tests' start), reminders 2 working days before only
    Meeting meeting = new Meeting(seed.committee(), seed.office(), seed.chair(), LocalDate.of(2026, 6, 28),
        seed.time(), seed.place(), seed.memoNumber(), LocalDate.of(2026, 7, 1), null, seed.signatories(),
        seed.distribution(), decisions, seed.deadline(), List.of(2));

    ProcessInstance registered = registration.register(meeting, false);
    ProcessInstance decision = decisions(registered).get(0);
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), DEADLINE))
        .as("7 working days after Wednesday 1 July: 2, 5, 6, 7, 8, 9 and Sunday 12 July").isEqualTo("2026-07-12");
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), DEADLINE_MOVED_TEXT)).isEqualTo("");
    assertThat(engine.getRuntimeService().getVariable(decisions(registered).get(1).getId(), DEADLINE_MOVED_TEXT))
        .asString().contains("জুলাই গণঅভ্যুত্থান দিবস").contains("০৬/০৮/২০২৬");

    accept(decision, "2026-07-12");
    assertThat(timerDue(decision)).as("2 working days before Sunday 12 July").isEqualTo(LocalDateTime.of(2026, 7, 8, 9, 0));
    at(LocalDateTime.of(2026, 7, 8, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_SendReminders");
    assertThat(timerDue(decision)).as("then the deadline-day notice").isEqualTo(LocalDateTime.of(2026, 7, 12, 9, 0));
  }

  /**
   * Two decisions of one meeting late at the same moment, both going to the UNO of Kaliganj: each escalation grants
   * the UNO the meeting, and the one that loses the race must not fail (it was retried ten minutes later).
   */
  @Test
  void siblingDecisionsEscalatingToOneUnoAtOnce_bothReachIt() throws Exception {
    for (int round = 0; round < 4; round++) {
      Meeting seed = minutes("-T7-" + round);
      List<Decision> two = new ArrayList<>();
      for (int number = 1; number <= 2; number++) {
        Decision d = seed.decisions().get(number - 1);
        two.add(new Decision(number, d.topic(), d.discussion(), d.text(),
            List.of(DecisionFollowupProcessTest.UNION_KALIGANJ), LocalDate.of(2026, 6, 28)));
      }
      // three working days late when registered: each escalates at once, its timer due now
      at(START);
      ProcessInstance meeting = registration.register(seed.withDecisions(two), false);
      List<ProcessInstance> decisions = decisions(meeting);
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<java.util.concurrent.Future<Object>> runs = new ArrayList<>();
        for (ProcessInstance decision : decisions) {
          String timer = timer(decision).getId();
          runs.add(pool.submit(() -> {
            together.await();
            engine.getManagementService().executeJob(timer);
            return null;
          }));
        }
        for (java.util.concurrent.Future<Object> run : runs) {
          run.get(60, java.util.concurrent.TimeUnit.SECONDS); // a failed escalation throws here
        }
      } finally {
        pool.shutdownNow();
      }
      for (ProcessInstance decision : decisions) {
        assertThat(candidateGroups(task(decision, TASK_REVIEW_OVERDUE_OFFICE))).containsExactly("uno-kaliganj");
      }
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("uno-kaliganj")
          .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE)
          .resourceId(meeting.getId()).count()).as("the meeting granted once").isEqualTo(1);
    }
  }

  /**
   * A step that asks for an office's read of the meeting and then fails (an escalation job, a lead's completion
   * refused after its grant) leaves no read behind: the office reads the meeting once a step that asked commits.
   */
  @Test
  void aStepThatGrantsTheMeetingAndThenFails_leavesNoReadOfIt() throws Exception {
    at(START);
    ProcessInstance meeting = registration.register(minutes("-T8-" + System.nanoTime()), false);
    String decision = decisions(meeting).get(0).getId();
    String office = "head-lged";
    assertThat(readsMeeting(office, meeting)).as("asked about none of its decisions").isFalse();
    var commands = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();

    assertThatThrownBy(() -> commands.execute(command -> {
      readAccess.grant(office, command.getExecutionManager().findExecutionById(decision));
      throw new IllegalStateException("the step fails after its grant");
    })).hasMessage("the step fails after its grant");
    assertThat(readsMeeting(office, meeting)).as("the grant rolled back with its step").isFalse();

    commands.execute(command -> {
      readAccess.grant(office, command.getExecutionManager().findExecutionById(decision));
      return null;
    });
    assertThat(readsMeeting(office, meeting)).as("the step again, committed").isTrue();
  }

  @Autowired bd.gov.followup.security.DecisionReadAccess readAccess;

  boolean readsMeeting(String group, ProcessInstance meeting) {
    engine.getIdentityService().setAuthentication("someone-of-" + group, List.of(group));
    try {
      return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(meeting.getId())
          .count() == 1;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aMemoNumberRegisteredTwice_isRefused() throws Exception {
    registration.register(minutes("-T3"), false);
    assertThatThrownBy(() -> registration.register(minutes("-T3"), false))
        .isInstanceOf(MeetingAlreadyRegisteredException.class)
        .hasMessageContaining("56.04.4400.000.34.002.19.69-T3");
  }

  /**
   * The secretary discards minutes in their review (a wrong file, or a meeting registered already under another memo
   * number), with a reason: no decision starts, nothing is distributed, and the memo number is free for the right
   * minutes, while the history keeps what was discarded and why.
   */
  @Test
  void minutesDiscardedInTheirReview_startNoDecision_andFreeTheirMemoNumber() throws Exception {
    Meeting wrong = minutes("-T7");
    ProcessInstance meeting = registration.register(wrong, true);
    Task review = task(meeting, TASK_REVIEW_MINUTES);
    assertThatThrownBy(() -> complete(review, Map.of(DISCARD_MINUTES, true, DISCARD_REASON, " ")))
        .satisfies(e -> assertThat(Throwables.getRootCause(e)).isInstanceOf(BadUserRequestException.class)
            .hasMessageStartingWith(DISCARD_REASON + ": কার্যবিবরণী বাতিলের কারণ লিখুন"));
    assertThatThrownBy(() -> complete(review, Map.of(DISCARD_MINUTES, true, DISCARD_REASON, "ভুল ফাইল",
        MinutesReviewCheckListener.MINUTES_APPROVED, true)))
        .satisfies(e -> assertThat(Throwables.getRootCause(e)).isInstanceOf(BadUserRequestException.class)
            .hasMessageStartingWith(DISCARD_MINUTES + ": "));

    // as a REST client may send it, the text "true": the same discard for the listeners and the gateway
    complete(review, Map.of(DISCARD_MINUTES, "true", DISCARD_REASON, "একই সভা আগেই নিবন্ধিত"));

    BpmnAwareTests.assertThat(meeting).hasPassed("Gateway_MinutesDiscarded").isEnded()
        .hasNotPassed("Task_DistributeMinutes", "CallActivity_DecisionFollowup");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(meeting.getId())
        .singleResult().getEndActivityId()).isEqualTo(EVENT_MINUTES_DISCARDED);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(meeting.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName(DISCARD_REASON).singleResult().getValue()).isEqualTo("একই সভা আগেই নিবন্ধিত");
    assertThat(registration.find(wrong.memoKey())).isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName(DISCARD_MINUTES).singleResult().getValue()).isEqualTo(true);

    // the minutes under the memo number now register, and they are the meeting it names
    Meeting right = minutes("-T7");
    ProcessInstance again = registration.register(right, false);
    assertThat(again.getId()).isNotEqualTo(meeting.getId());
    assertThat(decisions(again)).hasSize(5);
    assertThat(registration.find(wrong.memoKey())).map(m -> m.getId()).contains(again.getId());
    // and the memo number is held again
    assertThatThrownBy(() -> registration.register(right, false)).isInstanceOf(MeetingAlreadyRegisteredException.class);
  }

  /** A meeting registered before its instance kept its day gets it at the next start, from its minutes. */
  @Test
  void aMeetingUnderWayWithoutItsDay_getsItFromItsMinutes() throws Exception {
    ProcessInstance meeting = registration.register(minutes("-T8"), false);
    engine.getRuntimeService().removeVariable(meeting.getId(), MEETING_DAY);

    assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(meeting.getId(), MEETING_DAY)).isEqualTo("2023-11-19");
    assertThat(backfill.backfill()).as("once").isZero();
  }

  @Autowired MeetingDayBackfill backfill;

  /**
   * An administrator deleted a meeting registered by mistake, with its history (Cockpit, or the history cleanup
   * five years on): its memo number is free again, not held by a meeting that no longer exists.
   */
  @Test
  void aMeetingDeletedWithItsHistory_freesItsMemoNumber() throws Exception {
    ProcessInstance first = registration.register(minutes("-T6"), false);
    List<String> decisionIds = decisions(first).stream().map(ProcessInstance::getId).toList();
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "registered by mistake");
    for (String id : decisionIds) {
      engine.getHistoryService().deleteHistoricProcessInstance(id);
    }
    engine.getHistoryService().deleteHistoricProcessInstance(first.getId());

    ProcessInstance again = registration.register(minutes("-T6"), false);
    assertThat(again.getId()).isNotEqualTo(first.getId());
    assertThat(decisions(again)).hasSize(5);
  }

  /**
   * The others are past their deadline and the chair closes them; decision 05 is implemented last, so that the
   * verification that settles the meeting is the one that implements a decision (as it usually is).
   */
  void settle(List<ProcessInstance> decisions) {
    for (ProcessInstance decision : decisions.subList(0, 4)) {
      runJobsNotAfterNow(decision);
      complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "close",
          CHAIR_REMARKS, "আর প্রয়োজন নেই"));
    }
    ProcessInstance fifth = decisions.get(4);
    accept(fifth, "2024-01-30");
    report(fifth, "programmer-ict", "সকল ওয়েব পোর্টাল হালনাগাদ সম্পন্ন");
    verify(fifth, "programmer-ict", VERDICT_ACCEPTED, "");
  }

  /**
   * Five years (the processes' historyTimeToLive, P1825D) after a meeting settles, the nightly history cleanup
   * removes it whole: its decisions' history, their comments and letters, and the offices' read access to them.
   * Every row the meeting left carries its removal time, so nothing stays behind for ever.
   */
  @Test
  void fiveYearsAfterItSettles_theCleanupRemovesTheMeetingItsDecisionsAndTheOfficesReadAccess() throws Exception {
    ProcessInstance meeting = registration.register(minutes("-T5"), false);
    List<ProcessInstance> decisions = decisions(meeting);
    List<String> instances = new ArrayList<>(decisions.stream().map(ProcessInstance::getId).toList());
    instances.add(meeting.getId());
    runJobsNotAfterNow(meeting);
    // decision 01: the chair first sends the reminder letter (তাগিদপত্র), and closes it when it comes back a week on
    ProcessInstance first = decisions.get(0);
    runJobsNotAfterNow(first);
    complete(task(first, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তাগিদ"));
    runJobsNotAfterNow(first);
    assertThat(engine.getTaskService().getProcessInstanceAttachments(first.getId())).as("the letter").isNotEmpty();
    at(START.plusDays(14));
    settle(decisions);
    runJobsNotAfterNow(meeting); // the final report
    BpmnAwareTests.assertThat(meeting).isEnded();

    var history = engine.getHistoryService();
    var settled = history.createHistoricProcessInstanceQuery().processInstanceId(meeting.getId()).singleResult();
    assertThat(settled.getRemovalTime()).as("removal time: end + P1825D")
        .isEqualTo(Date.from(settled.getEndTime().toInstant().plus(Duration.ofDays(1825))));
    Map<String, Long> left = rowsOf(meeting.getId(), "");
    assertThat(left).as("what the meeting left, table by table")
        .containsKeys("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_ACTINST",
            "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_GE_BYTEARRAY", "ACT_HI_IDENTITYLINK", "ACT_RU_AUTHORIZATION");
    assertThat(left.get("ACT_HI_PROCINST")).as("the meeting and its five decisions").isEqualTo(6);
    assertThat(rowsOf(meeting.getId(), " AND REMOVAL_TIME_ IS NULL")).as("rows without a removal time").isEmpty();
    assertThat(readAccess(instances)).as("the offices' read access to the meeting and its decisions").isNotEmpty()
        .allSatisfy(a -> assertThat(a.getRemovalTime()).isEqualTo(settled.getRemovalTime()));
    // every grant on the meeting's instances and tasks names the meeting as its root, or no cleanup would find it
    List<String> resources = new ArrayList<>(instances);
    instances.forEach(id -> history.createHistoricTaskInstanceQuery().processInstanceId(id).list()
        .forEach(t -> resources.add(t.getId())));
    assertThat(rootsOfGrantsOn(resources)).as("root instance of each grant on them").containsOnlyKeys(meeting.getId());

    // a day before the five years are up, the cleanup leaves everything; the day after, it removes it all
    at(LocalDateTime.ofInstant(settled.getRemovalTime().toInstant(), DeadlineClock.DHAKA).minusDays(1));
    cleanUpHistory(meeting.getId());
    assertThat(rowsOf(meeting.getId(), "")).isEqualTo(left);
    at(LocalDateTime.ofInstant(settled.getRemovalTime().toInstant(), DeadlineClock.DHAKA).plusDays(1));
    cleanUpHistory(meeting.getId());
    assertThat(rowsOf(meeting.getId(), "")).isEmpty();
    assertThat(readAccess(instances)).isEmpty();
    assertThat(rootsOfGrantsOn(resources)).isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(instances))
        .count()).isZero();
  }

  @Autowired DataSource dataSource;

  List<Authorization> readAccess(List<String> instances) {
    return instances.stream().flatMap(id -> engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(id)
        .list().stream()).toList();
  }

  /** Grants on the given resources, counted by the root process instance they name ("none" for null). */
  Map<String, Long> rootsOfGrantsOn(List<String> resourceIds) throws Exception {
    Map<String, Long> roots = new TreeMap<>();
    try (var connection = dataSource.getConnection();
         var grants = connection.prepareStatement("SELECT COALESCE(ROOT_PROC_INST_ID_, 'none'), COUNT(*)"
             + " FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ = ANY(?) GROUP BY ROOT_PROC_INST_ID_")) {
      grants.setArray(1, connection.createArrayOf("VARCHAR", resourceIds.toArray()));
      try (var rows = grants.executeQuery()) {
        while (rows.next()) roots.put(rows.getString(1), rows.getLong(2));
      }
    }
    return roots;
  }

  /** Rows whose root process instance is the given one, table by table (tables with none left out). */
  Map<String, Long> rowsOf(String rootProcessInstanceId, String andWhere) throws Exception {
    Map<String, Long> rows = new TreeMap<>();
    try (var connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      // H2 and PostgreSQL alike (PostgreSQL names its tables in lower case)
      try (var columns = connection.createStatement().executeQuery("SELECT UPPER(TABLE_NAME)"
          + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
          + " AND UPPER(COLUMN_NAME) IN ('ROOT_PROC_INST_ID_', 'REMOVAL_TIME_')"
          + " GROUP BY UPPER(TABLE_NAME) HAVING COUNT(*) = 2")) {
        while (columns.next()) tables.add(columns.getString(1));
      }
      assertThat(tables).contains("ACT_HI_PROCINST", "ACT_RU_AUTHORIZATION", "ACT_GE_BYTEARRAY");
      for (String table : tables) {
        try (var count = connection.prepareStatement(
            "SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?" + andWhere)) {
          count.setString(1, rootProcessInstanceId);
          try (var result = count.executeQuery()) {
            result.next();
            if (result.getLong(1) > 0) rows.put(table, result.getLong(1));
          }
        }
      }
    }
    return rows;
  }

  /**
   * Runs the history cleanup job now, as the nightly window would, until it removes nothing more of the meeting;
   * the job then waits for its next window as before.
   */
  void cleanUpHistory(String meeting) throws Exception {
    var management = engine.getManagementService();
    String job = engine.getHistoryService().cleanUpHistoryAsync(true).getId();
    for (int run = 0; run < 20 && management.createJobQuery().jobId(job).count() > 0; run++) {
      Map<String, Long> before = rowsOf(meeting, "");
      management.executeJob(job); // one batch per table and run
      if (rowsOf(meeting, "").equals(before)) break;
    }
  }

  Object historic(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.util.Throwables;
import org.camunda.bpm.engine.BadUserRequestException;
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

/** Every path of MeetingFollowup, with the Jhenaidah minutes of 19 Nov 2023. */
@SpringBootTest
@ActiveProfiles("processtest")
@Import({ProcessEngineCoverageConfiguration.class, MeetingCoverageConfiguration.class})
class MeetingFollowupProcessTest extends ProcessTestSupport {

  @Autowired MeetingRegistration registration;
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

    // decision 05 is implemented; the others are past their deadline and the chair closes them
    ProcessInstance fifth = decisions.get(4);
    accept(fifth, "2024-01-30");
    report(fifth, "programmer-ict", "সকল ওয়েব পোর্টাল হালনাগাদ সম্পন্ন");
    verify(fifth, "programmer-ict", VERDICT_ACCEPTED, "");
    for (ProcessInstance decision : decisions.subList(0, 4)) {
      runJobsNotAfterNow(decision);
      complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "close"));
    }

    BpmnAwareTests.assertThat(meeting).isEnded().hasPassed("Task_CompileFinalReport", "Event_MeetingSettled");
    assertThat(historic(meeting, DECISIONS_IMPLEMENTED)).isEqualTo(1);
    assertThat(historic(meeting, DECISIONS_CLOSED)).isEqualTo(4);
    assertThat(historic(meeting, IMPLEMENTATION_RATE)).isEqualTo(20.0);
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

  @Test
  void aMemoNumberRegisteredTwice_isRefused() throws Exception {
    registration.register(minutes("-T3"), false);
    assertThatThrownBy(() -> registration.register(minutes("-T3"), false))
        .isInstanceOf(MeetingAlreadyRegisteredException.class)
        .hasMessageContaining("56.04.4400.000.34.002.19.69-T3");
  }

  Object historic(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Review 35 (deadline machinery): reproductions of findings. Each test states the documented behaviour and fails on
 * the code as reviewed. No meeting is registered (decisions are started directly, as ProcessTestSupport does).
 */
@SpringBootTest
@ActiveProfiles("processtest")
class DeadlineReview35Test extends ProcessTestSupport {

  /** a Thursday: reminders 7 and 1 working days before fall on 21 and 29 July; Fri and Sat are off */
  static final String DEADLINE = "2026-07-30";
  static final String UNION_KALIGANJ = "সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ";
  static final String AP_SADAR = "সহকারী প্রোগ্রামার, ঝিনাইদহ সদর";

  /**
   * README: "the rung is over when every UNO has acted, when its week lapses [...]; a UNO who has not chosen by then
   * loses the rung (every UNO review still open ends) and the decision goes on to the chair."
   *
   * Two UNOs have the rung from Sunday 2 August (escalation at 09:00; the rung lapses on 10 August 09:00, 5 August
   * being a holiday). UNO Kaliganj sends a letter on Tuesday 4 August; UNO Sadar never acts. At the lapse the
   * decision should go on to the chair. It does not: UNO Kaliganj's letter moved lastEscalationAt to 4 August
   * (EscalationClock.reviewerActed), so the planner, run after the lapse, plans the escalation for 4 August + 5
   * working days = 12 August, and Sadar's late office is left without a reviewer for two more working days. On
   * 10 August itself nobody reminds the late offices either: the rung's daily reminder stood down because "the
   * lapse's escalation tells the offices", and there is no escalation.
   */
  @Test
  void theUnoRungLapses_afterAnotherUnosLaterLetter_theChairGetsTheDecisionAtTheLapse() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ, AP_SADAR);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("one review per UNO").hasSize(2);
    LocalDateTime lapse = DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT));
    assertThat(lapse).isEqualTo(LocalDateTime.of(2026, 8, 10, 9, 0));

    for (int day : new int[] {3, 4}) {
      at(LocalDateTime.of(2026, 8, day, 9, 0));
      runJobsNotAfterNow(decision);
    }
    at(LocalDateTime.of(2026, 8, 4, 11, 0));
    as(member("uno-kaliganj"), "uno-kaliganj", () -> complete(
        task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"), Map.of(CHAIR_DECISION, "remind")));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar still to act").hasSize(1);

    for (int day : new int[] {6, 9}) {
      at(LocalDateTime.of(2026, 8, day, 9, 0));
      runJobsNotAfterNow(decision);
    }
    Task sadarsOffice = task(decision, TASK_REPORT_UPDATE, "ap-sadar");
    long before = comments(sadarsOffice).size();

    at(LocalDateTime.of(2026, 8, 10, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar's review lapsed").isEmpty();
    String planned = variable(decision, CHECKPOINT_KIND) + " at " + timerDueOrNone(decision);
    assertThat(comments(sadarsOffice).size())
        .as("Sadar's late office hears something on 10 August (the lapse's escalation, or a reminder); planned: "
            + planned)
        .isGreaterThan((int) before);
    BpmnAwareTests.assertThat(decision)
        .as("the rung lapsed: the decision goes on to the chair now (watch planned: " + planned + ")")
        .isWaitingAt("Task_ReviewOverdueDecision");
  }

  /**
   * The server is down from before the reminder of Wednesday 29 July (deadline Thursday 30 July) until Friday 31 July
   * 10:00. The missed reminder fires on the Friday, a weekly holiday, and tells the offices they are late
   * (SendRemindersDelegate: "today is after the deadline"), although no working day has yet passed since the
   * deadline (CheckpointFiredListener: 0 working days late, so not the escalation). On Sunday 2 August the
   * escalation tells them again. Expected: nothing is mailed on a Friday (as RemindDuringReviewDelegate and the
   * planner ensure elsewhere); the office hears once that it is late, on Sunday.
   */
  @Test
  void aReminderMissedDuringDowntime_doesNotGoOutOnAWeekend_asAnOverdueNotice() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 29, 9, 0));
    Task office = task(decision, TASK_REPORT_UPDATE);
    long before = comments(office).size();

    at(LocalDateTime.of(2026, 7, 31, 10, 0)); // Friday: the server comes back
    runJobsNotAfterNow(decision);
    assertThat(comments(office)).as("nothing mailed on Friday 31 July, a weekly holiday; sent: "
        + variable(decision, REMINDERS_SENT)).hasSize((int) before);
  }

  /**
   * escalation-route.dmn: an upazila office is the UNO's for 1–3 working days late ("shorter than a union's, as no
   * travel is involved"), the chair's from 4. The ladder gives every UNO rung a fixed five working days
   * (DeadlineWatch.REESCALATE_AFTER_WORKING_DAYS, unoReviewLapsesAt), so an upazila office escalated on time (1 day
   * late, Sunday 2 August) is still with its UNO when it is 4 working days late (Thursday 6 August; 5 August is a
   * holiday), and reaches the chair only on 10 August, 6 working days late: the table's 1–3 window is never applied
   * (only an escalation that fires late, after a downtime, reads the table at 4+).
   */
  @Test
  void anUpazilaOfficeOnTime_isTheChairsFromItsFourthWorkingDayLate_asTheTableSays() {
    ProcessInstance decision = startDecision(DEADLINE, AP_SADAR);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueOffice");
    for (int day : new int[] {3, 4, 6}) {
      at(LocalDateTime.of(2026, 8, day, 9, 0));
      runJobsNotAfterNow(decision);
    }
    at(LocalDateTime.of(2026, 8, 6, 12, 0));
    BpmnAwareTests.assertThat(decision)
        .as("4 working days late (2, 3, 4, 6 August): the table says the chair; the UNO's rung lapses only at "
            + DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT)))
        .isWaitingAt("Task_ReviewOverdueDecision");
  }

  static final String AC_ICT = "সহকারী কমিশনার (আইসিটি)";

  String timerDueOrNone(ProcessInstance instance) {
    var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Event_CheckpointReached").singleResult();
    return job == null ? "none" : DeadlineClock.fromDate(job.getDuedate()).toString();
  }

  String member(String office) {
    String id = office + "-user-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var identity = engine.getIdentityService();
    identity.saveUser(identity.newUser(id));
    identity.createMembership(id, office);
    return id;
  }

  void as(String user, String group, Runnable action) {
    var authorizations = engine.getAuthorizationService();
    var read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(group);
    read.setResource(Resources.PROCESS_DEFINITION);
    read.setResourceId(DECISION_PROCESS);
    read.addPermission(Permissions.READ);
    String grant = authorizations.saveAuthorization(read).getId();
    try {
      engine.getIdentityService().setAuthentication(user, List.of(group));
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
      authorizations.deleteAuthorization(grant);
    }
  }

  List<String> comments(Task task) {
    return engine.getTaskService().getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
  }
}

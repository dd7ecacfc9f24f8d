package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.notify.NoticesOf.Notice;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the deadline side tells an official reaches it where it reads: Tasklist shows a task's comments and the
 * office's notices, never a comment on the decision's instance — and most offices of the directory have no mail
 * address, so such a comment reaches nobody at all.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class DeadlineNewsInTasklistTest extends ProcessTestSupport {

  @Autowired DecisionClosing closing;

  static final String DEADLINE = DecisionFollowupProcessTest.DEADLINE;

  /**
   * A report is in but not verified: the lead is reminded a working day before the deadline, and daily once it has
   * passed, on that report's verification task, which it has in Tasklist.
   */
  @Test
  void aVerifierIsReminded_onTheVerificationTaskItHas_beforeAndAfterTheDeadline() {
    ProcessInstance decision = startDecision(DEADLINE, DecisionFollowupProcessTest.AC_ICT,
        DecisionFollowupProcessTest.AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");

    at(LocalDateTime.of(2026, 7, 29, 9, 0)); // one working day before
    runJobsNotAfterNow(decision);
    Task verification = verifyTaskOf(decision, "ac-education");
    assertThat(candidateGroups(verification)).contains("ac-ict");
    assertThat(comments(verification)).as("the lead, on the task it verifies in").anySatisfy(c -> assertThat(c)
        .startsWith("যাচাইয়ের তাগিদ: সিদ্ধান্ত ০৩").contains(DecisionFollowupProcessTest.AC_EDUCATION_NAME));

    for (LocalDateTime day : List.of(LocalDateTime.of(2026, 7, 30, 9, 0), LocalDateTime.of(2026, 8, 2, 9, 0),
        LocalDateTime.of(2026, 8, 3, 9, 0))) { // the deadline, the escalation, the first daily reminder
      at(day);
      runJobsNotAfterNow(decision);
    }
    assertThat(comments(verification)).anySatisfy(c -> assertThat(c).startsWith("মেয়াদোত্তীর্ণ, যাচাই বাকি: সিদ্ধান্ত ০৩"));
    assertThat(instanceComments(decision)).as("nothing of it on the decision, where nobody reads it")
        .noneMatch(c -> c.startsWith("যাচাইয়ের তাগিদ") || c.startsWith("মেয়াদোত্তীর্ণ, যাচাই বাকি"));
  }

  /**
   * A union parishad's lateness that the table sends to the chair: its UNO, who has no task on the decision, reads
   * the copy for information as a notice in its Tasklist.
   */
  @Test
  void theUnoOfAnOfficeThatWentStraightToTheChair_readsItsCopyAsANotice() {
    ProcessInstance decision = startDecision("2024-01-30", DecisionFollowupProcessTest.UNION_KALIGANJ);
    runJobsNotAfterNow(decision);

    assertThat(task(decision, TASK_REVIEW_OVERDUE_DECISION)).as("long late: the chair's").isNotNull();
    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).map(Notice::subject)
        .singleElement().asString().startsWith("অবগতি: সিদ্ধান্ত ০৩").contains("সভাপতির নিকট উপস্থাপিত");
    assertThat(instanceComments(decision)).noneMatch(c -> c.startsWith("অবগতি:"));
  }

  /**
   * The chair gives an accepted decision to another lead while no report waits for verification: the new lead has no
   * task on it yet, and learns that it leads now, with the chair's remarks, from a notice in its Tasklist.
   */
  @Test
  void aNewLeadWithNoTaskOnTheDecision_readsThatItLeadsNow_inANotice() {
    ProcessInstance decision = startDecision(DEADLINE, DecisionFollowupProcessTest.AC_ICT,
        DecisionFollowupProcessTest.AC_EDUCATION);
    accept(decision, DEADLINE);
    for (LocalDateTime day : List.of(LocalDateTime.of(2026, 7, 30, 9, 0), LocalDateTime.of(2026, 8, 2, 9, 0))) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), java.util.Map.of(CHAIR_DECISION, "reassign",
        NEW_LEAD_GROUP, "uno-kaliganj", CHAIR_REMARKS, "ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
    runJobsNotAfterNow(decision);

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision.getId())
        .taskCandidateGroup("uno-kaliganj").count()).as("nothing to verify yet").isZero();
    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith("মূল বাস্তবায়নকারী পরিবর্তন: সিদ্ধান্ত ০৩")
            .contains("আপনার দপ্তরকে মূল বাস্তবায়নকারী করা হয়েছে", "সভাপতির মন্তব্য: ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
    assertThat(instanceComments(decision)).noneMatch(c -> c.startsWith("মূল বাস্তবায়নকারী পরিবর্তন"));
  }

  /**
   * A later meeting closes a decision whose late union parishad is with its UNO: the UNO's review goes with the
   * decision, and the UNO, who was not at that meeting, reads why in a notice rather than finding its task gone.
   */
  @Test
  void aUnoWhoseReviewEndsWithTheDecision_readsWhyInANotice() {
    ProcessInstance decision = startDecision(DEADLINE, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DEADLINE);
    for (LocalDateTime day : List.of(LocalDateTime.of(2026, 7, 30, 9, 0), LocalDateTime.of(2026, 8, 2, 9, 0))) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    assertThat(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj")).isNotNull();

    closing.close(decision.getId(), "পরবর্তী সভায় নতুন সিদ্ধান্ত নেওয়া হয়েছে", null, "reason");

    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith("সিদ্ধান্ত বন্ধ: সিদ্ধান্ত ০৩")
            .contains("কারণ: পরবর্তী সভায় নতুন সিদ্ধান্ত নেওয়া হয়েছে"));
  }

  /**
   * An office that asks to be withdrawn has sent no update: the verifier's reminder and the chair's escalation name
   * its request as such, not among the updates submitted and waiting for verification.
   */
  @Test
  void aWithdrawalRequestWaitingForItsVerifier_isNamedAsSuch_inTheRemindersAndTheEscalation() {
    ProcessInstance decision = startDecision(DEADLINE, DecisionFollowupProcessTest.AC_ICT,
        DecisionFollowupProcessTest.AC_EDUCATION);
    accept(decision, DEADLINE);
    complete(task(decision, TASK_REPORT_UPDATE, "ac-education"),
        java.util.Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "এটি মাধ্যমিক শিক্ষা অফিসের কাজ"));
    runJobsNotAfterNow(decision);
    report(decision, "ac-ict", "পোর্টাল হালনাগাদ করা হয়েছে");

    at(LocalDateTime.of(2026, 7, 29, 9, 0)); // one working day before
    runJobsNotAfterNow(decision);
    assertThat(comments(verifyTaskOf(decision, "ac-education"))).as("the lead's reminder")
        .filteredOn(c -> c.startsWith("যাচাইয়ের তাগিদ")).singleElement().satisfies(c -> assertThat(c)
            .contains(DecisionFollowupProcessTest.AC_EDUCATION_NAME + " (প্রত্যাহারের অনুরোধ)")
            .contains("হালনাগাদ তথ্য বা প্রত্যাহারের অনুরোধ এখনো যাচাই করা হয়নি"));
    assertThat(comments(verifyTaskOf(decision, "ac-ict"))).as("the secretary's, of the lead's own update")
        .filteredOn(c -> c.startsWith("যাচাইয়ের তাগিদ")).singleElement().satisfies(c -> assertThat(c)
            .contains(DecisionFollowupProcessTest.AC_ICT_NAME).doesNotContain("প্রত্যাহার"));

    for (LocalDateTime day : List.of(LocalDateTime.of(2026, 7, 30, 9, 0), LocalDateTime.of(2026, 8, 2, 9, 0))) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    assertThat(instanceComments(decision)).as("the chair's escalation")
        .filteredOn(c -> c.startsWith("পর্যালোচনার জন্য উপস্থাপন")).singleElement().satisfies(c -> assertThat(c)
            .contains("সকল দপ্তর হালনাগাদ তথ্য দাখিল অথবা প্রত্যাহারের অনুরোধ করেছে")
            .contains(DecisionFollowupProcessTest.AC_EDUCATION_NAME + " (প্রত্যাহারের অনুরোধ)")
            .doesNotContain("সকল দপ্তর হালনাগাদ তথ্য দাখিল করেছে"));
  }

  List<String> comments(Task task) {
    return engine.getTaskService().getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
  }

  /** Comments on the decision's instance only: what Tasklist never shows. */
  List<String> instanceComments(ProcessInstance instance) {
    return engine.getTaskService().getProcessInstanceComments(instance.getId()).stream()
        .filter(c -> c.getTaskId() == null).map(Comment::getFullMessage).toList();
  }
}

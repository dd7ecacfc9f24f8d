package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.DecisionFollowupProcessTest.AC_EDUCATION;
import static bd.gov.followup.workflow.DecisionFollowupProcessTest.AC_ICT;
import static bd.gov.followup.workflow.DecisionFollowupProcessTest.AP_SADAR;
import static bd.gov.followup.workflow.DecisionFollowupProcessTest.UNION_KALIGANJ;
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
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
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
    ProcessInstance decision = startDecision("2024-01-30", UNION_KALIGANJ);
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
    ProcessInstance decision = escalated(AC_ICT, AC_EDUCATION);
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), java.util.Map.of(CHAIR_DECISION, "reassign",
        NEW_LEAD_GROUP, "uno-kaliganj", CHAIR_REMARKS, "ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
    runJobsNotAfterNow(decision);

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision.getId())
        .taskCandidateGroup("uno-kaliganj").count()).as("nothing to verify yet").isZero();
    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith("মূল বাস্তবায়নকারী পরিবর্তন: সিদ্ধান্ত ০৩")
            .contains("আপনার দপ্তরকে মূল বাস্তবায়নকারী করা হয়েছে", "সভাপতি (০২/০৮/২০২৬): ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
    assertThat(instanceComments(decision)).noneMatch(c -> c.startsWith("মূল বাস্তবায়নকারী পরিবর্তন"));
  }

  /**
   * A later meeting closes a decision whose late union parishad is with its UNO: the UNO's review goes with the
   * decision, and the UNO, who was not at that meeting, reads why in a notice rather than finding its task gone.
   */
  @Test
  void aUnoWhoseReviewEndsWithTheDecision_readsWhyInANotice() {
    ProcessInstance decision = escalated(UNION_KALIGANJ);
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
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
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

  static final String REVIEW_NOT_NEEDED = "পর্যালোচনার প্রয়োজন নেই: সিদ্ধান্ত ০৩";

  /** The decision's notices for one office that say its review ended because the decision was implemented. */
  List<Notice> reviewEndedNotices(ProcessInstance decision, String office) {
    return notices(decision).stream().filter(n -> office.equals(n.group()))
        .filter(n -> n.subject().startsWith(REVIEW_NOT_NEEDED)).toList();
  }

  /**
   * A late union parishad is with its UNO when it reports after all and the secretary accepts the report: the
   * decision is implemented and the UNO's review ends with it. The UNO reads why in a notice, with the day, rather
   * than finding its task gone; nobody else is told of a review.
   */
  @Test
  void aUnoWhoseReviewEndsBecauseTheDecisionIsImplemented_readsWhyInANotice() {
    ProcessInstance decision = escalated(UNION_KALIGANJ);
    assertThat(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj")).isNotNull();

    at(LocalDateTime.of(2026, 8, 3, 11, 0));
    report(decision, "up-kaliganj-sundarpur-durgapur", "ইউনিয়নের তথ্য বাতায়ন হালনাগাদ করা হয়েছে");
    verify(decision, "up-kaliganj-sundarpur-durgapur", VERDICT_ACCEPTED, "");

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).isEnded()
        .hasPassed("Event_DecisionImplemented");
    assertThat(reviewEndedNotices(decision, "uno-kaliganj")).singleElement().satisfies(n -> assertThat(n.asComment())
        .contains(DecisionFollowupProcessTest.UNO_KALIGANJ_NAME, "০৩/০৮/২০২৬", "বাস্তবায়িত হয়েছে",
            "টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে", DecisionFollowupProcessTest.MEETING)
        .doesNotContain("বন্ধ করা হয়েছে"));
    assertThat(notices(decision)).filteredOn(n -> n.subject().startsWith(REVIEW_NOT_NEEDED))
        .as("only the reviewer: the union and the secretary had no review").hasSize(1);
  }

  /**
   * A district office is late and the chair reviews the decision when the last report is verified: the chair's
   * review ends with the decision, and the chair reads why in a notice.
   */
  @Test
  void theChairWhoseReviewEndsBecauseTheDecisionIsImplemented_readsWhyInANotice() {
    ProcessInstance decision = escalated(AC_ICT, AC_EDUCATION);
    assertThat(task(decision, TASK_REVIEW_OVERDUE_DECISION)).as("district offices: the chair's").isNotNull();

    at(LocalDateTime.of(2026, 8, 4, 10, 0));
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    verify(decision, "ac-education", VERDICT_ACCEPTED, "");
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).isEnded()
        .hasPassed("Event_DecisionImplemented");
    assertThat(reviewEndedNotices(decision, "adc-edu-ict")).singleElement().satisfies(n -> assertThat(n.asComment())
        .contains("০৪/০৮/২০২৬", "বাস্তবায়িত হয়েছে", "টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে"));
    assertThat(notices(decision)).filteredOn(n -> n.subject().startsWith(REVIEW_NOT_NEEDED)).hasSize(1);
  }

  /**
   * Late offices of two upazilas: UNO Sadar has sent its letter, UNO Kaliganj's review is still open when the
   * Kaliganj union's «not our work» is agreed to, which leaves no office owing work — the decision is implemented.
   * UNO Kaliganj is told its review ended; UNO Sadar, whose review was done, is not.
   */
  @Test
  void whenTheLastOfficeIsWithdrawn_onlyTheUnoWhoseReviewWasStillOpenIsTold() {
    ProcessInstance decision = escalated(UNION_KALIGANJ, AP_SADAR);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("one review per UNO").hasSize(2);
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-sadar"), java.util.Map.of(CHAIR_DECISION, "remind",
        CHAIR_REMARKS, "তিন কর্মদিবসের মধ্যে দিন"));
    runJobsNotAfterNow(decision);

    at(LocalDateTime.of(2026, 8, 3, 11, 0));
    report(decision, "ap-sadar", "সদর উপজেলার তথ্য বাতায়ন হালনাগাদ করা হয়েছে");
    verify(decision, "ap-sadar", VERDICT_ACCEPTED, "");
    complete(task(decision, TASK_REPORT_UPDATE, "up-kaliganj-sundarpur-durgapur"),
        java.util.Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "উপজেলা পর্যায়ের পোর্টাল ইউনিয়নের কাজ নয়"));
    runJobsNotAfterNow(decision);
    verify(decision, "up-kaliganj-sundarpur-durgapur", VERDICT_WITHDRAWN, "");

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).isEnded()
        .hasPassed("Event_OfficeWithdrawn", "Event_DecisionImplemented");
    assertThat(reviewEndedNotices(decision, "uno-kaliganj")).hasSize(1);
    assertThat(reviewEndedNotices(decision, "uno-sadar")).as("its review was done, not cut short").isEmpty();
  }

  /** A later meeting settles the decision while the UNO reviews: the UNO is told once, of the settlement. */
  @Test
  void aUnoWhoseReviewEndsWithASettlement_isNotAlsoToldOfAnImplementation() {
    ProcessInstance decision = escalated(UNION_KALIGANJ);
    closing.close(decision.getId(), "পরবর্তী সভার ঘোষণা অনুযায়ী বাস্তবায়িত", null, "reason", null,
        DecisionClosing.Kind.IMPLEMENTED);

    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.subject()).startsWith("সিদ্ধান্ত বাস্তবায়িত হিসেবে নিষ্পন্ন: সিদ্ধান্ত ০৩"));
  }

  /**
   * District offices are late and the chair reviews the decision when the secretary closes it over the API (or a
   * later meeting settles it): the chair's review ends with the decision, and the chair, who did not close it, reads
   * why in a notice, once. The chair's own close from its review is its own doing: no notice of it to the chair.
   */
  @Test
  void theChairWhoseReviewEndsWithASettlement_readsWhyInANotice() {
    ProcessInstance decision = escalated(AC_ICT, AC_EDUCATION);
    assertThat(task(decision, TASK_REVIEW_OVERDUE_DECISION)).as("district offices: the chair's").isNotNull();

    closing.close(decision.getId(), "পরবর্তী সভায় নতুন সিদ্ধান্ত নেওয়া হয়েছে", null, "reason");

    assertThat(notices(decision)).filteredOn(n -> "adc-edu-ict".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith("সিদ্ধান্ত বন্ধ: সিদ্ধান্ত ০৩")
            .contains("কারণ: পরবর্তী সভায় নতুন সিদ্ধান্ত নেওয়া হয়েছে", "টাস্কলিস্ট থেকে কাজটি সরিয়ে নেওয়া হয়েছে"));
  }

  /** The chair closes the decision in its own review: the chair is not told of what it did itself. */
  @Test
  void theChairWhoClosesInItsReview_isNotToldOfItsOwnClose() {
    ProcessInstance decision = escalated(AC_ICT, AC_EDUCATION);
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION),
        java.util.Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, "বাজেট বরাদ্দ নেই"));

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).isEnded()
        .hasPassed("Event_ClosedNotImplemented");
    assertThat(notices(decision)).filteredOn(n -> n.subject().startsWith("সিদ্ধান্ত বন্ধ")).isNotEmpty()
        .noneMatch(n -> "adc-edu-ict".equals(n.group()));
  }

  static final String REFERRED = "পর্যালোচনা সমাপ্ত: সিদ্ধান্ত ০৩";

  /** Late offices of two upazilas, one UNO review each, on Sunday 2 August. */
  ProcessInstance lateInTwoUpazilas() {
    ProcessInstance decision = escalated(UNION_KALIGANJ, AP_SADAR);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("one review per UNO").hasSize(2);
    return decision;
  }

  /**
   * UNO Kaliganj refers the decision to the chair while UNO Sadar's review is still open: the referral ends every UNO's
   * review. UNO Sadar, whose review left its Tasklist, reads why (who referred it, that the chair decides now) in a
   * notice, once; UNO Kaliganj, who referred it, is not told of its own choice.
   */
  @Test
  void aUnoWhoseReviewEndsBecauseAnotherUnoReferredIt_readsWhyInANotice() {
    ProcessInstance decision = lateInTwoUpazilas();
    at(LocalDateTime.of(2026, 8, 3, 11, 0));
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"),
        java.util.Map.of(CHAIR_DECISION, "refer", CHAIR_REMARKS, "ইউনিয়ন সচিবের পদ শূন্য"));
    runJobsNotAfterNow(decision);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReferred")
        .isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).isEmpty();
    assertThat(notices(decision)).filteredOn(n -> "uno-sadar".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith(REFERRED).contains("— সভাপতির নিকট উপস্থাপিত\n")
            .contains(DecisionFollowupProcessTest.UNO_SADAR_NAME, DecisionFollowupProcessTest.MEETING,
                DecisionFollowupProcessTest.UNO_KALIGANJ_NAME + " বিষয়টি সভাপতির সিদ্ধান্তের জন্য উপস্থাপন করেছেন",
                "টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে",
                "আপনার উপজেলার নিম্নোক্ত দপ্তর এখনো হালনাগাদ তথ্য দাখিল করেনি: " + AP_SADAR_NAME));
    assertThat(notices(decision)).filteredOn(n -> n.subject().startsWith(REFERRED)).as("only UNO Sadar").hasSize(1);
  }

  /**
   * UNO Sadar's office reported, and its report was accepted, before UNO Kaliganj referred the decision: UNO Sadar's
   * notice does not say its offices «still» owe reports — none of them owes anything now.
   */
  @Test
  void aUnoWhoseOfficesHaveAllReported_isNotToldTheyStillOwe_whenAnotherUnoRefers() {
    ProcessInstance decision = lateInTwoUpazilas();
    report(decision, "ap-sadar", "সদর উপজেলার তথ্য হালনাগাদ করা হয়েছে");
    verify(decision, "ap-sadar", VERDICT_ACCEPTED, "");
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"), java.util.Map.of(CHAIR_DECISION, "refer"));
    runJobsNotAfterNow(decision);

    assertThat(notices(decision)).filteredOn(n -> "uno-sadar".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith(REFERRED)
            .contains("আপনার উপজেলার কোনো দপ্তরের হালনাগাদ তথ্য দাখিল বা যাচাই আর বাকি নেই")
            .doesNotContain("এখনো প্রত্যাশিত", "দাখিল করেনি"));
  }

  /** UNO Sadar has sent its letter when UNO Kaliganj refers the decision: Sadar's review was done, nobody is told. */
  @Test
  void aUnoWhoseReviewWasDone_isNotToldOfAnotherUnosReferral() {
    ProcessInstance decision = lateInTwoUpazilas();
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-sadar"), java.util.Map.of(CHAIR_DECISION, "remind",
        CHAIR_REMARKS, "তিন কর্মদিবসের মধ্যে দিন"));
    runJobsNotAfterNow(decision);
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"), java.util.Map.of(CHAIR_DECISION, "refer"));
    runJobsNotAfterNow(decision);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReferred");
    assertThat(notices(decision)).noneMatch(n -> n.subject().startsWith(REFERRED));
  }

  static final String LAPSED = "পর্যালোচনার সময় শেষ: সিদ্ধান্ত ০৩";

  /**
   * UNO Kaliganj sends its letter, UNO Sadar never chooses: at the rung's lapse UNO Sadar's review ends and the
   * decision goes on to the chair. UNO Sadar reads, once, in a notice of its own that its time was up and the review
   * left its Tasklist (not only the escalation's copy about its office); UNO Kaliganj, whose review was done, is not
   * told of a lapse.
   */
  @Test
  void aUnoWhoseReviewLapses_readsWhyInANotice_andOneWhoseReviewWasDoneDoesNot() {
    ProcessInstance decision = lateInTwoUpazilas();
    LocalDateTime lapse = DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT));
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"), java.util.Map.of(CHAIR_DECISION, "remind"));
    runJobsNotAfterNow(decision);
    for (LocalDateTime day = LocalDateTime.of(2026, 8, 3, 9, 0); day.isBefore(lapse); day = day.plusDays(1)) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    assertThat(notices(decision)).noneMatch(n -> n.subject().startsWith(LAPSED));

    at(lapse);
    runJobsNotAfterNow(decision);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed")
        .isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(notices(decision)).filteredOn(n -> "uno-sadar".equals(n.group()))
        .as("one notice that day: the lapse's, saying what the escalation's «অবগতি» copy would have").singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith(LAPSED)
            .contains(DecisionFollowupProcessTest.UNO_SADAR_NAME, DecisionFollowupProcessTest.MEETING,
                "টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে", "সভাপতি", "কর্মদিবস বিলম্ব",
                "আপনার উপজেলার নিম্নোক্ত দপ্তর এখনো হালনাগাদ তথ্য দাখিল করেনি: " + AP_SADAR_NAME));
    assertThat(notices(decision)).filteredOn(n -> n.subject().startsWith(LAPSED)).as("only UNO Sadar").hasSize(1);
    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).map(Notice::subject)
        .as("UNO Kaliganj, whose review was done, has its copy as before").singleElement().asString()
        .startsWith("অবগতি: সিদ্ধান্ত ০৩");
    assertThat(variable(decision, "unosToldOfLapse")).as("read by that escalation, once").isNull();
  }

  /**
   * UNO Sadar's only late office reports after the escalation, and the report still waits for verification when UNO
   * Sadar's time lapses: its notice says the report waits for verification, not that the office still owes it.
   */
  @Test
  void aUnoWhoseOfficesReportedBeforeTheLapse_readsThatTheReportsWaitForVerification() {
    ProcessInstance decision = escalated(AP_SADAR);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).hasSize(1);
    LocalDateTime lapse = DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT));
    at(LocalDateTime.of(2026, 8, 3, 11, 0));
    report(decision, "ap-sadar", "সদর উপজেলার তথ্য হালনাগাদ করা হয়েছে");
    for (LocalDateTime day = LocalDateTime.of(2026, 8, 4, 9, 0); day.isBefore(lapse); day = day.plusDays(1)) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    at(lapse);
    runJobsNotAfterNow(decision);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed");
    assertThat(notices(decision)).filteredOn(n -> "uno-sadar".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.asComment()).startsWith(LAPSED)
            .contains("নিম্নোক্ত দপ্তরের তথ্য যাচাইয়ের অপেক্ষায়: " + AP_SADAR_NAME)
            .doesNotContain("এখনো প্রত্যাশিত", "দাখিল করেনি"));
  }

  /**
   * The chair reads what the referring UNO's upazila owes when the UNO refers, not the escalation's list: an office
   * that reported since is waiting for verification, not one that «has not submitted».
   */
  @Test
  void theChairToldOfAReferral_readsWhatTheUpazilaOwesNow() {
    ProcessInstance decision = escalated(AP_SADAR);
    at(LocalDateTime.of(2026, 8, 3, 11, 0));
    report(decision, "ap-sadar", "সদর উপজেলার তথ্য হালনাগাদ করা হয়েছে");
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-sadar"),
        java.util.Map.of(CHAIR_DECISION, "refer", CHAIR_REMARKS, "যাচাই দ্রুত করা প্রয়োজন"));

    assertThat(instanceComments(decision)).filteredOn(c -> c.startsWith("পর্যালোচনার জন্য উপস্থাপন (ইউএনও-র মাধ্যমে)"))
        .singleElement().satisfies(c -> assertThat(c)
            .contains("নিম্নোক্ত দপ্তরের তথ্য যাচাইয়ের অপেক্ষায়: " + AP_SADAR_NAME)
            .doesNotContain("দাখিল করেনি"));
  }

  static final String AP_SADAR_NAME = "সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়, ঝিনাইদহ সদর";

  /** A decision of these implementers, accepted, past its deadline day (30/07) and its escalation (02/08). */
  ProcessInstance escalated(String... implementers) {
    ProcessInstance decision = startDecision(DEADLINE, implementers);
    accept(decision, DEADLINE);
    for (LocalDateTime day : List.of(LocalDateTime.of(2026, 7, 30, 9, 0), LocalDateTime.of(2026, 8, 2, 9, 0))) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    return decision;
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

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An installation upgraded while decisions run: those decisions stay on the process version they started on, and
 * the beans its expressions and listeners name are this release's. Two earlier versions are deployed beside the
 * current one, with this release's forms and DMN, and walked with this release's code: 35a867a (the last before
 * per-report verifiers), 3a60eeb (the last before the UNO's own review form and the lead's hand-back), db9dc63
 * (the last with one review for all the UNOs of the rung, before one review per UNO), 8af9a6c (the last before an
 * office could say the work is not its own, and a verifier ask other offices), 76da04c (the last before a UNO or the
 * chair whose review the decision's implementation ended was told so) and 036fec2 (the last before a UNO whose review
 * the rung's lapse ended was told so).
 */
@SpringBootTest
@ActiveProfiles("processtest")
class PreviousVersionUpgradeTest extends ProcessTestSupport {

  static final String BEFORE_PER_REPORT_VERIFIERS = "previous-versions/decision-followup-35a867a.bpmn";
  static final String BEFORE_HAND_BACK = "previous-versions/decision-followup-3a60eeb.bpmn";
  static final String BEFORE_ONE_REVIEW_PER_UNO = "previous-versions/decision-followup-db9dc63.bpmn";
  static final String BEFORE_WITHDRAWAL = "previous-versions/decision-followup-8af9a6c.bpmn";
  static final String BEFORE_IMPLEMENTED_REVIEW_NOTICE = "previous-versions/decision-followup-76da04c.bpmn";
  static final String BEFORE_LAPSED_REVIEW_NOTICE = "previous-versions/decision-followup-036fec2.bpmn";
  static final String DEADLINE = "2026-07-30";

  Deployment previous;
  String previousDefinition;

  void deploy(String bpmn) throws IOException {
    previous = EarlierProcessVersions.deploy(engine, bpmn);
    previousDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(previous.getId()).processDefinitionKey(DECISION_PROCESS).singleResult().getId();
  }

  @AfterEach
  void removePreviousVersion() {
    if (previous != null) {
      engine.getRepositoryService().deleteDeployment(previous.getId(), true);
    }
  }

  /** Started before the upgrade: the earlier ResolveImplementersDelegate also wrote the decision-wide verifiers. */
  ProcessInstance startedBeforeTheUpgrade(String... implementerPhrases) {
    ProcessInstance decision = engine.getRuntimeService().startProcessInstanceById(previousDefinition,
        "56.04.4400.000.34.002.19.69/03", decisionVariables(Map.of(), DEADLINE, implementerPhrases));
    String lead = (String) variable(decision, LEAD_GROUP);
    engine.getRuntimeService().setVariable(decision.getId(), VERIFIER_GROUPS,
        JsonVariables.stringList(List.of(lead, "programmer-ict")));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(previousDefinition);
    return decision;
  }

  @ParameterizedTest
  @ValueSource(strings = {BEFORE_PER_REPORT_VERIFIERS, BEFORE_HAND_BACK, BEFORE_WITHDRAWAL})
  void aDecisionOfAnEarlierVersion_isReportedVerifiedAndImplemented_nobodyVerifyingTheirOwnReport(String bpmn)
      throws IOException {
    deploy(bpmn);
    ProcessInstance decision = startedBeforeTheUpgrade("সহকারী কমিশনার (আইসিটি)", "ও সহকারী কমিশনার, শিক্ষা");
    accept(decision, DEADLINE);
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-education")))
        .as("another office's report: the lead and the secretary").containsExactlyInAnyOrder("ac-ict", "programmer-ict");
    verify(decision, "ac-education", VERDICT_RETURNED, "লিংক দিন");
    report(decision, "ac-education", "লিংকসহ হালনাগাদ");
    verify(decision, "ac-education", VERDICT_ACCEPTED, "");
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-ict")))
        .as("the lead's own report, routed as this release routes it").containsExactly("programmer-ict");
    var identity = engine.getIdentityService();
    var verify = verifyTaskOf(decision, "ac-ict");
    try {
      identity.setAuthentication("programmer", List.of("programmer-ict"));
      complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, ""));
    } finally {
      identity.clearAuthentication();
    }
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
    assertThat(historicVariable(decision, OUTCOME)).isEqualTo("implemented");
  }

  /**
   * A later meeting declares a decision of an earlier version implemented: that version ends every settlement as
   * "closed as not implemented", so the report reads how the meeting settled it.
   */
  @Test
  void aPreviousVersionDecisionDeclaredImplemented_isReportedImplemented() throws IOException {
    deploy(BEFORE_HAND_BACK);
    ProcessInstance decision = startedBeforeTheUpgrade("সহকারী কমিশনার (আইসিটি)", "ও সহকারী কমিশনার, শিক্ষা");
    accept(decision, DEADLINE);
    assertThat(closing.close(decision.getId(), "পরের সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত", "next.meeting", "reason",
        "সদস্য-সচিব", DecisionClosing.Kind.IMPLEMENTED)).isTrue();
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_ClosedWithReason");
    assertThat(historicVariable(decision, OUTCOME)).isEqualTo("closed-not-implemented");
    assertThat(bd.gov.followup.report.ProgressReports.settledAs((String) historicVariable(decision, OUTCOME),
        historicVariable(decision, CLOSE_KIND))).isEqualTo("implemented");
  }

  @org.springframework.beans.factory.annotation.Autowired DecisionClosing closing;

  @Test
  void theLeadOfAPreviousVersionDecision_cannotHandItBack_andIsToldSo() throws IOException {
    deploy(BEFORE_HAND_BACK);
    ProcessInstance decision = startedBeforeTheUpgrade("সহকারী কমিশনার (আইসিটি)");
    assertThatThrownBy(() -> complete(task(decision, TASK_ASSIGN_IMPLEMENTER),
        Map.of(LEAD_DECLINED, true, DECLINE_REASON, "আমাদের কাজ নয়")))
        .satisfies(DecisionFollowupProcessTest.refusedFor()).hasMessageContaining(LEAD_DECLINED)
        .hasMessageContaining("process version without the hand-back");
    accept(decision, DEADLINE);
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).hasSize(1);
  }

  /**
   * A decision registered before an office could say the work is not its own: a REST client's «not our work», or a
   * verifier's offices to ask, are refused saying why (Tasklist shows such a task its own version's forms, without
   * them); reports and verifications go on as before.
   */
  @Test
  void aDecisionOfTheVersionBeforeTheWithdrawal_refusesNotOurWorkAndOfficesToAsk_andRunsAsBefore() throws IOException {
    deploy(BEFORE_WITHDRAWAL);
    ProcessInstance decision = startedBeforeTheUpgrade("সহকারী কমিশনার (আইসিটি)", "ও সহকারী কমিশনার, শিক্ষা");
    accept(decision, DEADLINE);
    assertThatThrownBy(() -> complete(task(decision, TASK_REPORT_UPDATE, "ac-education"),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "আমাদের নয়")))
        .satisfies(DecisionFollowupProcessTest.refusedFor()).hasMessageContaining(NOT_OUR_WORK)
        .hasMessageContaining("process version without the withdrawal");
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThatThrownBy(() -> complete(verifyTaskOf(decision, "ac-education"), Map.of(VERDICT, VERDICT_ACCEPTED,
        RETURN_REASON, "", OFFICES_TO_ASK, JsonVariables.stringList(List.of("head-lged")))))
        .satisfies(DecisionFollowupProcessTest.refusedFor()).hasMessageContaining(OFFICES_TO_ASK);
    verify(decision, "ac-education", VERDICT_ACCEPTED, "");
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
  }

  /**
   * A decision of the version without the notice of a review that the implementation ended: implemented while its
   * UNO reviews, it ends as it did (the UNO's review with it, untold: its version has no listener on the way to the
   * end), and nothing of this release's notice is needed for it.
   */
  @Test
  void aDecisionOfTheVersionBeforeTheImplementedReviewNotice_isImplementedWhileItsUnoReviews() throws IOException {
    deploy(BEFORE_IMPLEMENTED_REVIEW_NOTICE);
    ProcessInstance decision = startedBeforeTheUpgrade("সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ");
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(candidateGroups(task(decision, TASK_REVIEW_OVERDUE_OFFICE))).containsExactly("uno-kaliganj");
    report(decision, "up-kaliganj-sundarpur-durgapur", "ইউনিয়নের তথ্য বাতায়ন হালনাগাদ করা হয়েছে");
    verify(decision, "up-kaliganj-sundarpur-durgapur", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
    assertThat(historicVariable(decision, OUTCOME)).isEqualTo("implemented");
    assertThat(notices(decision)).noneMatch(n -> n.subject().startsWith("পর্যালোচনার প্রয়োজন নেই"));
  }

  /**
   * A decision of the version without the notice of a lapsed UNO review: its UNO never chooses, and at the rung's
   * lapse the review ends and the chair has the decision, as before. Its BPMN has no listener on the lapse, but the
   * engine adds it as it parses the version (LapseNoticeOnEarlierVersions): the UNO reads why, once, in one notice,
   * not besides the escalation's «অবগতি» copy.
   */
  @Test
  void aDecisionOfTheVersionBeforeTheLapsedReviewNotice_lapsesToTheChair_andItsUnoIsTold() throws IOException {
    deploy(BEFORE_LAPSED_REVIEW_NOTICE);
    ProcessInstance decision = startedBeforeTheUpgrade("সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ");
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(candidateGroups(task(decision, TASK_REVIEW_OVERDUE_OFFICE))).containsExactly("uno-kaliganj");
    LocalDateTime lapse = DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT));
    for (LocalDateTime day = LocalDateTime.of(2026, 8, 3, 9, 0); day.isBefore(lapse); day = day.plusDays(1)) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    at(lapse);
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed").isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(notices(decision)).filteredOn(n -> "uno-kaliganj".equals(n.group())).singleElement()
        .satisfies(n -> assertThat(n.subject()).startsWith("পর্যালোচনার সময় শেষ: সিদ্ধান্ত ০৩"));
  }

  /** Every earlier version has the lapse; the listener is added to each once, and never beside the BPMN's own. */
  @ParameterizedTest
  @ValueSource(strings = {BEFORE_PER_REPORT_VERIFIERS, BEFORE_HAND_BACK, BEFORE_ONE_REVIEW_PER_UNO, BEFORE_WITHDRAWAL,
      BEFORE_IMPLEMENTED_REVIEW_NOTICE, BEFORE_LAPSED_REVIEW_NOTICE})
  void everyEarlierVersion_hasTheLapseNoticeOnce(String bpmn) throws IOException {
    deploy(bpmn);
    assertThat(lapseListeners(previousDefinition)).isEqualTo(1);
    String current = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(DECISION_PROCESS)
        .list().stream().filter(d -> !d.getDeploymentId().equals(previous.getId()))
        .max(java.util.Comparator.comparingInt(org.camunda.bpm.engine.repository.ProcessDefinition::getVersion))
        .orElseThrow().getId();
    assertThat(lapseListeners(current)).as("the current version's own, in its BPMN").isEqualTo(1);
  }

  long lapseListeners(String definitionId) {
    var definition = (org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity)
        ((org.camunda.bpm.engine.impl.RepositoryServiceImpl) engine.getRepositoryService())
            .getDeployedProcessDefinition(definitionId);
    return definition.findActivity("Event_UnoReviewLapsed").getListeners("end").stream()
        .filter(l -> l instanceof org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener d
            && "${unoReviewLapsedNotice}".equals(d.getExpressionText()))
        .count();
  }

  @Test
  void aUnoReviewOfThePreviousVersion_keepsTheChairsFourChoices() throws IOException {
    deploy(BEFORE_HAND_BACK);
    ProcessInstance decision = startedBeforeTheUpgrade("সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ");
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    var review = task(decision, TASK_REVIEW_OVERDUE_OFFICE);
    assertThat(candidateGroups(review)).containsExactly("uno-kaliganj");
    complete(review, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27"));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_ExtendDeadline");
    assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-08-27");
  }

  /**
   * The single review of all the UNOs, opened before one review per UNO: still decided as it was, but the UNO who
   * chooses the letter signs it alone, to its own upazila's offices — not one letter per UNO, in a name that did
   * not choose it.
   */
  @Test
  void theSingleUnoReviewOfThePreviousVersion_aUnosLetterIsThatUnosAlone() throws IOException {
    ProcessInstance decision = decidedByKaliganjOnTheSingleReview(Map.of(CHAIR_DECISION, "remind"));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_SendReminderLetter");
    var attachments = engine.getTaskService().getProcessInstanceAttachments(decision.getId());
    assertThat(attachments).as("UNO Kaliganj's letter, none in UNO Sadar's name").singleElement();
    String letter;
    try (var in = engine.getTaskService().getAttachmentContent(attachments.get(0).getId())) {
      letter = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(letter.substring(0, letter.indexOf("অনুলিপি")))
        .contains("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ", "সুন্দরপুর-দুর্গাপুর").doesNotContain("সদর</li>");
    assertThat(variable(decision, UNO_SIGNERS)).as("this letter's alone").isNull();
  }

  /** On the same single review, a UNO who refers the decision to the chair refers it in its own name alone. */
  @Test
  void theSingleUnoReviewOfThePreviousVersion_aReferralIsThatUnosAlone() throws IOException {
    ProcessInstance decision = decidedByKaliganjOnTheSingleReview(
        Map.of(CHAIR_DECISION, "refer", CHAIR_REMARKS, "ইউনিয়ন পরিষদ সাড়া দেয়নি"));
    assertThat((String) variable(decision, ACTIONS_TAKEN))
        .contains("সভাপতির কাছে পাঠানো হয়েছে: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ — ইউনিয়ন পরিষদ সাড়া দেয়নি")
        .doesNotContain("সদর");
  }

  /**
   * A decision of the version with one review for every UNO of the rung, late in a Kaliganj union and at Sadar's
   * assistant programmer: both UNOs have the review, and UNO Kaliganj decides it with the choice given.
   */
  private ProcessInstance decidedByKaliganjOnTheSingleReview(Map<String, Object> choice) throws IOException {
    deploy(BEFORE_ONE_REVIEW_PER_UNO);
    ProcessInstance decision = startedBeforeTheUpgrade("সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ", "সহকারী প্রোগ্রামার, ঝিনাইদহ সদর");
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    var review = task(decision, TASK_REVIEW_OVERDUE_OFFICE);
    assertThat(candidateGroups(review)).containsExactlyInAnyOrder("uno-kaliganj", "uno-sadar");
    try {
      engine.getIdentityService().setAuthentication("uno-kaliganj-user", List.of("uno-kaliganj"));
      complete(review, choice);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return decision;
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.dmn.CachedFeelEngine;
import bd.gov.followup.workflow.DecisionClosing.Kind;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/** Every path of DecisionFollowup, with the real directory; time moves with the engine clock. */
@SpringBootTest
@ActiveProfiles("processtest")
@TestExecutionListeners(listeners = CoverageMeasuredListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
@Import({ProcessEngineCoverageConfiguration.class, DecisionCoverageConfiguration.class})
class DecisionFollowupProcessTest extends ProcessTestSupport {

  static final String AC_ICT = "সহকারী কমিশনার (আইসিটি)";
  static final String AC_EDUCATION = "ও সহকারী কমিশনার, শিক্ষা";
  static final String AC_ICT_NAME = "সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ";
  static final String AC_EDUCATION_NAME = "সহকারী কমিশনার (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ";
  static final String SECRETARY_NAME = "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ";
  /** a Thursday: reminders 7 and 1 working days before fall on 21 and 29 July; Fri and Sat are off */
  static final String DEADLINE = "2026-07-30";
  static final String MEETING = "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩"; // ProcessTestSupport

  /**
   * Camunda keeps 255 characters of a task's name: a committee with a long name still gets its tasks, its name cut
   * at a word, and what tells an office's tasks apart (the office, a report sent back) stays whole.
   */
  @Test
  void aLongCommitteeName_isShortenedInTheTaskName_theOfficeIsNot() {
    String meeting = "জেলা " + "উন্নয়ন সমন্বয় ও পরিবীক্ষণ ".repeat(12) + "কমিটির সভা, ১৯/১১/২০২৩";
    ProcessInstance decision = startDecision(Map.of(MEETING_TITLE, meeting), DEADLINE, AC_ICT);

    String acceptance = task(decision, TASK_ASSIGN_IMPLEMENTER).getName();
    assertThat(acceptance).hasSizeLessThanOrEqualTo(255)
        .startsWith("সিদ্ধান্ত গ্রহণ ও দপ্তর নিশ্চিতকরণ — সিদ্ধান্ত ০৩ — জেলা উন্নয়ন").endsWith("পরিবীক্ষণ…");
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "হালনাগাদ করা হয়েছে");
    verify(decision, "ac-ict", VERDICT_RETURNED, "প্রমাণ দিন");
    runJobsNotAfterNow(decision);
    String returned = task(decision, TASK_REPORT_UPDATE, "ac-ict").getName();
    assertThat(returned).hasSizeLessThanOrEqualTo(255).contains("পরিবীক্ষণ উন্নয়ন", "…")
        .endsWith(" — " + AC_ICT_NAME + " — সংশোধনের জন্য ফেরত");
  }

  @Test
  void officesReportAndAreVerified_decisionImplemented() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);

    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_AssignImplementer", "Event_CheckpointReached");
    Task assign = task(decision, TASK_ASSIGN_IMPLEMENTER);
    assertThat(candidateGroups(assign)).containsExactly("ac-ict");
    // which committee's meeting of which day too: an office in two committees (meeting on the same day, perhaps)
    // would otherwise see tasks that read the same
    assertThat(assign.getName()).isEqualTo("সিদ্ধান্ত গ্রহণ ও দপ্তর নিশ্চিতকরণ — সিদ্ধান্ত ০৩ — %s", MEETING);
    assertThat(JsonVariables.readStrings(variable(decision, OFFICES), OFFICES)).containsExactly("ac-ict", "ac-education");

    accept(decision, DEADLINE);
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).hasSize(2);
    assertThat(task(decision, TASK_REPORT_UPDATE, "ac-education").getName()).contains("সহকারী কমিশনার");

    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(variable(decision, OFFICES_REPORTED)).isEqualTo(2);
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-education")))
        .as("another office's report: the lead and the secretary").containsExactly("ac-ict", "programmer-ict");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-ict")))
        .as("the lead's own report: the secretary alone").containsExactly("programmer-ict");

    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isNotEnded();
    verify(decision, "ac-education", VERDICT_ACCEPTED, "");

    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
    assertThat(historicVariable(decision, OUTCOME)).isEqualTo("implemented");
  }

  /** Decision 05 of the seed minutes: the ICT programmer is the only office, the lead and the secretary. */
  @Test
  void theSecretaryLeadsAndReports_theChairVerifies() {
    ProcessInstance decision = startDecision(DEADLINE, "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ");
    assertThat(variable(decision, LEAD_GROUP)).isEqualTo("programmer-ict");
    accept(decision, DEADLINE);
    report(decision, "programmer-ict", "ওয়েব পোর্টালের কারিগরি সহায়তা দেওয়া হয়েছে");
    Task verify = verifyTaskOf(decision, "programmer-ict");
    assertThat(candidateGroups(verify)).containsExactly("adc-edu-ict");
    // the secretary's users may complete any task; not this one, of their own office
    try {
      engine.getIdentityService().setAuthentication("programmer-deputy", List.of("programmer-ict"));
      assertThatThrownBy(() -> complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, "")))
          .satisfies(refusedFor()).hasMessageContaining(VERDICT)
          .hasMessageContaining("the report is your own office's")
          .hasMessageContaining("verified by: অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    verify(decision, "programmer-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
  }

  /**
   * A committee member may complete any office's task (the secretary enters a report for an office without
   * internet): then neither it nor its office verifies that report, and it cannot hand the verification to anyone
   * else either. The lead does, or the chair.
   */
  @Test
  void aReportTheSecretaryEntered_isVerifiedByTheLeadOrTheChair_notByTheSecretaryNorWhomItHandsItTo() {
    String secretary = member("programmer-ict");
    String colleague = member("programmer-ict");
    String outsider = member("head-ddlg");
    String chair = member("adc-edu-ict");
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    reportAs(secretary, decision, "ac-education");
    Task verify = verifyTaskOf(decision, "ac-education");
    assertThat(candidateGroups(verify)).as("the secretary's office sent it: the lead alone").containsExactly("ac-ict");

    var identity = engine.getIdentityService();
    try {
      for (String user : List.of(secretary, colleague)) {
        identity.setAuthentication(user, List.of("programmer-ict"));
        assertThatThrownBy(() -> complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, ""))).as(user)
            .satisfies(refusedFor()).hasMessageContaining(VERDICT)
            .hasMessageContaining(user.equals(secretary) ? "you sent this report yourself"
                : "a colleague of your office sent this report")
            .hasMessageContaining("verified by: সহকারী কমিশনার (আইসিটি)");
      }
      // an administrator may hand on any task: not past the rule
      identity.clearAuthentication();
      engine.getTaskService().setAssignee(verify.getId(), outsider);
      identity.setAuthentication(outsider, List.of("head-ddlg"));
      assertThatThrownBy(() -> complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, "")))
          .satisfies(refusedFor()).hasMessageContaining("you are not among this report's verifiers")
          .hasMessageContaining("verified by: সহকারী কমিশনার (আইসিটি)")
          .as("the chair may verify it too").hasMessageContaining("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)");
      identity.setAuthentication(chair, List.of("adc-edu-ict"));
      complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, ""));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks(decision, TASK_VERIFY_UPDATE)).as("accepted by the chair").isEmpty();
  }

  /** The secretary leads, and enters another office's report: nobody but the chair is left to verify it. */
  @Test
  void aReportTheLeadingSecretaryEntered_goesToTheChair() {
    ProcessInstance decision = startDecision(DEADLINE, "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ", AC_EDUCATION);
    accept(decision, DEADLINE);
    reportAs(member("programmer-ict"), decision, "ac-education");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-education"))).containsExactly("adc-edu-ict");
  }

  /**
   * A committee member may not send a report that would leave nobody to verify it: the secretary sending the chair's
   * office's report on a decision the secretary leads, or the chair sending the report of the leading secretary.
   */
  @Test
  void aReportThatWouldLeaveNobodyToVerifyIt_isRefusedWhenSent() {
    String programmer = "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ";
    ProcessInstance decision = startDecision(DEADLINE, programmer, "এডিসি (শিক্ষা ও আইসিটি)");
    accept(decision, DEADLINE);
    assertThatThrownBy(() -> reportAs(member("programmer-ict"), decision, "adc-edu-ict"))
        .satisfies(refusedFor()).hasMessageContaining(OFFICE).hasMessageContaining("nobody to verify it");
    assertThatThrownBy(() -> reportAs(member("adc-edu-ict"), decision, "programmer-ict"))
        .satisfies(refusedFor()).hasMessageContaining("nobody to verify it");
    assertThat(tasks(decision, TASK_VERIFY_UPDATE)).isEmpty();

    reportAs(member("adc-edu-ict"), decision, "adc-edu-ict");
    assertThat(candidateGroups(verifyTaskOf(decision, "adc-edu-ict"))).as("its own report: the lead and secretary")
        .containsExactly("programmer-ict");
  }

  /**
   * A change of lead can leave a committee-entered report with nobody outside the sender's offices: then the
   * sender's colleagues verify it, not nobody. And a chair's user who sent a report leaves it to the verifiers, not
   * to the other chair's users.
   */
  @Test
  void aReportLeftWithoutVerifiersByAChangeOfLead_goesToTheSendersColleagues_neverTheSender() {
    String secretary = member("programmer-ict");
    String colleague = member("programmer-ict");
    String chair = member("adc-edu-ict");
    String otherChairUser = member("adc-edu-ict");
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, "এডিসি (শিক্ষা ও আইসিটি)", AC_EDUCATION);
    accept(decision, DEADLINE);
    reportAs(secretary, decision, "adc-edu-ict");
    assertThat(candidateGroups(verifyTaskOf(decision, "adc-edu-ict"))).containsExactly("ac-ict");
    reportAs(chair, decision, "ac-education");
    Task educationVerify = verifyTaskOf(decision, "ac-education");
    var identity = engine.getIdentityService();
    try {
      identity.setAuthentication(otherChairUser, List.of("adc-edu-ict"));
      assertThatThrownBy(() -> complete(educationVerify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, "")))
          .as("a colleague of the chair's user who sent it").satisfies(refusedFor()).hasMessageContaining(VERDICT);
    } finally {
      identity.clearAuthentication();
    }

    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION),
        Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "programmer-ict"));
    runJobsNotAfterNow(decision);
    Task verify = verifyTaskOf(decision, "adc-edu-ict");
    assertThat(candidateGroups(verify)).as("the chair's office reported; the secretary sent it").containsExactly("programmer-ict");
    try {
      identity.setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, "")))
          .as("still not the sender").satisfies(refusedFor()).hasMessageContaining(VERDICT);
      identity.setAuthentication(colleague, List.of("programmer-ict"));
      complete(verify, Map.of(VERDICT, VERDICT_ACCEPTED, RETURN_REASON, ""));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks(decision, TASK_VERIFY_UPDATE)).extracting(t -> office(t)).containsExactly("ac-education");
  }

  // ---- an office asked by mistake says so; the office whose work it is, or one left out, is asked ----

  static final String LGED_NAME = "নির্বাহী প্রকৌশলী, এলজিইডি, ঝিনাইদহ";

  /** The office's «not our office's work», instead of a report, as its form sends it. */
  void notOurWork(ProcessInstance decision, String office, String reason) {
    complete(task(decision, TASK_REPORT_UPDATE, office), Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, reason));
    runJobsNotAfterNow(decision);
  }

  void verify(ProcessInstance decision, String office, String verdict, String reason, List<String> officesToAsk) {
    complete(verifyTaskOf(decision, office), Map.of(VERDICT, verdict, RETURN_REASON, reason,
        OFFICES_TO_ASK, JsonVariables.stringList(officesToAsk)));
  }

  /**
   * AC (Education) was asked by mistake: it says so instead of reporting, its verifier (the lead) agrees and names the
   * LGED, whose work it is. The LGED is asked as the offices at acceptance were (its task, notice and mail, due date,
   * read access, reminders); AC (Education) is neither reminded any more nor needed for the decision to be done.
   */
  @Test
  void anOfficeAskedByMistake_saysSo_theVerifierAgrees_andTheOfficeWhoseWorkItIsIsAsked() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    notOurWork(decision, "ac-education", "শিক্ষা প্রতিষ্ঠানের ভবন এলজিইডি নির্মাণ করে; এটি এলজিইডির কাজ");

    assertThat(variable(decision, OFFICES_REPORTED)).as("no report: nothing counted").isNotEqualTo(1);
    Task verify = verifyTaskOf(decision, "ac-education");
    assertThat(candidateGroups(verify)).as("the same verifiers as a report's").containsExactly("ac-ict", "programmer-ict");
    assertThat(verify.getName()).endsWith(" — " + AC_EDUCATION_NAME + " — প্রত্যাহারের অনুরোধ");
    assertThat(engine.getTaskService().getVariableLocal(verify.getId(), NOT_OUR_WORK_REASON_SHOWN))
        .isEqualTo("শিক্ষা প্রতিষ্ঠানের ভবন এলজিইডি নির্মাণ করে; এটি এলজিইডির কাজ");
    assertThat(engine.getTaskService().getVariableLocal(verify.getId(), VERDICT_OPTIONS).toString())
        .contains(VERDICT_WITHDRAWN, VERDICT_RETURNED).doesNotContain(VERDICT_ACCEPTED);
    assertThat(comments(verify)).as("the verifiers are told what they decide").anySatisfy(c -> assertThat(c)
        .startsWith("প্রত্যাহারের অনুরোধ যাচাই: সিদ্ধান্ত ০৩").contains("এটি এলজিইডির কাজ"));
    assertThatThrownBy(() -> verify(decision, "ac-education", VERDICT_ACCEPTED, ""))
        .as("there is no report to accept").satisfies(refusedFor()).hasMessageContaining(VERDICT);
    assertThatThrownBy(() -> verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of("ac-ict")))
        .as("an office on the decision already, named").satisfies(refusedFor())
        .hasMessageContaining(OFFICES_TO_ASK).hasMessageContaining(AC_ICT_NAME);
    assertThatThrownBy(() -> verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of("no-such-office")))
        .satisfies(refusedFor()).hasMessageContaining(OFFICES_TO_ASK).hasMessageContaining("no-such-office");

    verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of("head-lged"));

    BpmnAwareTests.assertThat(decision).isNotEnded()
        .hasPassed("Task_AskOfficesNamed", "Event_OfficeWithdrawn").hasNotPassed("Event_OfficeDone");
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t))
        .containsExactlyInAnyOrder("ac-ict", "head-lged");
    Task lged = task(decision, TASK_REPORT_UPDATE, "head-lged");
    assertThat(candidateGroups(lged)).containsExactly("head-lged");
    assertThat(lged.getName()).endsWith(" — " + LGED_NAME);
    assertThat(lged.getDueDate()).as("the decision's deadline, as every office's")
        .isEqualTo(task(decision, TASK_REPORT_UPDATE, "ac-ict").getDueDate());
    assertThat(comments(lged)).as("asked, and told in whose place").singleElement().asString()
        .startsWith("তথ্য প্রদানের অনুরোধ: সিদ্ধান্ত ০৩").contains(AC_EDUCATION_NAME + " জানিয়েছে কাজটি তাদের নয়");
    assertThat(readGrants(decision, "head-lged")).as("it reads the decision, as every office asked").isEqualTo(1);
    assertThat(JsonVariables.readStrings(variable(decision, OFFICES), OFFICES))
        .containsExactly("ac-ict", "ac-education", "head-lged");
    assertThat(JsonVariables.readStrings(variable(decision, OFFICES_WITHDRAWN), OFFICES_WITHDRAWN))
        .containsExactly("ac-education");
    assertThat(variable(decision, OFFICES_ASKED)).isEqualTo(3);
    assertThat((String) variable(decision, ACTIONS_TAKEN))
        .contains("দপ্তর যুক্ত: " + LGED_NAME + " (" + AC_EDUCATION_NAME + " এর পরিবর্তে)")
        .contains("দপ্তর প্রত্যাহৃত: " + AC_EDUCATION_NAME + " — শিক্ষা প্রতিষ্ঠানের ভবন");
    assertThat(notices(decision)).as("the withdrawn office has no task left to read it on").anySatisfy(n -> {
      assertThat(n.group()).isEqualTo("ac-education");
      assertThat(n.subject()).startsWith("দপ্তরের অংশ প্রত্যাহৃত: সিদ্ধান্ত ০৩");
      assertThat(n.text()).contains(LGED_NAME);
    });

    // the reminders go to the offices that still owe a report, never the withdrawn one
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, REMINDERS_SENT)).as("AC (ICT) and the LGED").isEqualTo(2);
    assertThat(commentsSinceAssigned(task(decision, TASK_REPORT_UPDATE, "head-lged")))
        .singleElement().asString().startsWith("তাগিদ: সিদ্ধান্ত ০৩");
    assertThat(notices(decision)).filteredOn(n -> "ac-education".equals(n.group())).hasSize(1);

    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    report(decision, "head-lged", "ভবনের তথ্য পোর্টালে দেওয়া হয়েছে");
    assertThat(candidateGroups(verifyTaskOf(decision, "head-lged"))).containsExactly("ac-ict", "programmer-ict");
    verify(decision, "head-lged", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
  }

  /**
   * The LGED, asked in AC (Education)'s place, shows that the work was AC (Education)'s after all: agreeing, the
   * verifier asks the withdrawn office again. Its new part is asked as any office's (its task, its notice); it is no
   * longer counted withdrawn (the review's count, the decision's last office), its withdrawn part stays in the record,
   * and, on the decision again, it is refused a second time, named.
   */
  @Test
  void aWithdrawnOffice_isAskedAgain_andItsNewPartCountsAsAnyOffices() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    notOurWork(decision, "ac-education", "শিক্ষা প্রতিষ্ঠানের ভবন এলজিইডি নির্মাণ করে; এটি এলজিইডির কাজ");
    verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of("head-lged"));
    notOurWork(decision, "head-lged", "ভবন নয়, পোর্টালের তথ্য চাওয়া হয়েছে: এটি শিক্ষা শাখার কাজ");

    verify(decision, "head-lged", VERDICT_WITHDRAWN, "", List.of("ac-education"));

    Task again = task(decision, TASK_REPORT_UPDATE, "ac-education");
    assertThat(comments(again)).as("asked, and told in whose place").singleElement().asString()
        .startsWith("তথ্য প্রদানের অনুরোধ: সিদ্ধান্ত ০৩").contains(LGED_NAME);
    assertThat(JsonVariables.readStrings(variable(decision, OFFICES), OFFICES)).as("each office once, in order")
        .containsExactly("ac-ict", "ac-education", "head-lged");
    assertThat(JsonVariables.readStrings(variable(decision, OFFICES_WITHDRAWN), OFFICES_WITHDRAWN))
        .containsExactly("head-lged");
    assertThat(variable(decision, OFFICES_ASKED)).as("AC (ICT), AC (Education) and the LGED").isEqualTo(3);
    assertThatThrownBy(() -> officesAskedLater.askOver(decision.getId(), List.of("ac-education"), "সদস্য-সচিব"))
        .as("on the decision again").isInstanceOf(BadUserRequestException.class).hasMessageContaining(AC_EDUCATION_NAME)
        .hasMessageContaining("already on this decision");

    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).as("AC (Education) owes its report again").isNotEnded();
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য পোর্টালে দেওয়া হয়েছে");
    verify(decision, "ac-education", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
  }

  /** The verifier does not agree: the office reads why, and reports after all. */
  @Test
  void theVerifierDisagrees_andTheOfficeReportsAfterAll() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThatThrownBy(() -> verify(decision, "ac-ict", VERDICT_WITHDRAWN, ""))
        .as("an office that reported is not withdrawn").satisfies(refusedFor()).hasMessageContaining(VERDICT);
    assertThat(engine.getTaskService().getVariableLocal(verifyTaskOf(decision, "ac-ict").getId(), VERDICT_OPTIONS)
        .toString()).contains(VERDICT_ACCEPTED, VERDICT_RETURNED).doesNotContain(VERDICT_WITHDRAWN);
    assertThatThrownBy(() -> complete(task(decision, TASK_REPORT_UPDATE, "ac-education"),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, " ")))
        .as("the reason is required").satisfies(refusedFor()).hasMessageContaining(NOT_OUR_WORK_REASON);
    notOurWork(decision, "ac-education", "আমাদের নয়");
    assertThatThrownBy(() -> verify(decision, "ac-education", VERDICT_RETURNED, ""))
        .satisfies(refusedFor()).hasMessageContaining(RETURN_REASON);

    verify(decision, "ac-education", VERDICT_RETURNED, "শিক্ষা প্রতিষ্ঠানের তথ্য আপনার শাখাই দেবে");

    BpmnAwareTests.assertThat(decision).hasNotPassed("Event_OfficeWithdrawn");
    Task again = task(decision, TASK_REPORT_UPDATE, "ac-education");
    assertThat(again.getName()).endsWith(" — সংশোধনের জন্য ফেরত");
    assertThat(engine.getTaskService().getVariable(again.getId(), NOT_OUR_WORK)).as("the box starts unticked")
        .isEqualTo(false);
    assertThat(engine.getTaskService().getVariable(again.getId(), RETURN_REASON))
        .isEqualTo("শিক্ষা প্রতিষ্ঠানের তথ্য আপনার শাখাই দেবে");
    assertThat(instanceComments(decision)).anySatisfy(c -> assertThat(c)
        .startsWith("প্রত্যাহারের অনুরোধ ফেরত: সিদ্ধান্ত ০৩").contains("শিক্ষা প্রতিষ্ঠানের তথ্য আপনার শাখাই দেবে"));
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(engine.getTaskService().getVariableLocal(verifyTaskOf(decision, "ac-education").getId(), VERDICT_OPTIONS)
        .toString()).contains(VERDICT_ACCEPTED);
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    verify(decision, "ac-education", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
  }

  /**
   * Its only office says the work is not its own: agreeing, the verifier names the office whose it is, or the decision
   * would be implemented by nobody. The other offices being done, a withdrawal implements the decision.
   */
  @Test
  void theDecisionsOnlyOffice_isWithdrawnOnlyInFavourOfAnother_andAWithdrawalCanImplementTheDecision() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    notOurWork(decision, "ac-ict", "সিদ্ধান্তটি শিক্ষা শাখার");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-ict"))).as("the lead's own: the secretary")
        .containsExactly("programmer-ict");
    assertThatThrownBy(() -> verify(decision, "ac-ict", VERDICT_WITHDRAWN, "", List.of()))
        .satisfies(refusedFor()).hasMessageContaining(OFFICES_TO_ASK).hasMessageContaining("no other office");

    verify(decision, "ac-ict", VERDICT_WITHDRAWN, "", List.of("ac-education"));
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    // while verifying, the lead asks an office the lead forgot at acceptance: besides, in nobody's place
    verify(decision, "ac-education", VERDICT_ACCEPTED, "", List.of("head-lged"));
    BpmnAwareTests.assertThat(decision).isNotEnded();
    Task lged = task(decision, TASK_REPORT_UPDATE, "head-lged");
    assertThat(comments(lged)).singleElement().asString().contains("আগে যুক্ত ছিল না");
    assertThat(engine.getTaskService().getVariable(lged.getId(), ASKED_INSTEAD_OF)).isEqualTo("");

    notOurWork(decision, "head-lged", "এলজিইডির কাজ নয়");
    verify(decision, "head-lged", VERDICT_WITHDRAWN, "");
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
    assertThat(historicVariable(decision, OUTCOME)).isEqualTo("implemented");
  }

  /**
   * A withdrawn office is not late: the escalation names the offices that still owe a report, never it; the office
   * asked in its place is late with the others, and told so.
   */
  @Test
  void aWithdrawnOffice_isNotEscalatedWhenTheDeadlinePasses_theOfficeAskedInItsPlaceIs() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    notOurWork(decision, "ac-education", "আমাদের নয়");
    verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of("head-lged"));

    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_FindLateOffices").isWaitingAt("Task_ReviewOverdueDecision");
    ObjectValue routes = engine.getRuntimeService().getVariableTyped(decision.getId(), ESCALATION_ROUTES, false);
    assertThat(routes.getValueSerialized()).contains("\"office\":\"ac-ict\"", "\"office\":\"head-lged\"")
        .doesNotContain("ac-education");
    assertThat(commentsSinceAssigned(task(decision, TASK_REPORT_UPDATE, "head-lged")))
        .as("its reminders and the escalation's notice, as AC (ICT)'s")
        .hasSameSizeAs(commentsSinceAssigned(task(decision, TASK_REPORT_UPDATE, "ac-ict")));
    assertThat(notices(decision)).filteredOn(n -> "ac-education".equals(n.group())).as("only its withdrawal")
        .singleElement().satisfies(n -> assertThat(n.subject()).startsWith("দপ্তরের অংশ প্রত্যাহৃত"));
  }

  /**
   * The chair's review counts the offices that owe the decision a report: a withdrawn office was asked by mistake, and
   * the form must not read "১/২" when the only office left has reported.
   */
  @Test
  void theChairsReview_countsAWithdrawnOfficeOutOfTheOfficesAsked() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    notOurWork(decision, "ac-education", "আমাদের নয়");
    verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of());
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("০/১ দপ্তর প্রতিবেদন দিয়েছে");

    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("১/১ দপ্তর প্রতিবেদন দিয়েছে");
  }

  /**
   * An office asked over the API (POST …/offices) while the chair reviews the late decision owes its report at once:
   * the review form's pending offices and progress name it, as when a verifier asks it.
   */
  @Test
  void anOfficeAskedOverTheApi_whileTheChairReviews_isAmongTheReviewsPendingOffices() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);

    assertThat(officesAskedLater.askOver(decision.getId(), List.of("head-lged"), "সদস্য-সচিব"))
        .isEqualTo(OfficesAskedLater.Outcome.ASKED);

    assertThat(engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT)).asString()
        .contains(EDUCATION_NAME, LGED_NAME);
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("১/৩ দপ্তর প্রতিবেদন দিয়েছে");
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "head-lged"))).as("told who asked it: not a verifier")
        .singleElement().asString().contains("আগে যুক্ত ছিল না; সদস্য-সচিব এখন যুক্ত করেছেন");
  }

  @org.springframework.beans.factory.annotation.Autowired OfficesAskedLater officesAskedLater;

  /**
   * An office whose «not our work» waits for its verifier has sent no report: the chair's review says so beside its
   * name among the offices awaiting verification.
   */
  @Test
  void theChairsReview_saysWhichWaitingOfficeAsksToBeWithdrawn() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    notOurWork(decision, "ac-education", "আমাদের নয়");

    assertThat(engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT))
        .isEqualTo("— (সকল দপ্তর দাখিল করেছে; যাচাইয়ের অপেক্ষায় / all reported; awaiting verification: " + ICT_NAME
            + "; " + EDUCATION_NAME + " (প্রত্যাহারের অনুরোধ / asks to be withdrawn))");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    assertThat(engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT))
        .isEqualTo("— (সকল দপ্তর দাখিল করেছে; যাচাইয়ের অপেক্ষায় / all reported; awaiting verification: "
            + EDUCATION_NAME + " (প্রত্যাহারের অনুরোধ / asks to be withdrawn))");
  }

  /**
   * An office that reported, had it sent back, and then said the work is not its own is out of the counts once
   * withdrawn: the chair's review does not read the other office's missing report as given.
   */
  @Test
  void anOfficeThatReportedBeforeItWasWithdrawn_isNoLongerCountedAsReported() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য");
    verify(decision, "ac-education", VERDICT_RETURNED, "লিংক নেই");
    notOurWork(decision, "ac-education", "কাজটি আমাদের নয়");
    verify(decision, "ac-education", VERDICT_WITHDRAWN, "", List.of());
    assertThat(variable(decision, OFFICES_REPORTED)).isEqualTo(0);

    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("০/১ দপ্তর প্রতিবেদন দিয়েছে");
  }

  /** A user of the given office, in Camunda's identity store (the verifiers leave out the sender's offices). */
  String member(String office) {
    String id = office + "-user-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var identity = engine.getIdentityService();
    identity.saveUser(identity.newUser(id));
    identity.createMembership(id, office);
    return id;
  }

  void reportAs(String user, ProcessInstance decision, String office) {
    Task report = task(decision, TASK_REPORT_UPDATE, office);
    try {
      engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery()
          .groupMember(user).list().stream().map(g -> g.getId()).toList());
      complete(report, Map.of(UPDATE_SUMMARY, "হালনাগাদ তথ্য, সচিবের মাধ্যমে", EVIDENCE_LINK, "", REMARKS, ""));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobsNotAfterNow(decision);
  }

  /** A lead that the minutes named wrongly says "not ours": the secretary names another, who is asked afresh. */
  @Test
  void theLeadHandsTheDecisionBack_andTheSecretaryNamesAnother() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    Task assign = task(decision, TASK_ASSIGN_IMPLEMENTER);
    assertThatThrownBy(() -> complete(assign, Map.of(LEAD_DECLINED, true, DECLINE_REASON, " ")))
        .as("a reason is needed").satisfies(refusedFor()).hasMessageContaining(DECLINE_REASON);
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, false)))
        .as("neither accepted nor handed back").satisfies(refusedFor()).hasMessageContaining(ACCEPTED);
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, true, LEAD_DECLINED, true, DECLINE_REASON, "দুটোই")))
        .as("both accepted and handed back").satisfies(refusedFor())
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e))
            .hasMessageStartingWith(LEAD_DECLINED + ": ").hasMessageContaining("not both"));

    // as a REST client may send it: the text "true", the same answer for the listener and the gateway
    complete(assign, Map.of(LEAD_DECLINED, "true", DECLINE_REASON, "শিক্ষা শাখার কাজ; সহকারী কমিশনার (শিক্ষা) করবেন"));
    assertThat(variable(decision, LEAD_DECLINED)).isEqualTo(true);
    BpmnAwareTests.assertThat(decision).hasPassed("Gateway_LeadAccepted").isWaitingAt(
        "Task_ResolveUnknownImplementer", "Event_CheckpointReached");
    Task resolve = task(decision, TASK_RESOLVE_UNKNOWN_IMPLEMENTER);
    assertThat(candidateGroups(resolve)).containsExactly("programmer-ict");
    assertThat((String) variable(decision, DECLINED_TEXT)).contains(AC_ICT, "শিক্ষা শাখার কাজ");
    assertThat(variable(decision, LEAD_GROUP)).as("no lead until the secretary names one").isNull();
    assertThat(instanceComments(decision)).as("the secretary hears of it now").anySatisfy(c -> assertThat(c)
        .startsWith("মূল বাস্তবায়নকারী ফেরত দিয়েছে: সিদ্ধান্ত ০৩").contains("শিক্ষা শাখার কাজ"));
    assertThat(comments(resolve)).as("told once, by the hand-back's notice")
        .noneMatch(c -> c.startsWith("বাস্তবায়নকারী নির্ধারণের অনুরোধ"));

    complete(resolve, Map.of(OFFICES, "[\"ac-education\"]", LEAD_GROUP, "ac-education"));
    assertThat(((String) variable(decision, ACTIONS_TAKEN)).lines()).as("the hand-back and the new lead, dated")
        .containsExactly("মূল বাস্তবায়নকারী ফেরত দিয়েছে: " + AC_ICT_NAME
                + " — শিক্ষা শাখার কাজ; সহকারী কমিশনার (শিক্ষা) করবেন (০১/০৭/২০২৬)",
            "মূল বাস্তবায়নকারী নির্ধারণ: সহকারী কমিশনার (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ (সদস্য-সচিব, ০১/০৭/২০২৬)");
    Task again = task(decision, TASK_ASSIGN_IMPLEMENTER);
    assertThat(candidateGroups(again)).containsExactly("ac-education");
    assertThat(engine.getTaskService().getVariable(again.getId(), LEAD_DECLINED)).as("a fresh form").isEqualTo(false);
    accept(decision, DEADLINE);
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t)).containsExactly("ac-education");
    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-education")))
        .as("the named lead's own report: the secretary, not the office that handed it back").containsExactly("programmer-ict");
  }

  /**
   * The chair gives a decision its lead never accepted to another office: the acceptance moves with its grant, so the
   * former lead no longer sees or completes it (from the link in its earlier mail, or over REST). Camunda keeps a
   * candidate group's task grant when the group is removed; the reassignment revokes it.
   */
  @Test
  void aDecisionReassigned_isNoLongerTheFormerLeadsToAccept() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    // a clerk of the lead had claimed it: a claim grants the clerk the task of their own
    String clerk = member("ac-ict");
    engine.getTaskService().claim(task(decision, TASK_ASSIGN_IMPLEMENTER).getId(), clerk);
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION),
        Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "ac-education"));
    Task assign = task(decision, TASK_ASSIGN_IMPLEMENTER);
    assertThat(candidateGroups(assign)).containsExactly("ac-education");
    assertThat(assign.getAssignee()).isNull();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(clerk).resourceId(assign.getId())
        .count()).as("the clerk's own grants, on the task and its history").isZero();
    var authorizations = engine.getAuthorizationService();
    assertThat(authorizations.createAuthorizationQuery().resourceType(
        org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(assign.getId()).list())
        .extracting(org.camunda.bpm.engine.authorization.Authorization::getGroupId)
        .contains("ac-education").doesNotContain("ac-ict");
    // what an office holds in the application, so that only the task's own grant is in question
    var read = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    read.setGroupId("ac-ict");
    read.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    read.setResourceId(DECISION_PROCESS);
    read.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    authorizations.saveAuthorization(read);
    var identity = engine.getIdentityService();
    try {
      identity.setAuthentication(clerk, List.of("ac-ict"));
      assertThat(engine.getTaskService().createTaskQuery().taskId(assign.getId()).count()).isZero();
      assertThatThrownBy(() -> engine.getTaskService().complete(assign.getId(),
          Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", DEADLINE_DAY, "২০/০৮/২০২৬")))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
      authorizations.deleteAuthorization(read.getId());
    }
    assertThat(variable(decision, ACCEPTED)).isNotEqualTo(true);
    assertThat(variable(decision, LEAD_GROUP)).isEqualTo("ac-education");
  }

  /** Handed back and still with the secretary when the deadline passes: the chair reads who holds it up. */
  @Test
  void handedBackPastTheDeadline_theChairReadsThatTheSecretaryIsToNameTheLead() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    complete(task(decision, TASK_ASSIGN_IMPLEMENTER), Map.of(LEAD_DECLINED, true, DECLINE_REASON, "শিক্ষা শাখার কাজ"));
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT))
        .isEqualTo("সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায় / waiting for the secretary to name the lead");
    assertThat(engine.getTaskService().getVariable(review.getId(), LEAD_TEXT)).asString().startsWith("— (সদস্য-সচিব");
    // the secretary's naming would overwrite a new lead the chair set now
    assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "ac-education")))
        .satisfies(refusedFor()).hasMessageContaining(NEW_LEAD_GROUP).hasMessageContaining("the secretary is naming");
    // nor a letter: it would ask the committee's own secretary for an update
    assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "remind")))
        .satisfies(refusedFor()).hasMessageContaining(CHAIR_DECISION).hasMessageContaining("no office owes a report");
    assertThat(variable(decision, LEAD_GROUP)).isNull();
  }

  /** The lead knows an office the minutes' wording did not name: it adds it from the directory on accepting. */
  @Test
  void theLeadAddsAnOfficeTheDirectoryDidNotPropose() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    Task assign = task(decision, TASK_ASSIGN_IMPLEMENTER);
    assertThat(String.valueOf(engine.getTaskService().getVariable(assign.getId(), ALL_OFFICE_OPTIONS)))
        .as("the form offers the directory").contains("ac-education", "uno-kaliganj");
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", MORE_OFFICES,
        "[\"no-such-office\"]", ProcessVariables.DEADLINE, DEADLINE)))
        .satisfies(refusedFor()).hasMessageContaining(MORE_OFFICES);

    complete(assign, Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", MORE_OFFICES, "[\"ac-education\", \"ac-ict\"]",
        ProcessVariables.DEADLINE, DEADLINE));
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t))
        .containsExactlyInAnyOrder("ac-ict", "ac-education");
    assertThat(variable(decision, OFFICES_ASKED)).isEqualTo(2);
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), MORE_OFFICES)).as("kept in offices").isNull();
  }

  /** A later meeting closes the decision mid-work: the work, the watch and its timer end, the reason stays. */
  @Test
  void aLaterMeetingClosesTheDecisionWithAReason() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThatThrownBy(() -> closing.close(decision.getId(), " ", "next.meeting", "carriedOverCloseReason"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("carriedOverCloseReason");

    assertThat(closing.close(decision.getId(), "পোর্টাল প্রকল্পে অন্তর্ভুক্ত; আর প্রয়োজন নেই", "next.meeting", "reason"))
        .isTrue();

    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_CloseRequested", "Event_ClosedWithReason")
        .hasNotPassed("Event_ClosedNotImplemented", "Event_DecisionImplemented");
    assertThat(historicVariable(decision, OUTCOME)).isEqualTo("closed-not-implemented");
    assertThat(historicVariable(decision, CLOSE_REASON)).isEqualTo("পোর্টাল প্রকল্পে অন্তর্ভুক্ত; আর প্রয়োজন নেই");
    assertThat(historicVariable(decision, CLOSED_AT_MEETING)).isEqualTo("next.meeting");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision.getId()).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).count()).isZero();
    // whoever still had work is told why its task went: the lead (ac-ict, its report awaiting verification) and
    // ac-education, yet to report
    assertThat(instanceComments(decision)).filteredOn(c -> c.startsWith("সিদ্ধান্ত বন্ধ: সিদ্ধান্ত ০৩")).hasSize(2)
        .allSatisfy(c -> assertThat(c).contains("কারণ: পোর্টাল প্রকল্পে অন্তর্ভুক্ত; আর প্রয়োজন নেই"))
        .anySatisfy(c -> assertThat(c).contains(AC_ICT_NAME)).anySatisfy(c -> assertThat(c).contains(AC_EDUCATION_NAME));
    assertThat(closing.close(decision.getId(), "আবার", "next.meeting", "reason")).as("already settled").isFalse();
  }

  /**
   * The later meeting declares the decision implemented (its minutes say so), or continues it under a decision of
   * its own: the decision ends that way, not as "not implemented", and whoever still had work is told how.
   */
  @Test
  void aLaterMeetingDeclaresTheDecisionImplemented_orContinuesIt() {
    ProcessInstance declared = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(declared, DEADLINE);
    assertThat(closing.close(declared.getId(), "এ সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত", "next.meeting", "reason",
        "সদস্য-সচিব", DecisionClosing.Kind.IMPLEMENTED)).isTrue();
    BpmnAwareTests.assertThat(declared).isEnded()
        .hasPassed("Event_CloseRequested", "Gateway_HowSettled", "Event_DeclaredImplemented")
        .hasNotPassed("Event_ClosedWithReason", "Event_ContinuedByLaterDecision", "Event_DecisionImplemented");
    assertThat(historicVariable(declared, OUTCOME)).isEqualTo("implemented");
    assertThat(instanceComments(declared)).filteredOn(c -> c.startsWith("সিদ্ধান্ত বাস্তবায়িত হিসেবে নিষ্পন্ন: ")).hasSize(2)
        .allSatisfy(c -> assertThat(c).contains("পরবর্তী সভার ঘোষণা অনুযায়ী বাস্তবায়িত হিসেবে নিষ্পন্ন করা হয়েছে",
            "কারণ: এ সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত"))
        .as("the lead, and the office yet to report").anySatisfy(c -> assertThat(c).contains(AC_ICT_NAME))
        .anySatisfy(c -> assertThat(c).contains(AC_EDUCATION_NAME));

    ProcessInstance continued = startDecision(DEADLINE, AC_ICT);
    accept(continued, DEADLINE);
    assertThat(closing.close(continued.getId(), "এ সভার সিদ্ধান্ত ০২-এ অব্যাহত", "next.meeting", "reason", null,
        DecisionClosing.Kind.CONTINUED)).isTrue();
    BpmnAwareTests.assertThat(continued).isEnded()
        .hasPassed("Event_CloseRequested", "Gateway_HowSettled", "Event_ContinuedByLaterDecision")
        .hasNotPassed("Event_ClosedWithReason", "Event_DeclaredImplemented");
    assertThat(historicVariable(continued, OUTCOME)).isEqualTo("continued");
    assertThat(instanceComments(continued)).anySatisfy(c -> assertThat(c)
        .startsWith("সিদ্ধান্ত পরবর্তী সভার সিদ্ধান্তে অব্যাহত: ").contains("কাজ চলবে পরবর্তী সভার সিদ্ধান্তের আওতায়"));
    assertThatThrownBy(() -> DecisionClosing.Kind.of("done", "/outcome"))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("/outcome: «done» নয়");
  }

  @org.springframework.beans.factory.annotation.Autowired DecisionClosing closing;
  @org.springframework.beans.factory.annotation.Autowired PendingOffices pendingOffices;

  /**
   * Two officials close the same decision at once over the API: the one whose close the engine breaks off because the
   * other's ended the decision meanwhile (on PostgreSQL an engine NullPointerException, seen in CI) is told the
   * decision is no longer open; a failure that leaves the decision open is not hidden.
   */
  @Test
  void aCloseThatLosesTheRaceToAnother_isToldTheDecisionIsNotOpen() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    DecisionClosing losing = new DecisionClosing(engine.getRuntimeService(), pendingOffices) {
      @Override
      protected void correlate(String id, String reason, String atMeeting, String closedBy, Kind kind) {
        closing.close(id, "অন্য কর্মকর্তা একই সময়ে বন্ধ করেছেন", atMeeting, "reason"); // the other official's close
        throw new NullPointerException("PvmExecutionImpl.getProcessInstance() is null"); // as the engine breaks off
      }
    };
    assertThat(losing.closeUnlessClosedMeanwhile(decision.getId(), "একই সময়ে", "next.meeting", "/reason", null, Kind.NOT_IMPLEMENTED)).isFalse();
    assertThat(historicVariable(decision, CLOSE_REASON)).isEqualTo("অন্য কর্মকর্তা একই সময়ে বন্ধ করেছেন");

    ProcessInstance stillOpen = startDecision(DEADLINE, AC_ICT);
    DecisionClosing failing = new DecisionClosing(engine.getRuntimeService(), pendingOffices) {
      @Override
      protected void correlate(String id, String reason, String atMeeting, String closedBy, Kind kind) {
        throw new IllegalStateException("database unreachable");
      }
    };
    assertThatThrownBy(() -> failing.closeUnlessClosedMeanwhile(stillOpen.getId(), "কারণ", null, "/reason", null, Kind.NOT_IMPLEMENTED))
        .hasMessage("database unreachable");
    BpmnAwareTests.assertThat(stillOpen).isNotEnded();
    assertThatThrownBy(() -> failing.closeUnlessClosedMeanwhile(stillOpen.getId(), " ", null, "/reason", null, Kind.NOT_IMPLEMENTED))
        .isInstanceOf(BadUserRequestException.class);
  }

  /**
   * One official's words reach another's form as typed: the lead's note, an office's report and a verifier's reason
   * are escaped for the forms' Markdown, so no link or heading of theirs appears there as the application's.
   */
  @Test
  void wordsOfficialsTyped_reachTheNextFormAsTyped_notAsMarkdown() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    Task assign = task(decision, TASK_ASSIGN_IMPLEMENTER);
    complete(assign, Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\", \"ac-education\"]", ProcessVariables.DEADLINE,
        DEADLINE, ASSIGNMENT_NOTE, "[এখানে যাচাই করুন](https://evil.example/login)\n## সভাপতির নির্দেশ"));
    Task report = task(decision, TASK_REPORT_UPDATE, "ac-education");
    assertThat(engine.getTaskService().getVariableLocal(report.getId(), ASSIGNMENT_NOTE_SHOWN))
        .isEqualTo("\\[এখানে যাচাই করুন\\](https://evil.example/login)\n\\## সভাপতির নির্দেশ");
    assertThat(engine.getFormService().getDeployedTaskForm(report.getId())).asString(java.nio.charset.StandardCharsets.UTF_8)
        .contains("{{assignmentNoteShown}}").doesNotContain("{{assignmentNote}}");

    complete(report, Map.of(UPDATE_SUMMARY, "**সম্পন্ন** <b>পুরোপুরি</b>", EVIDENCE_LINK, "", REMARKS, "[লিংক](x)"));
    runJobsNotAfterNow(decision);
    Task verify = verifyTaskOf(decision, "ac-education");
    assertThat(engine.getTaskService().getVariableLocal(verify.getId(), UPDATE_SUMMARY_SHOWN))
        .isEqualTo("\\*\\*সম্পন্ন\\*\\* \\<b\\>পুরোপুরি\\</b\\>");
    assertThat(engine.getTaskService().getVariableLocal(verify.getId(), REMARKS_SHOWN)).isEqualTo("\\[লিংক\\](x)");
    assertThat(engine.getTaskService().getVariableLocal(verify.getId(), EVIDENCE_SHOWN)).as("no link given: a dash")
        .isEqualTo("—");
    assertThat(engine.getTaskService().getVariableLocal(verify.getId(), EARLIER_RETURN_REASON_SHOWN))
        .as("a first report was never sent back").isNull();
    complete(verify, Map.of(VERDICT, VERDICT_RETURNED, RETURN_REASON, "# আবার দিন"));
    assertThat(engine.getTaskService().getVariableLocal(task(decision, TASK_REPORT_UPDATE, "ac-education").getId(),
        RETURN_REASON_SHOWN)).isEqualTo("\\# আবার দিন");
  }

  @Test
  void reportSentBack_goesBackToThatOfficeOnly_andIsResubmitted() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    String educationTaskBefore = task(decision, TASK_REPORT_UPDATE, "ac-education").getId();

    report(decision, "ac-ict", "কিছু তথ্য দেওয়া হয়েছে");
    verify(decision, "ac-ict", VERDICT_RETURNED, "সিটিজেন চার্টারের লিংক নেই");

    Task again = task(decision, TASK_REPORT_UPDATE, "ac-ict");
    assertThat(instanceComments(decision)).as("the office is told, with the reason").anySatisfy(c -> assertThat(c)
        .startsWith("প্রতিবেদন ফেরত: সিদ্ধান্ত ০৩").contains("সিটিজেন চার্টারের লিংক নেই", AC_ICT));
    assertThat(engine.getTaskService().getVariable(again.getId(), RETURN_REASON)).isEqualTo("সিটিজেন চার্টারের লিংক নেই");
    assertThat(engine.getTaskService().getVariable(again.getId(), UPDATE_SUMMARY)).isEqualTo("কিছু তথ্য দেওয়া হয়েছে");
    assertThat(task(decision, TASK_REPORT_UPDATE, "ac-education").getId()).isEqualTo(educationTaskBefore);
    assertThat(again.getName()).as("the list shows it is the report sent back, not a new request")
        .endsWith(" — সংশোধনের জন্য ফেরত");
    assertThat(task(decision, TASK_REPORT_UPDATE, "ac-education").getName()).doesNotContain("ফেরত");

    report(decision, "ac-ict", "সিটিজেন চার্টারসহ সব তথ্য হালনাগাদ");
    assertThat(variable(decision, OFFICES_REPORTED)).as("a resubmission is not a second office").isEqualTo(1);
    assertThat(engine.getTaskService().getVariableLocal(verifyTaskOf(decision, "ac-ict").getId(),
        EARLIER_RETURN_REASON_SHOWN)).as("the verifier reads why it came back").isEqualTo("সিটিজেন চার্টারের লিংক নেই");
    assertThat(engine.getTaskService().getVariables(verifyTaskOf(decision, "ac-ict").getId(),
        List.of(VERDICT, RETURN_REASON))).as("the verifier starts fresh, without the last verdict")
        .containsEntry(VERDICT, "").containsEntry(RETURN_REASON, "");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t)).containsExactly("ac-education");
  }

  @Test
  void aReportLongerThanTheTextColumn_isKeptWhole_andAShorterOneReplacesIt() {
    // Camunda's string column holds 4,000 characters; an office writes as much as it has to say
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    String longSummary = "ইউনিয়ন পরিষদের ওয়েব পোর্টালে সেবার তালিকা ও সিটিজেন চার্টার হালনাগাদ করা হয়েছে। ".repeat(100);
    assertThat(longSummary.length()).isGreaterThan(2 * bd.gov.followup.db.LongStringSerializer.TEXT_COLUMN_LENGTH);
    report(decision, "ac-ict", longSummary);

    Task verify = verifyTaskOf(decision, "ac-ict");
    assertThat(engine.getTaskService().getVariableTyped(verify.getId(), UPDATE_SUMMARY).getType())
        .isEqualTo(org.camunda.bpm.engine.variable.type.ValueType.STRING);
    assertThat(engine.getTaskService().getVariable(verify.getId(), UPDATE_SUMMARY)).isEqualTo(longSummary);
    verify(decision, "ac-ict", VERDICT_RETURNED, "সংক্ষেপে লিখুন");
    // as Tasklist sends a form: submit-form, which also records each field as a form property in the history
    engine.getFormService().submitTaskForm(task(decision, TASK_REPORT_UPDATE, "ac-ict").getId(), Map.of(
        UPDATE_SUMMARY, longSummary + "আবার।", EVIDENCE_LINK, "https://ac-ict.jhenaidah.gov.bd/", REMARKS, ""));
    runJobsNotAfterNow(decision);
    assertThat(engine.getTaskService().getVariable(verifyTaskOf(decision, "ac-ict").getId(), UPDATE_SUMMARY))
        .isEqualTo(longSummary + "আবার।");
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(decision.getId()).formFields()
        .list().stream().map(d -> (org.camunda.bpm.engine.history.HistoricFormField) d)
        .filter(f -> UPDATE_SUMMARY.equals(f.getFieldId())).map(f -> f.getFieldValue().toString()))
        .as("the form's record of the field fits its column; the variable above is whole")
        .singleElement().satisfies(v -> assertThat(v).hasSize(4000).endsWith("…").startsWith(longSummary.substring(0, 100)));
    verify(decision, "ac-ict", VERDICT_RETURNED, "সংক্ষেপে লিখুন");
    report(decision, "ac-ict", "সংক্ষেপে: হালনাগাদ সম্পন্ন");

    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(decision.getId())
        .variableUpdates().list().stream()
        .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
        .filter(d -> UPDATE_SUMMARY.equals(d.getVariableName()) && d.getValue() != null && !"".equals(d.getValue()))
        .map(d -> d.getValue()))
        .as("the history keeps every report whole")
        .containsExactly(longSummary, longSummary + "আবার।", "সংক্ষেপে: হালনাগাদ সম্পন্ন");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded();
  }

  @Test
  void badInputOnForms_isRefusedWithTheField() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    Task assign = task(decision, TASK_ASSIGN_IMPLEMENTER);
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, true, OFFICES, JsonVariables.stringList(List.of()), ProcessVariables.DEADLINE, DEADLINE)))
        .satisfies(refusedFor()).hasMessageContaining(OFFICES);
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, true, OFFICES, "[\"no-such-office\"]", ProcessVariables.DEADLINE, DEADLINE)))
        .satisfies(refusedFor()).hasMessageContaining("no-such-office");
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, false, ProcessVariables.DEADLINE, DEADLINE)))
        .satisfies(refusedFor()).hasMessageContaining(ACCEPTED);
    assertThatThrownBy(() -> complete(assign, Map.of(ACCEPTED, true, ProcessVariables.DEADLINE, "31/03/2026")))
        .satisfies(refusedFor()).hasMessageContaining(ProcessVariables.DEADLINE);

    complete(assign, Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", ProcessVariables.DEADLINE, DEADLINE));
    Task report = task(decision, TASK_REPORT_UPDATE, "ac-ict");
    assertThatThrownBy(() -> complete(report, Map.of(UPDATE_SUMMARY, " ")))
        .satisfies(refusedFor()).hasMessageContaining(UPDATE_SUMMARY);
    assertThatThrownBy(() -> complete(report, Map.of(UPDATE_SUMMARY, "হালনাগাদ", EVIDENCE_LINK, "javascript:alert(1)")))
        .satisfies(refusedFor()).hasMessageContaining(EVIDENCE_LINK);
    assertThatThrownBy(() -> complete(report, Map.of(UPDATE_SUMMARY, "হালনাগাদ", EVIDENCE_LINK, "পোর্টালে দেওয়া আছে")))
        .satisfies(refusedFor()).hasMessageContaining("ওয়েব পাতার ঠিকানা দিন");
    // a link pasted with a space around it is the link; typed as the browser's bar shows it, it is https
    complete(report, Map.of(UPDATE_SUMMARY, "হালনাগাদ", EVIDENCE_LINK, " www.ac-ict.jhenaidah.gov.bd/node/5\u00a0\n",
        REMARKS, ""));
    runJobsNotAfterNow(decision);
    Task verify = task(decision, TASK_VERIFY_UPDATE);
    assertThat(engine.getTaskService().getVariable(verify.getId(), EVIDENCE_LINK))
        .isEqualTo("https://www.ac-ict.jhenaidah.gov.bd/node/5");
    assertThatThrownBy(() -> complete(verify, Map.of(VERDICT, VERDICT_RETURNED, RETURN_REASON, "")))
        .satisfies(refusedFor()).hasMessageContaining(RETURN_REASON);
  }

  @Test
  void unresolvablePhrase_goesToTheSecretary_whoChoosesOfficesAndLead() {
    ProcessInstance decision = startDecision(DEADLINE, "জনাব.....ঝিনাইদহ।");

    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ResolveUnknownImplementer", "Event_CheckpointReached");
    Task resolve = task(decision, TASK_RESOLVE_UNKNOWN_IMPLEMENTER);
    assertThat(candidateGroups(resolve)).containsExactly("programmer-ict");
    assertThat((String) variable(decision, UNRESOLVED_TEXT)).contains("জনাব");
    assertThat(comments(resolve)).as("the secretary is told, on the task and by mail").singleElement()
        .satisfies(c -> assertThat(c).startsWith("বাস্তবায়নকারী নির্ধারণের অনুরোধ: সিদ্ধান্ত ০৩")
            .contains("নির্দেশিকায় পাওয়া যায়নি: «জনাব.....ঝিনাইদহ", "কারও কাছে অনুরোধ যাবে না"));
    assertThat(engine.getTaskService().getVariable(resolve.getId(), ALL_OFFICE_OPTIONS)).isNotNull();

    complete(resolve, Map.of(OFFICES, "[\"uno-kaliganj\",\"ap-kaliganj\"]", LEAD_GROUP, "uno-kaliganj"));

    assertThat(candidateGroups(task(decision, TASK_ASSIGN_IMPLEMENTER))).containsExactly("uno-kaliganj");
    accept(decision, DEADLINE);
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t)).containsExactlyInAnyOrder("uno-kaliganj", "ap-kaliganj");
  }

  /**
   * One implementer known, one not: the secretary names the offices, and the known one, the directory's first guess
   * at a lead, reads the decision only if the secretary keeps it.
   */
  @Test
  void anOfficeTheSecretaryLeavesOut_neverReadsTheDecision() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, "জনাব.....ঝিনাইদহ।");
    Task resolve = task(decision, TASK_RESOLVE_UNKNOWN_IMPLEMENTER);
    assertThat(readGrants(decision, "ac-ict")).as("a guess, not yet a lead").isZero();

    complete(resolve, Map.of(OFFICES, "[\"ac-education\"]", LEAD_GROUP, "ac-education"));
    assertThat(readGrants(decision, "ac-ict")).as("left out").isZero();
    assertThat(readGrants(decision, "ac-education")).as("the lead the secretary named").isEqualTo(1);
  }

  long readGrants(ProcessInstance decision, String group) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE).resourceId(decision.getId())
        .count();
  }

  /** Past the deadline with the secretary still to name the implementer: the chair reads who holds it up. */
  @Test
  void anUnknownImplementerPastTheDeadline_theChairReadsThatTheSecretaryIsToNameTheLead() {
    ProcessInstance decision = startDecision(DEADLINE, "জনাব.....ঝিনাইদহ।");
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).as("not the secretary standing in")
        .isEqualTo("সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায় / waiting for the secretary to name the lead");
    assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "ac-education")))
        .satisfies(refusedFor()).hasMessageContaining("the secretary is naming");
  }

  /**
   * The secretary's open task offers the directory's offices as they were when it was created. An administrator
   * adds the office the minutes meant to the directory and restarts: the open task offers it, and it can be chosen.
   */
  @Test
  void anOfficeAddedToTheDirectory_isOfferedOnTheSecretarysOpenTask_afterTheRestart() throws Exception {
    ProcessInstance decision = startDecision(DEADLINE, "জনাব.....ঝিনাইদহ।");
    Task resolve = task(decision, TASK_RESOLVE_UNKNOWN_IMPLEMENTER);
    String yaml = new String(new org.springframework.core.io.ClassPathResource("directory/jhenaidah.yaml")
        .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String added = yaml.replace("  - id: ac-education\n", "  - id: head-bsti\n    nameBn: বিএসটিআই, ঝিনাইদহ\n"
        + "    nameEn: BSTI, Jhenaidah\n    level: DISTRICT\n    phrases: [বিএসটিআই]\n\n  - id: ac-education\n");
    assertThat(added).contains("head-bsti");
    var restarted = bd.gov.followup.directory.OfficeDirectory.load(
        new java.io.ByteArrayInputStream(added.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    OfficeChoicesOnOpenTasks refresh =
        new OfficeChoicesOnOpenTasks(new OfficeOptions(restarted), engine.getTaskService(), engine.getManagementService());

    assertThat(refresh.refresh()).as("the open task's choices follow the directory").isGreaterThanOrEqualTo(1);
    assertThat(engine.getTaskService().getVariable(resolve.getId(), ALL_OFFICE_OPTIONS).toString()).contains("head-bsti");
    assertThat(refresh.refresh()).as("a second start with the same directory changes nothing").isZero();
    new OfficeChoicesOnOpenTasks(officeOptions, engine.getTaskService(), engine.getManagementService()).refresh();
  }

  @org.springframework.beans.factory.annotation.Autowired OfficeOptions officeOptions;

  @Test
  void setOfOffices_expandsToOneTaskPerOffice_ledByTheSecretary() {
    ProcessInstance decision = startDecision(DEADLINE, "উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ ও সহকারী প্রোগ্রামার (সকল), ঝিনাইদহ");
    assertThat(candidateGroups(task(decision, TASK_ASSIGN_IMPLEMENTER))).containsExactly("programmer-ict");
    accept(decision, DEADLINE);
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t)).hasSize(12)
        .contains("uno-sadar", "uno-kaliganj", "uno-harinakunda", "ap-maheshpur", "ap-shailkupa");
    assertThat(variable(decision, OFFICES_ASKED)).isEqualTo(12);
  }

  /**
   * On the day a UNO's week lapses, the rung's daily reminder and the lapse both fall due at 09:00, and the job
   * executor may run either first: the late office hears it is overdue once, from the escalation, not twice.
   */
  @Test
  void onTheDayTheUnosWeekLapses_aLateOfficeIsToldOnce_whicheverTimerRunsFirst() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    for (int day = 3; day <= 9; day++) {
      at(LocalDateTime.of(2026, 8, day, day == 9 ? 17 : 9, 0));
      runJobsNotAfterNow(decision);
    }
    java.util.function.Supplier<Long> overdue = () -> engine.getTaskService().getTaskComments(
        task(decision, TASK_REPORT_UPDATE, "up-kaliganj-sundarpur-durgapur").getId()).stream()
        .filter(c -> c.getFullMessage().startsWith("মেয়াদোত্তীর্ণ: সিদ্ধান্ত ০৩")).count();
    long before = overdue.get();
    at(LocalDateTime.of(2026, 8, 10, 9, 0));
    var daily = engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
        .activityId("Event_UnoReviewStillOpen").singleResult();
    assertThat(DeadlineClock.fromDate(daily.getDuedate())).isEqualTo(LocalDateTime.of(2026, 8, 10, 9, 0));
    engine.getManagementService().executeJob(daily.getId()); // the daily reminder first
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed");
    assertThat(overdue.get() - before).isEqualTo(1);
  }

  /**
   * The escalation fell due at 09:00, but the job executor had not run it yet (a busy morning, or a node's lock) when
   * the lead accepted with a later deadline: when it runs, the decision is not late, so nobody is told it is overdue
   * and the chair gets no review; the watch plans the new deadline's reminders instead.
   */
  @Test
  void anEscalationDueButNotYetRun_whenTheLeadSetsALaterDeadline_sendsNothing() {
    ProcessInstance decision = startDecision("2026-07-02", AC_ICT); // a Thursday
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2026, 7, 2, 9, 0));
    runJobsNotAfterNow(decision); // the deadline-day notice
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("ESCALATION");
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 5, 9, 0));
    at(LocalDateTime.of(2026, 7, 5, 9, 0, 30)); // Sunday: due half a minute ago, not yet run
    accept(decision, "2026-07-30");
    assertThat(timerDue(decision)).as("a due timer is left be").isEqualTo(LocalDateTime.of(2026, 7, 5, 9, 0));

    runJobsNotAfterNow(decision);

    BpmnAwareTests.assertThat(decision).hasNotPassed("Task_FindLateOffices", "Task_NotifyEscalation");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_DECISION)).isEmpty();
    assertThat(variable(decision, ESCALATED)).isNotEqualTo(true);
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-ict"))).noneSatisfy(c -> assertThat(c)
        .startsWith("মেয়াদোত্তীর্ণ"));
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(decision.getId())
        .activityId("Task_SendReminders").count()).as("only the reminders before the old deadline").isEqualTo(2);
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("REMINDER");
    assertThat(timerDue(decision)).as("seven working days before 30/07").isEqualTo(LocalDateTime.of(2026, 7, 21, 9, 0));
  }

  @Test
  void remindersGoBeforeTheDeadline_onWorkingDays_toOfficesThatHaveNotReported() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "হালনাগাদ করা হয়েছে");

    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 21, 9, 0));
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_SendReminders");
    assertThat(variable(decision, REMINDERS_SENT)).as("AC (Education), and the lead of the report to verify").isEqualTo(2);
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-education"))).as("asked when the lead accepted")
        .anySatisfy(c -> assertThat(c).startsWith("তথ্য প্রদানের অনুরোধ: সিদ্ধান্ত ০৩")
            .contains("মূল বাস্তবায়নকারী: সহকারী কমিশনার (আইসিটি)", "সময়সীমা: ৩০/০৭/২০২৬"));
    assertThat(commentsSinceAssigned(task(decision, TASK_REPORT_UPDATE, "ac-education")))
        .singleElement().asString().startsWith("তাগিদ: সিদ্ধান্ত ০৩");

    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 29, 9, 0));
    at(LocalDateTime.of(2026, 7, 29, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, REMINDERS_SENT)).isEqualTo(4);
    assertThat(timerDue(decision)).as("the deadline-day notice").isEqualTo(LocalDateTime.of(2026, 7, 30, 9, 0));
    at(LocalDateTime.of(2026, 7, 30, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, REMINDERS_SENT)).isEqualTo(6);
    assertThat(timerDue(decision)).as("escalation: the next working day after Friday and Saturday")
        .isEqualTo(LocalDateTime.of(2026, 8, 2, 9, 0));
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("ESCALATION");
  }

  /** Until the lead accepts, nobody has been asked for a report: its reminder says what it owes. */
  @Test
  void aLeadThatHasNotAccepted_isRemindedToAccept_notToReport() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(comments(task(decision, TASK_ASSIGN_IMPLEMENTER))).as("asked at registration")
        .anySatisfy(c -> assertThat(c).startsWith("গ্রহণের অনুরোধ: সিদ্ধান্ত ০৩").contains("মূল বাস্তবায়নকারী করা হয়েছে"));
    assertThat(commentsSinceAssigned(task(decision, TASK_ASSIGN_IMPLEMENTER))).singleElement().asString()
        .startsWith("গ্রহণের তাগিদ: সিদ্ধান্ত ০৩").contains("এখনো গ্রহণ করেনি", "গ্রহণ করে দপ্তরগুলো নিশ্চিত করুন")
        .doesNotContain("তথ্য এখনো দাখিল করা হয়নি");

    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_NotifyEscalation");
    assertThat(comments(task(decision, TASK_ASSIGN_IMPLEMENTER))).as("the escalation's notice to the lead too")
        .anySatisfy(c -> assertThat(c).startsWith("মেয়াদোত্তীর্ণ, গ্রহণ বাকি: সিদ্ধান্ত ০৩"))
        .noneSatisfy(c -> assertThat(c).contains("হালনাগাদ তথ্য পাওয়া যায়নি"));
  }

  @Test
  void aMeetingsOwnReminderDays_replaceTheDefault() {
    ProcessInstance decision = startDecision(
        Map.of(REMINDER_DAYS, JsonVariables.integerList(List.of(3))), DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);

    assertThat(timerDue(decision)).as("3 working days before Thursday 30 July, not 7").isEqualTo(LocalDateTime.of(2026, 7, 27, 9, 0));
    at(LocalDateTime.of(2026, 7, 27, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Task_SendReminders");
    assertThat(variable(decision, REMINDERS_SENT)).isEqualTo(2);
    assertThat(timerDue(decision)).as("no reminder 1 day before: the deadline-day notice")
        .isEqualTo(LocalDateTime.of(2026, 7, 30, 9, 0));
  }

  @org.springframework.beans.factory.annotation.Autowired DecisionDeadlines decisionDeadlines;

  @Test
  void aDeadlineInAYearWithoutAHolidayList_saysSoWhereTheDeadlineIsShown() {
    int year = calendar.knownYears().last() + 1;
    Map<String, Object> set = new java.util.HashMap<>();
    decisionDeadlines.apply(java.time.LocalDate.of(year, 6, 10), set::put);
    assertThat(set.get(DEADLINE_MOVED_TEXT)).asString()
        .contains(bd.gov.followup.minutes.BengaliDigits.toBengali(String.valueOf(year)) + " সালের সরকারি ছুটির তালিকা")
        .contains("সালের সরকারি ছুটির তালিকা যুক্ত নেই; সময়সীমা গণনা ও যাচাইয়ে কেবল সাপ্তাহিক ছুটি (শুক্র ও শনিবার)"
            + " বিবেচনা করা হয়েছে, সরকারি ছুটি নয়");
    Map<String, Object> known = new java.util.HashMap<>();
    decisionDeadlines.apply(java.time.LocalDate.of(2026, 6, 10), known::put);
    assertThat(known.get(DEADLINE_MOVED_TEXT)).isEqualTo("");

    // what the minutes' import warns of: a span of working days counted into that year, not only a date in it
    var span = new bd.gov.followup.minutes.Decision(1, "বিষয়", "", "৬০ কর্মদিবসের মধ্যে", List.of(AC_ICT), null, 60);
    java.util.function.Function<java.time.LocalDate, java.util.OptionalInt> issuedOn = issued ->
        decisionDeadlines.yearWithoutHolidayList(new bd.gov.followup.minutes.Meeting("কমিটি", null, null, issued, null,
            null, "১.২.৩.৪", issued, null, List.of(), List.of(), List.of(span), null, null), span, issued);
    assertThat(issuedOn.apply(java.time.LocalDate.of(year - 1, 12, 1))).hasValue(year);
    assertThat(issuedOn.apply(java.time.LocalDate.of(year - 1, 1, 5))).isEmpty();
  }

  @org.springframework.beans.factory.annotation.Autowired bd.gov.followup.deadline.WorkingDayCalendar calendar;

  @Test
  void aDeadlineOnAHoliday_fallsDueOnTheNextWorkingDay_andTheTaskAndTheReminderSaySo() {
    // 5 August, July Mass Uprising Day: moved when the decision starts; the lead's form shows the moved date and
    // sends it back unchanged, which must not lose the reason it was moved
    Map<String, Object> asTheMeetingStartsIt = new java.util.HashMap<>();
    decisionDeadlines.apply(java.time.LocalDate.of(2026, 8, 5), asTheMeetingStartsIt::put);
    ProcessInstance decision = startDecision(asTheMeetingStartsIt, "2026-08-06", AC_ICT);
    accept(decision, "2026-08-06");

    String moved = "নির্ধারিত সময়সীমা ০৫/০৮/২০২৬ বুধবার ছুটির দিন (জুলাই গণঅভ্যুত্থান দিবস); তাই সময়সীমা "
        + "পরবর্তী কর্মদিবস ০৬/০৮/২০২৬ বৃহস্পতিবার পর্যন্ত।";
    assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-08-06");
    assertThat(variable(decision, DEADLINE_TEXT)).isEqualTo("০৬/০৮/২০২৬");
    Task report = task(decision, TASK_REPORT_UPDATE, "ac-ict");
    assertThat(engine.getTaskService().getVariable(report.getId(), DEADLINE_MOVED_TEXT)).isEqualTo(moved);
    assertThat(DeadlineClock.fromDate(report.getDueDate())).isEqualTo(LocalDateTime.of(2026, 8, 6, 23, 59, 59));

    assertThat(timerDue(decision)).as("7 working days before 6 August").isEqualTo(LocalDateTime.of(2026, 7, 27, 9, 0));
    at(LocalDateTime.of(2026, 7, 27, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-ict"))).singleElement().asString()
        .contains("সময়সীমা: ০৬/০৮/২০২৬\n" + moved);

    // past the moved deadline: the chair's reminder letter names the deadline and says why it is not 5 August
    at(LocalDateTime.of(2026, 8, 9, 9, 0));
    runJobsNotAfterNow(decision);
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "remind"));
    runJobsNotAfterNow(decision);
    assertThat(letters(decision)).singleElement().asString()
        .contains("০৬/০৮/২০২৬", "<p class=\"deadline-moved\">" + moved + "</p>");
  }

  /** As a REST client may send them: the acceptance as the text "true", the date in Bengali digits. */
  @Test
  void theLeadAcceptsWithTextAndBengaliDigits_asARestClientMaySendThem() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    complete(task(decision, TASK_ASSIGN_IMPLEMENTER), Map.of(ACCEPTED, "true", OFFICES, "[\"ac-ict\"]",
        ProcessVariables.DEADLINE, "২০২৬-০৮-২০"));
    assertThat(variable(decision, ACCEPTED)).isEqualTo(true);
    assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-08-20");
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).extracting(t -> office(t)).containsExactly("ac-ict");
  }

  @Test
  void theLeadSetsALaterDeadline_andTheWatchMovesWithIt_ratherThanFiringForTheOldDate() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    assertThat(timerDue(decision)).as("planned for 30 July").isEqualTo(LocalDateTime.of(2026, 7, 21, 9, 0));
    accept(decision, "2026-08-20");
    assertThat(timerDue(decision)).as("7 working days before Thursday 20 August").isEqualTo(LocalDateTime.of(2026, 8, 11, 9, 0));

    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_DECISION)).as("30 July no longer counts").isEmpty();
    assertThat(variable(decision, REMINDERS_SENT)).isNull();
  }

  /** A typo of the year (a date already past, or years ahead) would escalate at once or leave the watch. */
  @Test
  void theLeadsNewDeadline_isBetweenTodayAndAYearAhead() {
    at(LocalDateTime.of(2026, 7, 1, 10, 0));
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    for (String typo : List.of("2025-07-30", "2026-06-30", "2027-07-30")) {
      assertThatThrownBy(() -> accept(decision, typo)).as(typo).satisfies(refusedFor())
          .hasMessageContaining(ProcessVariables.DEADLINE_DAY + ":")
          .hasMessageContaining(DecisionTexts.day(java.time.LocalDate.parse(typo)));
    }
    assertThatThrownBy(() -> accept(decision, "9999-12-31")).satisfies(refusedFor())
        .hasMessageContaining(ProcessVariables.DEADLINE + ": তারিখ ১৯৭১–২১০০ সালের মধ্যে দিন");
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_AssignImplementer", "Event_CheckpointReached");
    accept(decision, "2027-06-30");
    assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2027-06-30");

    // in the form: shown day first, and typed day first in Bengali digits
    ProcessInstance typed = startDecision(DEADLINE, AC_ICT);
    Task form = task(typed, TASK_ASSIGN_IMPLEMENTER);
    assertThat(engine.getTaskService().getVariable(form.getId(), DEADLINE_DAY)).isEqualTo("৩০/০৭/২০২৬");
    complete(form, Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", DEADLINE_DAY, "২০/০৮/২০২৬"));
    assertThat(variable(typed, ProcessVariables.DEADLINE)).isEqualTo("2026-08-20");
    ProcessInstance emptied = startDecision(DEADLINE, AC_ICT);
    assertThatThrownBy(() -> complete(task(emptied, TASK_ASSIGN_IMPLEMENTER),
        Map.of(ACCEPTED, true, OFFICES, "[\"ac-ict\"]", DEADLINE_DAY, " "))).as("the field emptied")
        .satisfies(refusedFor()).hasMessageContaining(DEADLINE_DAY + ": তারিখ দিন");

    // as a meeting's call starts it: the minutes' deadline also written for the forms
    ProcessInstance farAhead = startDecision(Map.of(DEADLINE_TEXT, "২৯/০৬/২০২৮"), "2028-06-29", AC_ICT);
    assertThatThrownBy(() -> accept(farAhead, "2028-07-31")).as("later than the minutes' far deadline")
        .satisfies(refusedFor());
    accept(farAhead, "2028-03-30");
    assertThat(variable(farAhead, ProcessVariables.DEADLINE)).as("shortened").isEqualTo("2028-03-30");
  }

  @Test
  void downtimeAcrossBothReminders_sendsOneReminderOnRestart() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 29, 15, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, REMINDERS_SENT)).isEqualTo(1);
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 30, 9, 0));
  }

  @Test
  void downtimeAcrossTheDeadline_escalatesOnceOnRestart() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 6, 11, 0));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_DECISION)).hasSize(1);
    assertThat(variable(decision, WORKING_DAYS_LATE)).as("2, 3, 4 and 6 August; the 5th is a holiday").isEqualTo(4);
  }

  /**
   * Registered after the reminders' time of day (START is 10:00, reminders go at 09:00), a decision due tomorrow still
   * gets today's reminder: at once, and once — the lead's acceptance with the same date sends no second one.
   */
  @Test
  void aReminderWhoseTimeHadPassedWhenTheDeadlineWasSet_goesAtOnce_once() {
    // as registration writes it: the lead's form shows this date, sent back unchanged
    ProcessInstance decision = startDecision(Map.of(DEADLINE_TEXT, "০২/০৭/২০২৬"), "2026-07-02", AC_ICT);
    assertThat(timerDue(decision)).isEqualTo(START);
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("REMINDER");
    runJobsNotAfterNow(decision);
    assertThat(commentsSinceAssigned(task(decision, TASK_ASSIGN_IMPLEMENTER))).singleElement().asString()
        .contains("গ্রহণের তাগিদ");
    assertThat(timerDue(decision)).as("next: the notice on the day").isEqualTo(LocalDateTime.of(2026, 7, 2, 9, 0));

    accept(decision, "2026-07-02");
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-ict"))).as("no second reminder today").isEmpty();

    // a lead that brings a later deadline forward to tomorrow: that deadline's reminder of today goes now
    ProcessInstance movedUp = startDecision(Map.of(DEADLINE_TEXT, "১৬/০৭/২০২৬"), "2026-07-16", AC_ICT);
    assertThat(timerDue(movedUp)).isAfter(START);
    accept(movedUp, "2026-07-02");
    assertThat(timerDue(movedUp)).isEqualTo(START);
    assertThat(variable(movedUp, DEADLINE_CHANGES)).as("kept for the next meeting's report")
        .isEqualTo("১৬/০৭/২০২৬ থেকে ০২/০৭/২০২৬ (মূল বাস্তবায়নকারী, ০১/০৭/২০২৬)");
    assertThat(variable(decision, DEADLINE_CHANGES)).as("the same date kept: no change").isNull();
    runJobsNotAfterNow(movedUp);
    assertThat(comments(task(movedUp, TASK_REPORT_UPDATE, "ac-ict"))).singleElement().asString()
        .contains("০২/০৭/২০২৬");
    assertThat(timerDue(movedUp)).isEqualTo(LocalDateTime.of(2026, 7, 2, 9, 0));
  }

  /** A new deadline set the day a reminder already went for the old one brings no second reminder that day. */
  @Test
  void aNewDeadlineOnADayAReminderWent_sendsNoSecondOneThatDay() {
    ProcessInstance decision = startDecision(Map.of(DEADLINE_TEXT, "০২/০৭/২০২৬"), "2026-07-02", AC_ICT);
    runJobsNotAfterNow(decision); // today's reminder for 02/07, at once
    accept(decision, "2026-07-12"); // whose 7-day reminder is today, 09:00: gone already, in effect
    assertThat(timerDue(decision)).as("its 1-day reminder, not another one now").isEqualTo(LocalDateTime.of(2026, 7, 9, 9, 0));
  }

  /**
   * The lead of a decision with the chair sets a date: the review is withdrawn and the watch plans the new date as one
   * just set, today's reminder included; a deadline of today is no longer late either.
   */
  @Test
  void aLateLeadsNewDate_withdrawsTheReview_andTodaysReminderForItGoesAtOnce() {
    ProcessInstance tomorrow = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(tomorrow);
    accept(tomorrow, "2026-07-02");
    assertThat(tasks(tomorrow, TASK_REVIEW_OVERDUE_DECISION)).isEmpty();
    assertThat(timerDue(tomorrow)).isEqualTo(START);
    assertThat(variable(tomorrow, CHECKPOINT_KIND)).isEqualTo("REMINDER");

    ProcessInstance today = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(today);
    accept(today, "2026-07-01");
    assertThat(tasks(today, TASK_REVIEW_OVERDUE_DECISION)).as("a deadline of today has not passed").isEmpty();
    assertThat(timerDue(today)).isEqualTo(START);
    assertThat(variable(today, CHECKPOINT_KIND)).isEqualTo("DEADLINE");
  }

  @Test
  void anEscalationThatFiresLate_countsTheDaysLateOfTheDayItFires_andIsRoutedByThem() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 30, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("ESCALATION");
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 8, 2, 9, 0));
    // down from the deadline's day until Monday 10 August: 2, 3, 4, 6, 9 and 10 August late (the 5th a holiday)
    at(LocalDateTime.of(2026, 8, 10, 10, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, WORKING_DAYS_LATE)).isEqualTo(6);
    BpmnAwareTests.assertThat(decision).as("a union six working days late goes past its UNO to the chair")
        .isWaitingAt("Task_ReviewOverdueDecision").hasNotPassed("Task_ReviewOverdueOffice");
    assertThat(variable(decision, ESCALATIONS)).as("one lateness, one escalation").isEqualTo(1);
    assertThat(instanceComments(decision)).as("the notices count the days of the day it fired")
        .anySatisfy(c -> assertThat(c).contains("— ৬ কর্মদিবস বিলম্ব"))
        .noneSatisfy(c -> assertThat(c).contains("— ১ কর্মদিবস বিলম্ব"));
  }

  /**
   * Down from before the deadline-day notice until two working days after the deadline: the notice that fires late is
   * the escalation itself, and the offices are told they are late once, not by the late notice and then again by the
   * escalation planned right after it.
   */
  @Test
  void aDeadlineNoticeThatFiresOnlyOnceTheDecisionIsLate_isTheEscalation_andTheOfficesAreToldOnce() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 29, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("DEADLINE");
    // Sunday 2 and Monday 3 August: two working days late
    at(LocalDateTime.of(2026, 8, 3, 10, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(variable(decision, WORKING_DAYS_LATE)).isEqualTo(2);
    assertThat(variable(decision, ESCALATIONS)).isEqualTo(1);
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-ict"))).as("told once that it is late")
        .filteredOn(c -> c.startsWith("মেয়াদোত্তীর্ণ")).hasSize(1);
  }

  /**
   * The server is down from before the reminder of Wednesday 29 July (deadline Thursday 30 July) until Friday 31 July
   * 10:00, a weekly holiday. The missed reminder sends nothing that day (no working day is late yet, and no mail goes
   * on a Friday); the office hears once that it is late, from Sunday's escalation.
   */
  @Test
  void aReminderMissedDuringDowntime_sendsNothingOnAWeekend_theEscalationTellsTheOfficeOnce() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 7, 29, 9, 0));
    Task office = task(decision, TASK_REPORT_UPDATE);
    int before = comments(office).size();

    at(LocalDateTime.of(2026, 7, 31, 10, 0));
    runJobsNotAfterNow(decision);
    assertThat(comments(office)).as("nothing mailed on Friday 31 July").hasSize(before);
    assertThat(timerDue(decision)).as("the escalation, on the next working morning")
        .isEqualTo(LocalDateTime.of(2026, 8, 2, 9, 0));

    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(comments(office)).as("told once that it is late").filteredOn(c -> c.startsWith("মেয়াদোত্তীর্ণ"))
        .hasSize(1);
  }

  /**
   * escalation-route.dmn keeps an upazila office with its UNO for 1–3 working days late, the chair's from 4: an
   * upazila office escalated on time (Sunday 2 August, 1 day late) is the chair's on Thursday 6 August, 4 working days
   * late (5 August a holiday), when the UNO's rung lapses — not a union's working week later.
   */
  @Test
  void anUpazilaOfficeEscalatedOnTime_isTheChairsFromItsFourthWorkingDayLate_asTheTableSays() {
    ProcessInstance decision = startDecision(DEADLINE, AP_SADAR);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueOffice");
    assertThat(DeadlineClock.fromDate((Date) variable(decision, UNO_REVIEW_LAPSES_AT)))
        .isEqualTo(LocalDateTime.of(2026, 8, 6, 9, 0));
    for (int day : new int[] {3, 4, 6}) {
      at(LocalDateTime.of(2026, 8, day, 9, 0));
      runJobsNotAfterNow(decision);
    }
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed").isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(variable(decision, WORKING_DAYS_LATE)).isEqualTo(4);
  }

  @Test
  void anUpazilaEscalationThatFiresLate_goesToTheChair_whenTheDaysLateOfTheDayItFiresSaySo() {
    ProcessInstance decision = startDecision(DEADLINE, AP_SADAR);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 30, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 8, 2, 9, 0));
    // down until Thursday 6 August: 2, 3, 4 and 6 August late (the 5th a holiday) — an upazila office at 4 goes to
    // the chair, where the planned 1 would have sent it to its UNO
    at(LocalDateTime.of(2026, 8, 6, 10, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, WORKING_DAYS_LATE)).isEqualTo(4);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision").hasNotPassed("Task_ReviewOverdueOffice");
    assertThat(variable(decision, LAST_ESCALATION_AT)).as("the chair's days count from the day it fired")
        .isEqualTo(DeadlineClock.toDate(LocalDateTime.of(2026, 8, 6, 10, 0)));
  }

  @Test
  void aUnionEscalationThatFiresLate_givesItsUnoTheWholeWeekFromTheDayItFired() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 7, 30, 9, 0));
    runJobsNotAfterNow(decision);
    // down until Tuesday 4 August: 2, 3 and 4 August late, still the UNO's
    at(LocalDateTime.of(2026, 8, 4, 10, 0));
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, WORKING_DAYS_LATE)).isEqualTo(3);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueOffice");
    // five working days from 4 August (the 5th a holiday): 6, 9, 10, 11, 12 August — not from the planned 2nd
    assertThat(DeadlineClock.fromDate((Date) variable(decision, UNO_REVIEW_LAPSES_AT)))
        .isEqualTo(LocalDateTime.of(2026, 8, 12, 9, 0));
  }

  @Test
  void deadlineAlreadyPastAtRegistration_escalatesAtOnce_evenBeforeTheLeadAccepts() {
    ProcessInstance decision = startDecision("2024-01-30", AC_ICT);
    assertThat(timerDue(decision)).isEqualTo(START);
    runJobsNotAfterNow(decision);

    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_AssignImplementer", "Task_ReviewOverdueDecision");
    assertThat(comments(task(decision, TASK_ASSIGN_IMPLEMENTER))).as("one notice to the lead: it is its, and late")
        .singleElement().asString().startsWith("মেয়াদোত্তীর্ণ, গ্রহণ বাকি: সিদ্ধান্ত ০৩");
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(candidateGroups(review)).containsExactly("adc-edu-ict");
    assertThat(engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT)).asString().contains("সহকারী কমিশনার (আইসিটি)");
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).as("no office asked yet")
        .isEqualTo("মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায় / waiting for the lead to accept");
    assertThat(engine.getTaskService().getVariable(review.getId(), LEAD_TEXT)).as("whom the chair could take it from")
        .isEqualTo(AC_ICT_NAME + " (এখনো গ্রহণ করেনি / yet to accept)");
    // and the lead's own form says the chair has it, and what a new date would do
    assertThat(engine.getFormService().getDeployedTaskForm(task(decision, TASK_ASSIGN_IMPLEMENTER).getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("Text_DeadlinePassed", "=escalated != true");
    assertThat(variable(decision, ESCALATED)).isEqualTo(true);
    assertThat(instanceComments(decision)).as("the chair reads what the lead owes, not a missing report")
        .anySatisfy(c -> assertThat(c).startsWith("পর্যালোচনার জন্য উপস্থাপন: সিদ্ধান্ত ০৩")
            .contains("নিম্নোক্ত দপ্তরের কাজ এখনো বাকি:\n" + AC_ICT_NAME
                + " (মূল বাস্তবায়নকারী: সিদ্ধান্ত গ্রহণ ও দপ্তর নিশ্চিতকরণ বাকি)")
            .doesNotContain("হালনাগাদ তথ্য দাখিল করেনি"));
  }

  // --- when the deadline passes: the chair's four choices, and a late report

    ProcessInstance decision;

    ProcessInstance overdue() {
      decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
      accept(decision, DEADLINE);
      report(decision, "ac-ict", "হালনাগাদ করা হয়েছে");
      at(LocalDateTime.of(2026, 8, 2, 9, 0));
      runJobsNotAfterNow(decision);
      // the reminder planned for 21 July fires only now, the decision late: it is the escalation, one notice
      BpmnAwareTests.assertThat(decision).hasNotPassed("Task_SendReminders").isWaitingAt("Task_ReviewOverdueDecision");
      Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
      assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("১/২ দপ্তর প্রতিবেদন দিয়েছে");
      assertThat(engine.getTaskService().getVariable(review.getId(), LEAD_TEXT)).isEqualTo(AC_ICT_NAME);
      return decision;
    }

    void chairChooses(Map<String, Object> variables) {
      complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), variables);
      runJobsNotAfterNow(decision);
    }

    @Test
    void extend_movesDueDatesAndRestartsTheWatchFromTheNewDate() {
      overdue();
      chairChooses(Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27", CHAIR_REMARKS,
          "বিজয় দিবসের আগে সম্পন্ন করুন"));

      BpmnAwareTests.assertThat(decision).hasPassed("Task_ExtendDeadline");
      assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-08-27");
      // the office that still owes its report, on its task, and the lead: the new date and the chair's remarks
      assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-education"))).anySatisfy(c -> assertThat(c)
          .startsWith("সময়সীমা বৃদ্ধি: সিদ্ধান্ত ০৩").contains("নতুন সময়সীমা ২৭/০৮/২০২৬", "৩০/০৭/২০২৬ থেকে বাড়িয়ে",
              "সভাপতি (০২/০৮/২০২৬): বিজয় দিবসের আগে সম্পন্ন করুন"));
      assertThat(instanceComments(decision)).as("the lead, which owes no task now").anySatisfy(c -> assertThat(c)
          .startsWith("সময়সীমা বৃদ্ধি: সিদ্ধান্ত ০৩").contains("সহকারী কমিশনার (আইসিটি)"));
      assertThat(DeadlineClock.fromDate(task(decision, TASK_REPORT_UPDATE, "ac-education").getDueDate()))
          .isEqualTo(LocalDateTime.of(2026, 8, 27, 23, 59, 59));
      assertThat(timerDue(decision)).as("7 working days before, the 26th being a holiday").isEqualTo(LocalDateTime.of(2026, 8, 17, 9, 0));
      assertThat(variable(decision, ESCALATED)).isEqualTo(false);
      assertThat(variable(decision, ESCALATIONS)).as("the escalation that led to the extension counts").isEqualTo(1);

      at(LocalDateTime.of(2026, 8, 30, 9, 0));
      runJobsNotAfterNow(decision);
      BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");
    }

    /**
     * Extended after the reminders' hour to the next working day, whose one-day reminder is today's: the extension's
     * own notice tells the offices; no reminder of the same date follows it seconds later.
     */
    @Test
    void extend_toTheNextWorkingDay_isToldOnce() {
      overdue();
      java.util.function.Supplier<Long> reminders = () -> comments(task(decision, TASK_REPORT_UPDATE, "ac-education"))
          .stream().filter(c -> c.startsWith("তাগিদ")).count();
      long before = reminders.get();
      at(LocalDateTime.of(2026, 8, 2, 10, 0));
      chairChooses(Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-03"));

      assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-education")))
          .anySatisfy(c -> assertThat(c).startsWith("সময়সীমা বৃদ্ধি: সিদ্ধান্ত ০৩"));
      assertThat(reminders.get()).isEqualTo(before);
      assertThat(timerDue(decision)).as("the deadline-day notice").isEqualTo(LocalDateTime.of(2026, 8, 3, 9, 0));
    }

    /** The lead had not accepted yet: its acceptance form offers the new date, not the one that passed. */
    @Test
    void extend_beforeTheLeadAccepted_theAcceptanceFormShowsTheNewDate() {
      decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
      at(LocalDateTime.of(2026, 8, 2, 9, 0));
      runJobsNotAfterNow(decision);
      chairChooses(Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27"));

      Task acceptance = task(decision, TASK_ASSIGN_IMPLEMENTER);
      assertThat(engine.getTaskService().getVariable(acceptance.getId(), DEADLINE_DAY)).isEqualTo("২৭/০৮/২০২৬");
      assertThat(DeadlineClock.fromDate(acceptance.getDueDate())).isEqualTo(LocalDateTime.of(2026, 8, 27, 23, 59, 59));
      accept(decision, "2026-08-27");
      assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-08-27");
    }

    @Test
    void extend_refusesADateThatIsNotLater() {
      overdue();
      assertThatThrownBy(() -> chairChooses(Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-02")))
          .satisfies(refusedFor()).hasMessageContaining(NEW_DEADLINE);
    }

    @Test
    void reassign_movesTheLeadsWorkToTheNewLead() {
      overdue();
      // the former lead's clerk had taken the verification: it goes to the new lead unclaimed, not kept by that clerk
      String verify = task(decision, TASK_VERIFY_UPDATE).getId();
      engine.getTaskService().claim(verify, "ac-ict");
      chairChooses(Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "uno-kaliganj", CHAIR_REMARKS,
          "ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
      assertThat(engine.getTaskService().createTaskQuery().taskId(verify).singleResult().getAssignee()).isNull();

      BpmnAwareTests.assertThat(decision).hasPassed("Task_ReassignDecision");
      assertThat(variable(decision, LEAD_GROUP)).isEqualTo("uno-kaliganj");
      assertThat(candidateGroups(task(decision, TASK_VERIFY_UPDATE))).containsExactlyInAnyOrder("uno-kaliganj", "programmer-ict");
      assertThat(timerDue(decision)).as("next: the daily overdue reminder").isEqualTo(LocalDateTime.of(2026, 8, 3, 9, 0));
      assertThat(instanceComments(decision)).as("the new lead is told what is now its own").anySatisfy(c ->
          assertThat(c).startsWith("মূল বাস্তবায়নকারী পরিবর্তন: সিদ্ধান্ত ০৩").contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ")
              .contains("সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ-এর স্থলে", "এখন আপনি যাচাই করবেন")
              .contains("সভাপতি (০২/০৮/২০২৬): ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
      assertThat(variable(decision, ACTIONS_TAKEN)).as("the next meeting reads who leads it now, and since when")
          .isEqualTo("মূল বাস্তবায়নকারী পরিবর্তন: " + AC_ICT_NAME + " থেকে উপজেলা নির্বাহী অফিসার, কালীগঞ্জ (সভাপতি, ০২/০৮/২০২৬)");
    }

    /** A new lead given a date of its own: its tasks do not arrive overdue, and the watch starts over from the date. */
    @Test
    void reassign_withANewDeadline_givesTheNewLeadItsOwnDate() {
      overdue();
      chairChooses(Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "uno-kaliganj", NEW_DEADLINE, "২৭/০৮/২০২৬"));

      BpmnAwareTests.assertThat(decision).hasPassed("Task_ReassignDecision").hasNotPassed("Task_ExtendDeadline");
      assertThat(variable(decision, LEAD_GROUP)).isEqualTo("uno-kaliganj");
      assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-08-27");
      assertThat(DeadlineClock.fromDate(task(decision, TASK_VERIFY_UPDATE).getDueDate()))
          .as("the new lead's verification").isEqualTo(LocalDateTime.of(2026, 8, 27, 23, 59, 59));
      // the office that still owes its report hears of its new date; the new lead from its own notice only
      assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-education"))).anySatisfy(c -> assertThat(c)
          .startsWith("সময়সীমা বৃদ্ধি: সিদ্ধান্ত ০৩").contains("নতুন সময়সীমা ২৭/০৮/২০২৬"));
      assertThat(instanceComments(decision)).noneSatisfy(c -> assertThat(c).startsWith("সময়সীমা বৃদ্ধি")
          .contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ"));
      assertThat(variable(decision, ESCALATED)).isEqualTo(false);
      assertThat(timerDue(decision)).as("7 working days before, the 26th being a holiday").isEqualTo(LocalDateTime.of(2026, 8, 17, 9, 0));
      assertThat(instanceComments(decision)).as("the new lead is told its date").anySatisfy(c ->
          assertThat(c).startsWith("মূল বাস্তবায়নকারী পরিবর্তন: সিদ্ধান্ত ০৩").contains("২৭/০৮/২০২৬").doesNotContain("অতিক্রান্ত"));
      assertThat(variable(decision, ACTIONS_TAKEN)).asString()
          .contains("মূল বাস্তবায়নকারী পরিবর্তন: " + AC_ICT_NAME + " থেকে উপজেলা নির্বাহী অফিসার, কালীগঞ্জ");
      assertThat(variable(decision, DEADLINE_CHANGES)).as("the report's record of the date")
          .isEqualTo("৩০/০৭/২০২৬ থেকে ২৭/০৮/২০২৬ (সভাপতি, ০২/০৮/২০২৬)");
    }

    @Test
    void reassign_refusesANewDeadlineThatHasPassed() {
      overdue();
      assertThatThrownBy(() -> chairChooses(
          Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "uno-kaliganj", NEW_DEADLINE, "2026-08-01")))
          .satisfies(refusedFor()).hasMessageContaining(NEW_DEADLINE);
      // no office chosen from the single select: said as such, not "at least one"
      assertThatThrownBy(() -> chairChooses(Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "")))
          .satisfies(refusedFor()).hasMessageContaining(NEW_LEAD_GROUP + ": নতুন মূল বাস্তবায়নকারী দপ্তর বেছে নিন");
      assertThat(variable(decision, LEAD_GROUP)).as("nothing changed").isEqualTo("ac-ict");
    }

    @Test
    void reassign_toAnOfficeThatReports_leavesItsOwnReportToTheSecretary() {
      overdue();
      chairChooses(Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "ac-education"));
      assertThat(candidateGroups(verifyTaskOf(decision, "ac-ict"))).as("the former lead's report: the new lead verifies")
          .containsExactly("ac-education", "programmer-ict");
      report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
      assertThat(candidateGroups(verifyTaskOf(decision, "ac-education"))).as("the new lead's own report")
          .containsExactly("programmer-ict");
    }

    /**
     * The chair leaves the review open for a week: the late office is still reminded each working day (not on the
     * holiday of 5 August, nor on Friday and Saturday), and the chair on the fifth working day; the chair's choice
     * ends the reminders of the review.
     */
    @Test
    void aReviewLeftOpen_remindsTheLateOfficesEachWorkingDay_andTheChairOnTheFifth() {
      overdue(); // Sunday 2 August
      Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
      Task acEducation = task(decision, TASK_REPORT_UPDATE, "ac-education");
      java.util.function.Supplier<Long> overdueReminders = () -> comments(acEducation).stream()
          .filter(c -> c.startsWith("মেয়াদোত্তীর্ণ: সিদ্ধান্ত ০৩")).count();
      long atEscalation = overdueReminders.get(); // the escalation's own notice to the office
      int sent = variable(decision, REMINDERS_SENT) == null ? 0 : (Integer) variable(decision, REMINDERS_SENT);

      at(LocalDateTime.of(2026, 8, 3, 9, 0));
      runJobsNotAfterNow(decision);
      assertThat(overdueReminders.get()).isEqualTo(atEscalation + 1);
      assertThat((Integer) variable(decision, REMINDERS_SENT))
          .as("AC (Education); the secretary, of the lead's own report").isEqualTo(sent + 2);
      for (int day : new int[] {4, 5, 6, 7, 8, 9}) {
        at(LocalDateTime.of(2026, 8, day, 9, 0));
        runJobsNotAfterNow(decision);
      }
      assertThat(overdueReminders.get()).as("3, 4, 6 and 9 August; not the holiday, Friday or Saturday")
          .isEqualTo(atEscalation + 4);
      assertThat(comments(review)).as("four working days: not yet").noneMatch(c -> c.startsWith("পর্যালোচনা অপেক্ষমাণ"));

      at(LocalDateTime.of(2026, 8, 10, 9, 0));
      runJobsNotAfterNow(decision);
      assertThat(comments(review)).as("the fifth working day").anySatisfy(c -> assertThat(c)
          .startsWith("পর্যালোচনা অপেক্ষমাণ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — ৫ কর্মদিবস\n")
          .contains("৫ কর্মদিবস ধরে আপনার পর্যালোচনার অপেক্ষায়", "সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন"));
      BpmnAwareTests.assertThat(decision).hasPassed("Task_RemindDuringReview", "Event_ReviewReminded")
          .isWaitingAt(TASK_REVIEW_OVERDUE_DECISION);
      // the server is down from 11 to 17 August: the chair's next reminder comes at the first run after it
      at(LocalDateTime.of(2026, 8, 18, 9, 0));
      runJobsNotAfterNow(decision);
      assertThat(comments(review)).filteredOn(c -> c.startsWith("পর্যালোচনা অপেক্ষমাণ")).hasSize(2)
          .last().asString().contains("কর্মদিবস ধরে আপনার পর্যালোচনার অপেক্ষায়");
      assertThat(variable(decision, ESCALATIONS)).as("reminders, not escalations").isEqualTo(1);

      chairChooses(Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27"));
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
          .activityId("Event_ReviewStillOpen").count()).as("the review's reminders end with it").isZero();
    }

    @Test
    void remind_sendsTheLetter_thenDailyRemindersUntilTheChairGetsItAgain() {
      overdue();
      chairChooses(Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন দিনের মধ্যে দিন"));

      BpmnAwareTests.assertThat(decision).hasPassed("Task_SendReminderLetter");
      assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-education")))
          .anySatisfy(c -> assertThat(c).startsWith("তাগিদপত্র: সিদ্ধান্ত ০৩").contains("তিন দিনের মধ্যে দিন"));
      assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("OVERDUE_REMINDER");

      at(LocalDateTime.of(2026, 8, 3, 9, 0));
      runJobsNotAfterNow(decision);
      int afterFirstDay = (Integer) variable(decision, REMINDERS_SENT);
      at(LocalDateTime.of(2026, 8, 4, 9, 0));
      runJobsNotAfterNow(decision);
      assertThat((Integer) variable(decision, REMINDERS_SENT)).as("AC (Education); the secretary, of the lead's own report")
          .isEqualTo(afterFirstDay + 2);
      assertThat(timerDue(decision)).as("5 August is a holiday").isEqualTo(LocalDateTime.of(2026, 8, 6, 9, 0));

      at(LocalDateTime.of(2026, 8, 10, 9, 0));
      runJobsNotAfterNow(decision);
      BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");
      assertThat(variable(decision, ESCALATIONS)).isEqualTo(2);
    }

    @Test
    void remind_aWeekLate_givesTheOfficesFiveWorkingDaysFromTheLetter_notFromTheEscalation() {
      overdue();
      // the chair takes a week: escalated Sunday 2 August, the letter goes on Monday 10 August (5 August a holiday)
      at(LocalDateTime.of(2026, 8, 10, 11, 0));
      chairChooses(Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন দিনের মধ্যে দিন"));

      BpmnAwareTests.assertThat(decision).as("the offices have the letter; the chair does not get it back at once")
          .hasPassed("Task_SendReminderLetter").isNotWaitingAt("Task_ReviewOverdueDecision");
      assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("OVERDUE_REMINDER");
      assertThat(timerDue(decision)).isEqualTo(LocalDateTime.of(2026, 8, 11, 9, 0));

      at(LocalDateTime.of(2026, 8, 16, 17, 0));
      runJobsNotAfterNow(decision);
      BpmnAwareTests.assertThat(decision).isNotWaitingAt("Task_ReviewOverdueDecision");
      at(LocalDateTime.of(2026, 8, 17, 9, 0));
      runJobsNotAfterNow(decision);
      BpmnAwareTests.assertThat(decision).as("five working days after the letter").isWaitingAt("Task_ReviewOverdueDecision");
      assertThat(variable(decision, ESCALATIONS)).isEqualTo(2);
    }

    /** A decision that went to the chair under the version before EscalationClock: it has no escalated yet. */
    @Test
    void remind_onAReviewOpenedBeforeThisVersion_doesNotSendTheDecisionStraightBack() {
      overdue();
      engine.getRuntimeService().removeVariables(decision.getId(), List.of(ESCALATED, LAST_ESCALATION_AT, ESCALATIONS));
      at(LocalDateTime.of(2026, 8, 3, 10, 0));
      chairChooses(Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তাগিদ"));

      BpmnAwareTests.assertThat(decision).isNotWaitingAt("Task_ReviewOverdueDecision");
      assertThat(variable(decision, ESCALATIONS)).isEqualTo(1);
      assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("OVERDUE_REMINDER");
    }

    @Test
    void reassign_aWeekLate_givesTheNewLeadFiveWorkingDays() {
      overdue();
      at(LocalDateTime.of(2026, 8, 12, 10, 0));
      chairChooses(Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "uno-kaliganj"));

      BpmnAwareTests.assertThat(decision).hasPassed("Task_ReassignDecision").isNotWaitingAt("Task_ReviewOverdueDecision");
      at(LocalDateTime.of(2026, 8, 19, 9, 0));
      runJobsNotAfterNow(decision);
      BpmnAwareTests.assertThat(decision).as("12 August + 5 working days").isWaitingAt("Task_ReviewOverdueDecision");
    }

    @Test
    void close_endsTheDecisionAsNotImplemented() {
      overdue();
      chairChooses(Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, "পরবর্তী সভায় নতুন সিদ্ধান্ত"));

      BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_ClosedNotImplemented");
      assertThat(historicVariable(decision, OUTCOME)).isEqualTo("closed-not-implemented");
      assertThat(historicVariable(decision, ESCALATIONS)).as("the escalation that led to the closing counts").isEqualTo(1);
      assertThat(historicVariable(decision, ACTIONS_TAKEN)).as("who closed it, and when, as a close request's")
          .asString().endsWith("অবাস্তবায়িত হিসেবে বন্ধ করা হয়েছে: সভাপতি (" + DecisionTexts.day(DeadlineClock.today()) + ")");
      assertThat(instanceComments(decision)).filteredOn(c -> c.startsWith("সিদ্ধান্ত বন্ধ: "))
          .as("the lead, and the office yet to report").hasSize(2)
          .allSatisfy(c -> assertThat(c).contains("কারণ: পরবর্তী সভায় নতুন সিদ্ধান্ত"))
          .anySatisfy(c -> assertThat(c).contains(AC_ICT_NAME)).anySatisfy(c -> assertThat(c).contains(AC_EDUCATION_NAME));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision.getId()).count()).isZero();
    }

    @Test
    void aLateReport_isStillAccepted_andImplementsTheDecision() {
      overdue();
      report(decision, "ac-education", "দেরিতে হলেও হালনাগাদ সম্পন্ন");
      assertThat(engine.getTaskService().getVariableLocal(verifyTaskOf(decision, "ac-education").getId(),
          REPORTED_TEXT)).as("the verifier reads that it came late").isEqualTo("০২/০৮/২০২৬ — সময়সীমার পরে / after the deadline");
      assertThat(engine.getTaskService().getVariableLocal(verifyTaskOf(decision, "ac-ict").getId(), REPORTED_TEXT))
          .as("reported in time").asString().doesNotContain("সময়সীমার পরে");
      verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
      verify(decision, "ac-education", VERDICT_ACCEPTED, "");

      BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_DecisionImplemented");
      assertThat(historicVariable(decision, OUTCOME)).isEqualTo("implemented");
    }

  @Test
  void reassignWhileWaitingForTheLead_movesTheAcceptanceTask() {
    ProcessInstance decision = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "ac-ict")))
        .as("the lead already").satisfies(refusedFor()).hasMessageContaining("the lead already");
    complete(review, Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "ac-education"));
    assertThat(candidateGroups(task(decision, TASK_ASSIGN_IMPLEMENTER))).containsExactly("ac-education");
    assertThat(comments(task(decision, TASK_ASSIGN_IMPLEMENTER))).as("on the task it inherits").anySatisfy(c ->
        assertThat(c).startsWith("মূল বাস্তবায়নকারী পরিবর্তন:").contains("সিদ্ধান্তটি গ্রহণ করে"));
  }

  /**
   * The chair's open review reads the decision as it stands, not as it stood when the review opened; a lead that then
   * accepts with a later deadline leaves nothing to review.
   */
  @Test
  void theChairsOpenReview_followsTheHandBackAndTheNaming_andIsWithdrawnWhenTheLeadSetsALaterDeadline() {
    ProcessInstance decision = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    java.util.function.Supplier<Object> progress =
        () -> engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT);
    java.util.function.Supplier<Object> pending =
        () -> engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT);
    assertThat(progress.get()).isEqualTo("মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায় / waiting for the lead to accept");
    assertThat(pending.get()).isEqualTo(ICT_NAME);

    complete(task(decision, TASK_ASSIGN_IMPLEMENTER), Map.of(LEAD_DECLINED, true, DECLINE_REASON, "শিক্ষা শাখার কাজ"));
    assertThat(progress.get())
        .isEqualTo("সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায় / waiting for the secretary to name the lead");
    assertThat(pending.get()).as("the lead that handed it back owes nothing now").isEqualTo(SECRETARY_NAME);
    complete(task(decision, TASK_RESOLVE_UNKNOWN_IMPLEMENTER), Map.of(OFFICES, "[\"ac-education\", \"ac-ict\"]",
        LEAD_GROUP, "ac-education"));
    assertThat(progress.get()).isEqualTo("মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায় / waiting for the lead to accept");
    assertThat(pending.get()).isEqualTo(EDUCATION_NAME);
    assertThat(comments(task(decision, TASK_ASSIGN_IMPLEMENTER))).as("the lead the secretary names is asked, late as it is")
        .singleElement().asString().startsWith("গ্রহণের অনুরোধ: সিদ্ধান্ত ০৩").contains("সময়সীমা: ৩০/০১/২০২৪ (অতিক্রান্ত)");

    accept(decision, DEADLINE); // the new lead's date, later than today
    BpmnAwareTests.assertThat(decision).hasPassed("Event_NoLongerOverdue");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_DECISION)).as("nothing left for the chair").isEmpty();
    assertThat(instanceComments(decision)).as("and the chair reads why its task went").anySatisfy(c -> assertThat(c)
        .startsWith("পর্যালোচনা প্রত্যাহার: সিদ্ধান্ত ০৩").contains("— নতুন সময়সীমা ৩০/০৭/২০২৬")
        .contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)", "আর মেয়াদোত্তীর্ণ নয়"));
    assertThat(variable(decision, ESCALATED)).isEqualTo(false);
    assertThat(tasks(decision, TASK_REPORT_UPDATE)).hasSize(2);
    assertThat(timerDue(decision)).as("the new deadline's first reminder, 7 working days before it")
        .isEqualTo(LocalDateTime.of(2026, 7, 21, 9, 0));
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("REMINDER");
  }

  /** The same on the UNO's rung: a union lead that accepts late with a later date leaves nothing to review. */
  @Test
  void aLateUnionLeadsLaterDate_withdrawsTheUnosReview() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_AssignImplementer", "Task_ReviewOverdueOffice");

    accept(decision, "2026-08-20");
    BpmnAwareTests.assertThat(decision).hasPassed("Event_NoLongerOverdueAtUno");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("the UNO cannot refer a decision no longer late").isEmpty();
    assertThat(instanceComments(decision)).as("and the UNO reads why its task went").anySatisfy(c -> assertThat(c)
        .startsWith("পর্যালোচনা প্রত্যাহার: সিদ্ধান্ত ০৩").contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ", "২০/০৮/২০২৬"));
    assertThat(variable(decision, CHECKPOINT_KIND)).isEqualTo("REMINDER");
    assertThat(timerDue(decision)).as("7 working days before Thursday 20 August").isEqualTo(LocalDateTime.of(2026, 8, 11, 9, 0));
  }

  /** An accepted decision whose lead set no later date stays with the chair. */
  @Test
  void aLateLeadKeepingThePassedDeadline_leavesTheReviewWithTheChair() {
    // as registration writes it: the form shows this date, and the lead sends it back unchanged
    ProcessInstance decision = startDecision(Map.of(DEADLINE_TEXT, "৩০/০১/২০২৪"), "2024-01-30", AC_ICT, AC_EDUCATION);
    runJobsNotAfterNow(decision);
    accept(decision, "2024-01-30");
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(variable(decision, ESCALATED)).isEqualTo(true);
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ac-education"))).as("asked after the deadline, and told so")
        .anySatisfy(c -> assertThat(c).startsWith("তথ্য প্রদানের অনুরোধ: সিদ্ধান্ত ০৩")
            .contains("সময়সীমা: ৩০/০১/২০২৪ (অতিক্রান্ত)", "জরুরি ভিত্তিতে").doesNotContain("সময়সীমার মধ্যে"));
  }

  /** While the chair decides, the offices' reports and their verifications show in the review. */
  @Test
  void theChairsOpenReview_followsTheReportsAndTheVerifications() {
    overdue(); // ac-ict reported, ac-education not; the deadline passed
    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    java.util.function.Supplier<Object> pending =
        () -> engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT);
    assertThat(pending.get()).isEqualTo(EDUCATION_NAME);

    report(decision, "ac-education", "শিক্ষা শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("২/২ দপ্তর প্রতিবেদন দিয়েছে");
    assertThat(pending.get()).isEqualTo("— (সকল দপ্তর দাখিল করেছে; যাচাইয়ের অপেক্ষায় / all reported; awaiting verification: "
        + ICT_NAME + "; " + EDUCATION_NAME + ")");
    verify(decision, "ac-ict", VERDICT_RETURNED, "লিংক নেই");
    assertThat(pending.get()).as("sent back: the office owes its report again").isEqualTo(ICT_NAME);
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).as("and the count says so")
        .isEqualTo("২/২ দপ্তর প্রতিবেদন দিয়েছে (১টি সংশোধনের জন্য ফেরত)");
    report(decision, "ac-ict", "লিংকসহ আবার দাখিল করা হলো");
    assertThat(engine.getTaskService().getVariable(review.getId(), PROGRESS_TEXT)).isEqualTo("২/২ দপ্তর প্রতিবেদন দিয়েছে");
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    assertThat(pending.get()).as("verified: only the other report waits")
        .isEqualTo("— (সকল দপ্তর দাখিল করেছে; যাচাইয়ের অপেক্ষায় / all reported; awaiting verification: "
            + EDUCATION_NAME + ")");
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");

    // the chair has chosen: the lines are the next review's to write, not rewritten meanwhile for nobody
    chairChooses(Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27"));
    verify(decision, "ac-education", VERDICT_RETURNED, "লিংক নেই");
    assertThat(variable(decision, PROGRESS_TEXT)).isNull();
    assertThat(variable(decision, PENDING_OFFICES_TEXT)).isNull();
  }

  static final String ICT_NAME = "সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ";
  static final String EDUCATION_NAME = "সহকারী কমিশনার (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ";

  /** The lead owes the acceptance, not an update: the letter and its message ask for that. */
  @Test
  void aReminderLetterToALeadThatHasNotAccepted_asksForTheAcceptance() {
    ProcessInstance decision = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(decision);
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "remind"));
    runJobsNotAfterNow(decision);
    assertThat(letters(decision)).singleElement().asString()
        .contains("গ্রহণ ও বাস্তবায়নকারী দপ্তর নিশ্চিতকরণে তাগিদ।", "সিদ্ধান্তটি গ্রহণ করে বাস্তবায়নকারী দপ্তরসমূহ নিশ্চিত করেনি")
        .doesNotContain("হালনাগাদ তথ্য পাওয়া যায়নি", "হালনাগাদ তথ্য প্রেরণে তাগিদ");
    assertThat(comments(task(decision, TASK_ASSIGN_IMPLEMENTER))).anySatisfy(c -> assertThat(c)
        .startsWith("তাগিদপত্র:").contains("টাস্কলিস্টে সিদ্ধান্তটি গ্রহণ করে দপ্তর নিশ্চিত করুন")
        .doesNotContain("তথ্য দাখিল করুন"));
  }

  // --- the escalation ladder: a union's or upazila office's lateness goes to its UNO first, then to the chair

  static final String UNION_KALIGANJ = "সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ";
  static final String AP_SADAR = "সহকারী প্রোগ্রামার, ঝিনাইদহ সদর";
  static final String UNO_KALIGANJ = "ইউএনও, কালীগঞ্জ";

  @Test
  void lateUnion_goesToItsUnoFirst_andAWeekLaterToTheChair() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);

    BpmnAwareTests.assertThat(decision)
        .hasPassed("Task_FindLateOffices", "Task_RouteEscalation", "Task_NotifyEscalation")
        .isWaitingAt("Task_ReviewOverdueOffice");
    Task review = task(decision, TASK_REVIEW_OVERDUE_OFFICE);
    assertThat(candidateGroups(review)).containsExactly("uno-kaliganj");
    assertThat(review.getDueDate()).as("due when the UNO's rung lapses to the chair, not the passed deadline")
        .isEqualTo(engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
            .activityId("Event_UnoReviewLapsed").singleResult().getDuedate());
    assertThat(review.getName()).as("whose review: the UNO's upazila")
        .isEqualTo("ইউএনও পর্যায়ে মেয়াদোত্তীর্ণ পর্যালোচনা — সিদ্ধান্ত ০৩ — %s — উপজেলা নির্বাহী অফিসার, কালীগঞ্জ", MEETING);
    assertThat(engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT)).asString().contains("সুন্দরপুর-দুর্গাপুর");
    HistoricDecisionInstance route = routeEvaluations(decision).get(0);
    assertThat(inputs(route)).containsEntry("officeLevel", "union").containsEntry("workingDaysLate", 1);
    assertThat(outputs(route)).containsEntry("escalateTo", "uno").containsEntry("notifyGroups", "office,uno");
    assertThat(instanceComments(decision)).anySatisfy(c -> assertThat(c)
        .startsWith("পর্যালোচনার জন্য উপস্থাপন: সিদ্ধান্ত ০৩").contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ")
        .as("the UNO's own choices").contains("তাগিদপত্র প্রেরণ অথবা সভাপতির নিকট উপস্থাপন").doesNotContain("সময় বৃদ্ধি"));
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "up-kaliganj-sundarpur-durgapur")))
        .anySatisfy(c -> assertThat(c).startsWith("মেয়াদোত্তীর্ণ: সিদ্ধান্ত ০৩"));

    complete(review, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন কর্মদিবসের মধ্যে দিন"));
    runJobsNotAfterNow(decision);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
        .activityId("Event_UnoReviewStillOpen").count()).as("the rung's reminders end with it").isZero();
    BpmnAwareTests.assertThat(decision).as("the only UNO has acted: the rung is over, the watch has the decision")
        .hasPassed("Task_SendUnoReminderLetter", "Event_UnoReviewDone").hasNotPassed("Task_SendReminderLetter")
        .isWaitingAt("Event_CheckpointReached");
    assertThat(variable(decision, REVIEWED_BY)).isEqualTo("uno");
    assertThat(letters(decision)).singleElement().satisfies(html -> assertThat(html)
        .contains("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ, ঝিনাইদহ")
        .contains("সচিব, সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ, কালীগঞ্জ"));

    // the UNO's week passes (5 August is a holiday): 6 working days late, the union goes on to the chair
    at(LocalDateTime.of(2026, 8, 10, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(candidateGroups(task(decision, TASK_REVIEW_OVERDUE_DECISION))).containsExactly("adc-edu-ict");
    List<HistoricDecisionInstance> evaluations = routeEvaluations(decision);
    assertThat(outputs(evaluations.get(evaluations.size() - 1))).containsEntry("escalateTo", "adc");
    assertThat(instanceComments(decision)).anySatisfy(c -> assertThat(c).startsWith("অবগতি: সিদ্ধান্ত ০৩"));
    // the chair writes to the union over its UNO's head: the UNO has a copy
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "remind"));
    runJobsNotAfterNow(decision);
    List<String> both = letters(decision);
    assertThat(both).hasSize(2);
    assertThat(both).filteredOn(html -> !html.contains("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ, ঝিনাইদহ"))
        .as("the chair's letter").singleElement().satisfies(html -> assertThat(html.substring(html.indexOf("অনুলিপি")))
            .contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ"));
    assertThat(JsonVariables.readStrings(variable(decision, REMINDER_LETTER_ATTACHMENTS), REMINDER_LETTER_ATTACHMENTS))
        .as("both letters, the UNO's and the chair's").hasSize(2);
  }

  /** The committee may work on any task: the chair's user who completes a UNO's review is recorded as the chair. */
  @Test
  void theChairsUserCompletingAUnosReview_isRecordedAsTheChair() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_OFFICE);
    String chair = member("adc-edu-ict");
    String secretary = member("programmer-ict");
    try {
      // the secretary may work on any task too, but does not decide for the UNO or the chair
      engine.getIdentityService().setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "")))
          .satisfies(refusedFor()).hasMessageContaining("the UNO's or the chair's");
      // nor when an administrator made the secretary's office a candidate
      engine.getIdentityService().clearAuthentication();
      engine.getTaskService().addCandidateGroup(review.getId(), "programmer-ict");
      engine.getIdentityService().setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "")))
          .satisfies(refusedFor()).hasMessageContaining("the UNO's or the chair's");
      engine.getIdentityService().setAuthentication(chair, List.of("adc-edu-ict"));
      complete(review, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন কর্মদিবসের মধ্যে দিন"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobsNotAfterNow(decision);
    assertThat(variable(decision, REVIEWED_BY)).isEqualTo("adc");
    assertThat(letters(decision)).singleElement().satisfies(html -> assertThat(html)
        .contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)")
        .doesNotContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ, ঝিনাইদহ"));

    // a week on, the chair's own review: not the secretary's either
    at(LocalDateTime.of(2026, 8, 10, 9, 0));
    runJobsNotAfterNow(decision);
    Task chairs = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    try {
      engine.getIdentityService().setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> complete(chairs, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "")))
          .satisfies(refusedFor()).hasMessageContaining("this review is the chair's");
      // nor by making itself a candidate first: refused to the committee, which works on tasks but does not change
      // them; and were an administrator to do it, the review is still the chair's
      assertThatThrownBy(() -> engine.getTaskService().addCandidateGroup(chairs.getId(), "programmer-ict"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      engine.getIdentityService().clearAuthentication();
      engine.getTaskService().addCandidateGroup(chairs.getId(), "programmer-ict");
      engine.getIdentityService().setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> complete(chairs, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-09-30",
          CHAIR_REMARKS, ""))).satisfies(refusedFor()).hasMessageContaining("this review is the chair's");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aUnoWhoDoesNothing_doesNotStopTheLadder_theRungLapsesAndTheChairGetsIt() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueOffice");
    assertThat(DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT)))
        .as("when the watch would escalate again: five working days, 5 August a holiday")
        .isEqualTo(LocalDateTime.of(2026, 8, 10, 9, 0));

    java.util.function.Supplier<Long> overdueNotices = () -> comments(task(decision, TASK_REPORT_UPDATE,
        "up-kaliganj-sundarpur-durgapur")).stream().filter(c -> c.startsWith("মেয়াদোত্তীর্ণ: সিদ্ধান্ত ০৩")).count();
    long atEscalation = overdueNotices.get();
    for (int day = 3; day <= 9; day++) {
      at(LocalDateTime.of(2026, 8, day, day == 9 ? 17 : 9, 0));
      runJobsNotAfterNow(decision);
    }
    BpmnAwareTests.assertThat(decision).as("still the UNO's week").isWaitingAt("Task_ReviewOverdueOffice")
        .hasPassed("Task_RemindDuringUnoReview");
    assertThat(overdueNotices.get()).as("the late union, each working day of the UNO's week: 3, 4, 6 and 9 August")
        .isEqualTo(atEscalation + 4);

    at(LocalDateTime.of(2026, 8, 10, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed").isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).isEmpty();
    assertThat(candidateGroups(task(decision, TASK_REVIEW_OVERDUE_DECISION))).containsExactly("adc-edu-ict");
    List<HistoricDecisionInstance> evaluations = routeEvaluations(decision);
    assertThat(inputs(evaluations.get(evaluations.size() - 1))).containsEntry("workingDaysLate", 6);
    assertThat(outputs(evaluations.get(evaluations.size() - 1))).containsEntry("escalateTo", "adc");
    assertThat(variable(decision, ESCALATIONS)).as("the UNO's rung and the chair's").isEqualTo(2);
  }

  @Test
  void escalatedWhileWaitingForTheLead_aLaterDateOnAccepting_startsTheWatchOverFromIt() {
    // the lead accepts after the chair chose a reminder letter
    ProcessInstance after = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(after);
    complete(task(after, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "দ্রুত দিন"));
    runJobsNotAfterNow(after);
    assertThat(variable(after, ESCALATED)).isEqualTo(true);
    accept(after, "2026-08-20");
    assertThat(variable(after, ESCALATED)).as("no longer late").isEqualTo(false);
    assertThat(timerDue(after)).as("7 working days before Thursday 20 August, not the chair again")
        .isEqualTo(LocalDateTime.of(2026, 8, 11, 9, 0));

    // the lead accepts while the chair still has it: nothing is left for the chair to decide
    ProcessInstance during = startDecision("2024-01-30", AC_ICT);
    runJobsNotAfterNow(during);
    accept(during, "2026-08-20");
    assertThat(tasks(during, TASK_REVIEW_OVERDUE_DECISION)).isEmpty();
    assertThat(timerDue(during)).isEqualTo(LocalDateTime.of(2026, 8, 11, 9, 0));

    at(LocalDateTime.of(2026, 7, 8, 10, 0));
    runJobsNotAfterNow(after);
    runJobsNotAfterNow(during);
    assertThat(tasks(after, TASK_REVIEW_OVERDUE_DECISION)).as("a week on, before the new date").isEmpty();
    assertThat(tasks(during, TASK_REVIEW_OVERDUE_DECISION)).isEmpty();
  }

  @Test
  void everyOfficeReportedButNobodyVerified_theChairIsToldWhoseVerificationIsOutstanding() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "হালনাগাদ করা হয়েছে");
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    // the lead's own report: the secretary owes its verification, and is the one reminded
    assertThat(instanceComments(decision).stream().filter(c -> c.startsWith("যাচাইয়ের তাগিদ: সিদ্ধান্ত")))
        .singleElement().asString().contains(SECRETARY_NAME + "\n\nমহোদয়", "এখনো যাচাই করা হয়নি", AC_ICT)
        .doesNotContain(AC_ICT_NAME + "\n\nমহোদয়");
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);

    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(engine.getTaskService().getVariable(review.getId(), PENDING_OFFICES_TEXT)).asString()
        .contains("যাচাইয়ের অপেক্ষায়", AC_ICT);
    assertThat(instanceComments(decision)).anySatisfy(c -> assertThat(c).startsWith("পর্যালোচনার জন্য উপস্থাপন")
        .contains("এখনো যাচাই করা হয়নি", AC_ICT_NAME + " (যাচাইকারী: " + SECRETARY_NAME + ")")
        .doesNotContain("দাখিল করেনি"));
    assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "remind")))
        .as("a reminder letter would reach nobody").satisfies(refusedFor()).hasMessageContaining(CHAIR_DECISION);

    complete(review, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27"));
    runJobsNotAfterNow(decision);
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded();
  }

  @Test
  void lateUno_skipsItsOwnRung_andGoesToTheChair() {
    ProcessInstance decision = startDecision(DEADLINE, UNO_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);

    assertThat(outputs(routeEvaluations(decision).get(0))).as("the table says uno").containsEntry("escalateTo", "uno");
    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(candidateGroups(task(decision, TASK_REVIEW_OVERDUE_DECISION))).containsExactly("adc-edu-ict");

    // the routes as Cockpit shows them: JSON, not a Java-serialized object; the office's own route says adc
    ObjectValue routes = engine.getRuntimeService().getVariableTyped(decision.getId(), ESCALATION_ROUTES, false);
    assertThat(routes.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(routes.getValueSerialized()).contains("\"office\":\"uno-kaliganj\"", "\"escalateTo\":\"adc\"");
    assertThat(variable(decision, ESCALATE_TO)).isEqualTo("adc");
  }

  @Test
  void theRouteTablesFeel_isParsedOnce_andEveryLaterEscalationReusesIt() {
    FeelEngine feel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration().getFeelEngine();
    assertThat(feel).isInstanceOf(CachedFeelEngine.class);
    ProcessInstance first = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(first, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(first);
    int parsed = ((CachedFeelEngine) feel).cachedCount();
    assertThat(parsed).isPositive();

    at(START);
    ProcessInstance second = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(second, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(second);
    assertThat(outputs(routeEvaluations(second).get(0))).containsEntry("escalateTo", "uno");
    assertThat(((CachedFeelEngine) feel).cachedCount()).as("nothing parsed again").isEqualTo(parsed);
  }

  /**
   * The decision is the district's: a UNO sends its offices a letter or refers the decision to the chair, who then
   * decides at once (with a fresh form: not the UNO's choice); closing needs the reason.
   */
  @Test
  void aUnoRefersTheDecisionToTheChair_butMayNotExtendReassignOrClose() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    Task review = task(decision, TASK_REVIEW_OVERDUE_OFFICE);
    for (Map<String, Object> chairOnly : List.<Map<String, Object>>of(
        Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, "বন্ধ"),
        Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-08-27"),
        Map.of(CHAIR_DECISION, "reassign", NEW_LEAD_GROUP, "uno-kaliganj"))) {
      assertThatThrownBy(() -> complete(review, chairOnly)).as(chairOnly.toString())
          .satisfies(refusedFor()).hasMessageContaining(CHAIR_DECISION).hasMessageContaining("chair's");
    }

    assertThat(DeadlineClock.fromDate(engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
        .activityId("Event_UnoReviewStillOpen").singleResult().getDuedate()))
        .as("the rung's daily reminders: from the next day, at the reminders' hour").isEqualTo(LocalDateTime.of(2026, 8, 3, 9, 0));
    at(LocalDateTime.of(2026, 8, 2, 22, 30)); // the UNO refers it late in the evening
    complete(review, Map.of(CHAIR_DECISION, "refer", CHAIR_REMARKS, "ইউনিয়ন পরিষদের ল্যাপটপ নষ্ট"));
    assertThat(DeadlineClock.fromDate(engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
        .activityId("Event_ReviewStillOpen").singleResult().getDuedate()))
        .as("the chair's review reminds at 09:00, not at 22:30").isEqualTo(LocalDateTime.of(2026, 8, 3, 9, 0));
    BpmnAwareTests.assertThat(decision).hasPassed("Event_ReferredToChair", "Event_UnoReferred")
        .isWaitingAt("Task_ReviewOverdueDecision").hasNotPassed("Task_SendUnoReminderLetter", "Task_SendReminderLetter");
    Task chair = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(candidateGroups(chair)).containsExactly("adc-edu-ict");
    assertThat(engine.getTaskService().getVariable(chair.getId(), CHAIR_DECISION)).as("not the UNO's choice").isNull();
    assertThat(engine.getTaskService().getVariable(chair.getId(), CHAIR_REMARKS)).as("not the UNO's remarks").isNull();
    assertThat(engine.getTaskService().getVariable(chair.getId(), PREVIOUS_REMARKS_TEXT))
        .as("which the chair reads above the form").isEqualTo("ইউনিয়ন পরিষদের ল্যাপটপ নষ্ট");
    assertThat(variable(decision, ESCALATIONS)).as("the referral is the second escalation").isEqualTo(2);
    assertThat(instanceComments(decision)).as("the chair hears of it now").anySatisfy(c -> assertThat(c)
        .startsWith("পর্যালোচনার জন্য উপস্থাপন (ইউএনও-র মাধ্যমে): সিদ্ধান্ত ০৩")
        .contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ", "সুন্দরপুর-দুর্গাপুর", "ইউনিয়ন পরিষদের ল্যাপটপ নষ্ট"));
    assertThatThrownBy(() -> complete(chair, Map.of(CHAIR_DECISION, "refer")))
        .satisfies(refusedFor()).hasMessageContaining(CHAIR_DECISION);
    assertThatThrownBy(() -> complete(chair, Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, " ")))
        .as("closing needs the reason").satisfies(refusedFor()).hasMessageContaining(CHAIR_REMARKS);
    assertThatThrownBy(() -> complete(chair, Map.of(CHAIR_DECISION, "close")))
        .as("the UNO's remark is not the chair's reason").satisfies(refusedFor()).hasMessageContaining(CHAIR_REMARKS);
    assertThatThrownBy(() -> complete(chair, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2027-09-01")))
        .as("beyond a year").satisfies(refusedFor()).hasMessageContaining(NEW_DEADLINE);

    complete(chair, Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, "পরবর্তী সভায় নতুন সিদ্ধান্ত"));
    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("Event_ClosedNotImplemented");
    assertThat(historicVariable(decision, REVIEWED_BY)).isEqualTo("adc");
  }

  static final String UNO_KALIGANJ_NAME = "উপজেলা নির্বাহী অফিসার, কালীগঞ্জ";
  static final String UNO_SADAR_NAME = "উপজেলা নির্বাহী অফিসার, ঝিনাইদহ সদর";

  /** Late offices of two upazilas: a union of Kaliganj and the assistant programmer of Sadar. */
  ProcessInstance lateInTwoUpazilas() {
    ProcessInstance decision = startDecision(DEADLINE, UNION_KALIGANJ, AP_SADAR);
    accept(decision, DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(routeEvaluations(decision)).hasSize(2);
    return decision;
  }

  /**
   * Acts as a user of an office outside the committee (a UNO). The coverage gate's execution listener reads the
   * process definition as the current user, which only the committee may: the office's group may read it meanwhile.
   */
  void as(String user, String group, Runnable action) {
    var authorizations = engine.getAuthorizationService();
    var read = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(group);
    read.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    read.setResourceId(DECISION_PROCESS);
    read.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    String grant = authorizations.saveAuthorization(read).getId();
    try {
      engine.getIdentityService().setAuthentication(user, List.of(group));
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
      authorizations.deleteAuthorization(grant);
    }
  }

  /**
   * Each UNO has a review of its own, for its own upazila's late offices: UNO Kaliganj's "remind" is a letter signed
   * by UNO Kaliganj to Kaliganj's office alone — none in UNO Sadar's name, none in the chair's — and UNO Sadar still
   * decides for Sadar. UNO Sadar refers the decision: the chair has it, and no UNO's review is left open.
   */
  @Test
  void lateOfficesOfTwoUpazilas_eachUnoReviewsAndSignsForItsOwnOffices_andOneReferralEndsTheRung() {
    ProcessInstance decision = lateInTwoUpazilas();
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("one review per UNO").hasSize(2);
    Task kaliganj = task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj");
    Task sadar = task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-sadar");
    assertThat(candidateGroups(kaliganj)).containsExactly("uno-kaliganj");
    assertThat(candidateGroups(sadar)).containsExactly("uno-sadar");
    assertThat(kaliganj.getName()).endsWith("— " + UNO_KALIGANJ_NAME);
    assertThat(sadar.getName()).endsWith("— " + UNO_SADAR_NAME);
    assertThat(kaliganj.getDueDate()).as("both due when the rung lapses").isEqualTo(sadar.getDueDate());
    // each UNO's form names the offices its letter would reach: its own upazila's, not the other's
    assertThat(engine.getTaskService().getVariable(kaliganj.getId(), UNO_OFFICES_TEXT)).asString()
        .startsWith("১টি দপ্তর").contains("সুন্দরপুর-দুর্গাপুর").doesNotContain("সদর");
    assertThat(engine.getTaskService().getVariable(sadar.getId(), UNO_OFFICES_TEXT)).asString()
        .contains("সহকারী প্রোগ্রামার, আইসিটি অধিদপ্তর, উপজেলা কার্যালয়, ঝিনাইদহ সদর").doesNotContain("সুন্দরপুর");

    String unoKaliganj = member("uno-kaliganj");
    String unoSadar = member("uno-sadar");
    as(unoKaliganj, "uno-kaliganj", () -> assertThatThrownBy(() -> complete(sadar, Map.of(CHAIR_DECISION, "remind")))
        .as("UNO Sadar's review is not UNO Kaliganj's to work on")
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class));
    as(unoKaliganj, "uno-kaliganj", () -> complete(kaliganj,
        Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন কর্মদিবসের মধ্যে দিন")));
    runJobsNotAfterNow(decision);

    BpmnAwareTests.assertThat(decision).hasPassed("Task_SendUnoReminderLetter").hasNotPassed("Task_SendReminderLetter");
    List<String> letters = letters(decision);
    assertThat(letters).as("one letter, UNO Kaliganj's: none in UNO Sadar's name nor the chair's").hasSize(1);
    String letter = letters.get(0);
    String addressed = letter.substring(0, letter.indexOf("অনুলিপি"));
    assertThat(addressed).contains("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ", "সুন্দরপুর-দুর্গাপুর", "তিন কর্মদিবসের মধ্যে দিন")
        .as("to Kaliganj's office only").doesNotContain("সদর</li>", "উপজেলা নির্বাহী অফিসারের কার্যালয়, ঝিনাইদহ সদর");
    assertThat(letter.substring(letter.indexOf("অনুলিপি"))).as("the chair has a copy, for information")
        .contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)");
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "ap-sadar"))).as("Sadar's office has no letter")
        .noneSatisfy(c -> assertThat(c).startsWith("তাগিদপত্র"));
    assertThat(comments(task(decision, TASK_REPORT_UPDATE, "up-kaliganj-sundarpur-durgapur")))
        .anySatisfy(c -> assertThat(c).startsWith("তাগিদপত্র"));
    assertThat(variable(decision, REVIEWED_BY)).isEqualTo("uno");
    assertThat(variable(decision, REMINDER_LETTERS_SENT)).isEqualTo(1);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar still decides for Sadar")
        .extracting(Task::getId).containsExactly(sadar.getId());
    assertThat(engine.getTaskService().getVariable(sadar.getId(), CHAIR_DECISION)).as("not UNO Kaliganj's choice").isNull();
    BpmnAwareTests.assertThat(decision).isNotWaitingAt("Task_ReviewOverdueDecision");

    as(unoSadar, "uno-sadar", () -> complete(sadar,
        Map.of(CHAIR_DECISION, "refer", CHAIR_REMARKS, "সহকারী প্রোগ্রামারের পদ শূন্য")));
    BpmnAwareTests.assertThat(decision).hasPassed("Event_ReferredToChair", "Event_UnoReferred")
        .isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("the rung is over for every UNO").isEmpty();
    Task chair = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(candidateGroups(chair)).containsExactly("adc-edu-ict");
    assertThat(engine.getTaskService().getVariable(chair.getId(), PREVIOUS_REMARKS_TEXT))
        .isEqualTo("সহকারী প্রোগ্রামারের পদ শূন্য");
    // the chair reads what the rung did: UNO Kaliganj's letter, UNO Sadar's referral and why
    assertThat(engine.getTaskService().getVariable(chair.getId(), ACTIONS_TAKEN_SHOWN)).asString()
        .containsPattern("- তাগিদপত্র নং ১ দেওয়া হয়েছে: " + java.util.regex.Pattern.quote(UNO_KALIGANJ_NAME)
            + ", ১টি দপ্তরকে: সচিব, [^\\n]+ ইউনিয়ন পরিষদ[^\\n]* \\(")
        .contains(
            "- সভাপতির কাছে পাঠানো হয়েছে: " + UNO_SADAR_NAME + " — সহকারী প্রোগ্রামারের পদ শূন্য");
    assertThat(DeadlineClock.fromDate(chair.getDueDate())).as("due when the watch would send it up again, not at the"
        + " deadline already past").isAfter(DeadlineClock.now());
    assertThat(instanceComments(decision)).as("the chair hears who referred it").anySatisfy(c -> assertThat(c)
        .startsWith("পর্যালোচনার জন্য উপস্থাপন (ইউএনও-র মাধ্যমে): সিদ্ধান্ত ০৩").contains(UNO_SADAR_NAME)
        .doesNotContain(UNO_KALIGANJ_NAME));
    assertThat(letters(decision)).as("the referral sends no letter").hasSize(1);
    assertThat(variable(decision, ESCALATIONS)).as("the referral is the second escalation").isEqualTo(2);
  }

  /** A UNO whose offices no longer owe work has nothing to remind: never a letter in the chair's name instead. */
  @Test
  void aUnoWhoseOfficesOweNothing_mayNotRemind_andNoLetterGoesInTheChairsName() {
    ProcessInstance decision = lateInTwoUpazilas();
    report(decision, "up-kaliganj-sundarpur-durgapur", "ওয়েব পোর্টাল হালনাগাদ করা হয়েছে");
    Task kaliganj = task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj");
    as(member("uno-kaliganj"), "uno-kaliganj", () -> assertThatThrownBy(() -> complete(kaliganj,
        Map.of(CHAIR_DECISION, "remind"))).satisfies(refusedFor()).hasMessageContaining(CHAIR_DECISION)
        .hasMessageContaining("none of your upazila's late offices still owes work"));
    assertThat(letters(decision)).isEmpty();
  }

  /**
   * The rung lapses: every UNO review still open ends with it, and the decision goes on. A rung of a union parishad's
   * and an upazila office's UNOs lasts the upazila's three working days (EscalationRoute's unoWorkingDays): from
   * Sunday 2 August to Thursday 6 August (the 5th a holiday), when the upazila office is 4 working days late and
   * the table sends it to the chair.
   */
  @Test
  void twoUnos_theLapseEndsEveryOpenUnoReview() {
    ProcessInstance decision = lateInTwoUpazilas();
    assertThat(DeadlineClock.fromDate((Date) variable(decision, UNO_REVIEW_LAPSES_AT)))
        .as("the shorter window of the two offices").isEqualTo(LocalDateTime.of(2026, 8, 6, 9, 0));
    as(member("uno-kaliganj"), "uno-kaliganj", () -> complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"),
        Map.of(CHAIR_DECISION, "remind")));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).hasSize(1);

    at(LocalDateTime.of(2026, 8, 6, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar's review lapsed").isEmpty();
    assertThat(letters(decision)).as("nothing sent for UNO Sadar").hasSize(1);
  }

  /**
   * One UNO's letter does not restart the decision's clock while another UNO's review of the rung is still open: UNO
   * Kaliganj writes on Tuesday 4 August, UNO Sadar never acts, and at the rung's lapse (10 August 09:00, 5 August a
   * holiday) the decision goes to the chair at once, and the late offices hear of it that day — not two working
   * days later, counted from Kaliganj's letter.
   */
  @Test
  void twoUnos_oneUnosLetterDoesNotDelayTheChair_whenTheOtherUnosReviewLapses() {
    ProcessInstance decision = lateInTwoUpazilas();
    LocalDateTime lapse = DeadlineClock.fromDate((java.util.Date) variable(decision, UNO_REVIEW_LAPSES_AT));
    at(LocalDateTime.of(2026, 8, 3, 9, 0));
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2026, 8, 4, 9, 0));
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2026, 8, 4, 11, 0));
    as(member("uno-kaliganj"), "uno-kaliganj", () -> complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"),
        Map.of(CHAIR_DECISION, "remind")));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar still to act").hasSize(1);
    for (LocalDateTime day = LocalDateTime.of(2026, 8, 6, 9, 0); day.isBefore(lapse); day = day.plusDays(1)) {
      at(day);
      runJobsNotAfterNow(decision);
    }
    Task sadarsOffice = task(decision, TASK_REPORT_UPDATE, "ap-sadar");
    int before = comments(sadarsOffice).size();

    at(lapse);
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_UnoReviewLapsed").isWaitingAt("Task_ReviewOverdueDecision");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar's review lapsed").isEmpty();
    assertThat(comments(sadarsOffice)).as("Sadar's late office hears on the day of the lapse that the chair has it")
        .hasSizeGreaterThan(before);
  }

  /**
   * The decision is no longer late (the lead's later date, as in aLateUnionLeadsLaterDate_withdrawsTheUnosReview):
   * every UNO's review is withdrawn, and each UNO is told.
   */
  @Test
  void twoUnos_noLongerOverdue_withdrawsEveryUnoReview() {
    ProcessInstance decision = lateInTwoUpazilas();
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).hasSize(2);
    engine.getRuntimeService().setVariable(decision.getId(), ESCALATED, false);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_NoLongerOverdueAtUno");
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).isEmpty();
    assertThat(instanceComments(decision).stream().filter(c -> c.startsWith("পর্যালোচনা প্রত্যাহার")))
        .anySatisfy(c -> assertThat(c).contains(UNO_KALIGANJ_NAME))
        .anySatisfy(c -> assertThat(c).contains(UNO_SADAR_NAME));
  }

  /**
   * A UNO that has sent its letter has no review left to withdraw: when the decision is no longer late, only the UNO
   * whose review was still open gets the notice that its task went, not one told of a task it had done.
   */
  @Test
  void noLongerOverdue_afterOneUnosLetter_tellsOnlyTheUnoWhoseReviewWasOpen() {
    ProcessInstance decision = lateInTwoUpazilas();
    at(LocalDateTime.of(2026, 8, 3, 9, 0));
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2026, 8, 4, 11, 0));
    as(member("uno-kaliganj"), "uno-kaliganj", () -> complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj"),
        Map.of(CHAIR_DECISION, "remind")));
    runJobsNotAfterNow(decision);
    assertThat(tasks(decision, TASK_REVIEW_OVERDUE_OFFICE)).as("UNO Sadar still to act").hasSize(1);

    engine.getRuntimeService().setVariable(decision.getId(), ESCALATED, false);
    BpmnAwareTests.assertThat(decision).hasPassed("Event_NoLongerOverdueAtUno");
    assertThat(notices(decision).stream().filter(n -> n.subject().startsWith("পর্যালোচনা প্রত্যাহার"))
        .map(n -> n.group()).toList()).as("Kaliganj's UNO had sent its letter").containsExactly("uno-sadar");
  }

  @Test
  void chairsReminderLetter_isAttachedInTheOfficialForm() {
    overdue();
    chairChooses(Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন দিনের মধ্যে দিন"));

    List<Attachment> attachments = engine.getTaskService().getProcessInstanceAttachments(decision.getId());
    assertThat(attachments).singleElement().satisfies(a -> {
      assertThat(a.getType()).isEqualTo("text/html");
      assertThat(a.getName()).isEqualTo("তাগিদপত্র-৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯-০৩-১.html");
    });
    String html = letters(decision).get(0);
    assertThat(html)
        .contains("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ")
        .contains("<span id=\"memo\">৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯/০৩-১</span>")
        .contains("<span id=\"date-bangla\">১৮ শ্রাবণ ১৪৩৩ বঙ্গাব্দ</span>")
        .contains("<span id=\"date-gregorian\">০২ আগস্ট ২০২৬ খ্রিস্টাব্দ</span>")
        .contains("<span id=\"reference-memo\">৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯</span>")
        .contains("উপজেলা পর্যায়ের ওয়েব পোর্টাল হালনাগাদ করবেন।", "৩০/০৭/২০২৬")
        .contains("<li>১। সহকারী কমিশনার (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ</li>")
        .contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)", "adceduictjhenaidah@mopa.gov.bd", "তিন দিনের মধ্যে দিন");
    // for information: the secretary and the lead (ac-ict, which verifies the reports), then the office copy
    String copies = html.substring(html.indexOf("অনুলিপি"));
    assertThat(copies).contains("<li>১। " + SECRETARY_NAME + "</li>", "<li>২। " + AC_ICT_NAME + "</li>",
        "<li>৩। অফিস কপি।</li>");
    assertThat(html.substring(0, html.indexOf("অনুলিপি"))).doesNotContain("<li>১। সহকারী কমিশনার (আইসিটি)");
    assertThat(variable(decision, REVIEWED_BY)).isEqualTo("adc");
  }

  List<HistoricDecisionInstance> routeEvaluations(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.getId()).decisionDefinitionKey("EscalationRoute")
        .includeInputs().includeOutputs().orderByEvaluationTime().asc().list();
  }

  static Map<String, Object> inputs(HistoricDecisionInstance evaluation) {
    Map<String, Object> values = new java.util.HashMap<>();
    evaluation.getInputs().forEach(i -> values.put(
        "Input_OfficeLevel".equals(i.getClauseId()) ? "officeLevel" : "workingDaysLate", i.getValue()));
    return values;
  }

  static Map<String, Object> outputs(HistoricDecisionInstance evaluation) {
    Map<String, Object> values = new java.util.HashMap<>();
    evaluation.getOutputs().forEach(o -> values.put(o.getVariableName(), o.getValue()));
    return values;
  }

  /**
   * What the decision's officials are told off their tasks: the comments on the decision (its record, and messages
   * whose recipient gets a task next), and the notices it gave to offices with no task to read them on.
   */
  List<String> instanceComments(ProcessInstance instance) {
    List<String> told = new java.util.ArrayList<>(engine.getTaskService().getProcessInstanceComments(instance.getId())
        .stream().map(Comment::getFullMessage).toList());
    notices(instance).forEach(notice -> told.add(notice.asComment()));
    return told;
  }

  List<String> letters(ProcessInstance instance) {
    return engine.getTaskService().getProcessInstanceAttachments(instance.getId()).stream()
        .sorted(java.util.Comparator.comparing(Attachment::getName))
        .map(a -> {
          try (java.io.InputStream in = engine.getTaskService().getAttachmentContent(a.getId())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).toList();
  }

  /** Form checks refuse with a BadUserRequestException naming the field; the engine wraps listener exceptions. */
  static java.util.function.Consumer<Throwable> refusedFor() {
    return thrown -> assertThat(org.assertj.core.util.Throwables.getRootCause(thrown)).isInstanceOf(BadUserRequestException.class);
  }



  String office(Task task) {
    return (String) engine.getTaskService().getVariable(task.getId(), OFFICE);
  }

  List<String> comments(Task task) {
    return engine.getTaskService().getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
  }

  /** The task's comments after the notice that gave the work (WorkAssignedNotice): reminders, letters, verdicts. */
  List<String> commentsSinceAssigned(Task task) {
    return comments(task).stream()
        .filter(c -> !c.startsWith("গ্রহণের অনুরোধ:") && !c.startsWith("তথ্য প্রদানের অনুরোধ:")).toList();
  }
}

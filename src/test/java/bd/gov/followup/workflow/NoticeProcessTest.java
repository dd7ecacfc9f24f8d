package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.directory.TasklistFilters;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.notify.Message;
import bd.gov.followup.notify.NoticeTasks;
import bd.gov.followup.notify.NoticesOf.Notice;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices an office reads in Tasklist (processes/notice.bpmn): every path of Notice, and each kind of news that has no
 * task of its reader to sit on — the reader's office finds it in its Tasklist filter with the Bengali text and marks
 * it read, another office never sees it, and a step that rolls back leaves none behind.
 */
@SpringBootTest
@ActiveProfiles("processtest")
@TestExecutionListeners(listeners = CoverageMeasuredListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
@Import({ProcessEngineCoverageConfiguration.class, NoticeCoverageConfiguration.class})
class NoticeProcessTest extends ProcessTestSupport {

  static final String AC_ICT = DecisionFollowupProcessTest.AC_ICT;
  static final String AC_EDUCATION = DecisionFollowupProcessTest.AC_EDUCATION;
  static final String DEADLINE = DecisionFollowupProcessTest.DEADLINE;

  @Autowired NoticeTasks noticeTasks;
  @Autowired DecisionClosing closing;
  @Autowired MeetingRegistration registration;
  @Autowired ObjectMapper objectMapper;
  @Autowired PlatformTransactionManager transactions;

  // --- the process itself

  @Test
  void aNotice_waitsForItsOffice_andEndsWhenRead() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    ProcessInstance notice = noticeTasks.open("ac-education",
        new Message("পরীক্ষামূলক বিজ্ঞপ্তি", "প্রথম লাইন\n[এখানে ক্লিক করুন](https://evil.example/)"), decision.getId());

    BpmnAwareTests.assertThat(notice).isWaitingAt(NoticeTasks.TASK).hasBusinessKey(decision.getBusinessKey());
    assertThat(variable(notice, "meetingMemoNumber")).as("beside its decision in Cockpit")
        .isEqualTo("56.04.4400.000.34.002.19.69");
    assertThat(variable(notice, DECISION_NUMBER)).isEqualTo(3);
    Task task = task(notice, NoticeTasks.TASK);
    assertThat(task.getName()).isEqualTo("বিজ্ঞপ্তি: পরীক্ষামূলক বিজ্ঞপ্তি");
    assertThat(candidateGroups(task)).containsExactly("ac-education");
    assertThat(variable(notice, "noticeTextShown")).as("the notice's words as written, never as markup")
        .isEqualTo("প্রথম লাইন\n\n\\[এখানে ক্লিক করুন\\](https://evil.example/)");

    assertThatThrownBy(() -> as("ac-ict", () -> engine.getTaskService().complete(task.getId(),
        Map.of("noticeRead", true)))).as("another office may not mark it read").isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as("ac-education", () -> engine.getTaskService().complete(task.getId(),
        Map.of("noticeRead", true, LEAD_GROUP, "ac-education")))).as("only the form's field")
        .hasMessageContaining(LEAD_GROUP);

    readAs("ac-education", notice);
    BpmnAwareTests.assertThat(notice).isEnded().hasPassed("Event_NoticeGiven", NoticeTasks.TASK, "Event_NoticeRead");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(notice.getId())
        .singleResult().getRemovalTime()).as("its history goes after P1825D, as the decisions' do").isNotNull();
  }

  /**
   * The committee's secretary and chair may work on every task (a report that came on paper), and see every notice;
   * but a notice is its office's news: marked read in its place, it would leave the office's Tasklist unread, and the
   * history would say it was read.
   */
  @Test
  void theCommittee_seesAnOfficesNotice_butNeitherClaimsItNorMarksItRead() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    ProcessInstance forAnOffice = noticeTasks.open("ac-education", new Message("দপ্তরের বিজ্ঞপ্তি", "লেখা"),
        decision.getId());
    ProcessInstance forTheChair = noticeTasks.open("adc-edu-ict", new Message("সভাপতির বিজ্ঞপ্তি", "লেখা"),
        decision.getId());

    for (String committee : List.of("programmer-ict", "adc-edu-ict")) {
      Task task = task(forAnOffice, NoticeTasks.TASK);
      assertThat(as(committee, () -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count()))
          .as(committee + " sees it, as every task of the committee").isOne();
      assertThatThrownBy(() -> as(committee, () -> engine.getTaskService().claim(task.getId(), "user-of-" + committee)))
          .as(committee + " does not claim ac-education's notice").isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("বিজ্ঞপ্তি").hasMessageContaining("ac-education");
      assertThatThrownBy(() -> as(committee, () -> engine.getTaskService().complete(task.getId(),
          Map.of("noticeRead", true)))).as(committee + " does not mark it read")
          .isInstanceOf(AuthorizationException.class);
    }
    Task chairs = task(forTheChair, NoticeTasks.TASK);
    assertThatThrownBy(() -> as("programmer-ict", () -> engine.getTaskService().complete(chairs.getId(),
        Map.of("noticeRead", true)))).as("nor the secretary the chair's").isInstanceOf(AuthorizationException.class);

    BpmnAwareTests.assertThat(forAnOffice).isWaitingAt(NoticeTasks.TASK);
    as("ac-education", () -> engine.getTaskService().claim(task(forAnOffice, NoticeTasks.TASK).getId(),
        "user-of-ac-education"));
    readAs("ac-education", forAnOffice);
    readAs("adc-edu-ict", forTheChair);
  }

  // --- each kind of news without a task to sit on

  @Test
  void aDecisionClosed_tellsEachOfficeThatStillHadWork_inItsTasklist() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    assertThat(closing.close(decision.getId(), "পোর্টাল প্রকল্পে অন্তর্ভুক্ত", "next.meeting", "reason")).isTrue();

    Notice notice = noticeOf(decision, "ac-education");
    assertThat(notice.subject()).startsWith("সিদ্ধান্ত বন্ধ: সিদ্ধান্ত ০৩");
    assertThat(notice.text()).contains("কারণ: পোর্টাল প্রকল্পে অন্তর্ভুক্ত", "টাস্কলিস্ট থেকে কাজটি সরিয়ে নেওয়া হয়েছে");
    assertThat(notices(decision)).extracting(Notice::group).containsExactlyInAnyOrder("ac-ict", "ac-education");
    readInTasklist(notice, "uno-kaliganj");
  }

  /**
   * The secretary's review closes a decision in the step her submission runs (her login on the command, the step's
   * own code without authorization checks): the notices it gives are the application's, not a start form she sent,
   * whose fields the form check would hold them to (a browser journey met this refusal).
   */
  @Test
  void aDecisionClosedInAStepAnOfficialsSubmissionRuns_givesItsNotices() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    engine.getIdentityService().setAuthentication("review-secretary", List.of("programmer-ict"));
    try {
      ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(command -> {
            command.disableAuthorizationCheck(); // as Camunda runs a step's own code
            return closing.close(decision.getId(), "পরবর্তী সভায় বাস্তবায়িত ঘোষিত", "next.meeting", "reason");
          });
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    assertThat(notices(decision)).extracting(Notice::group).containsExactlyInAnyOrder("ac-ict", "ac-education");
  }

  @Test
  void aDecisionDeclaredImplemented_orContinued_tellsTheOfficesHow() {
    ProcessInstance declared = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(declared, DEADLINE);
    closing.close(declared.getId(), "এ সভার সিদ্ধান্ত ০১ অনুযায়ী", "next.meeting", "reason", "সদস্য-সচিব",
        DecisionClosing.Kind.IMPLEMENTED);
    Notice implemented = noticeOf(declared, "ac-education");
    assertThat(implemented.subject()).startsWith("সিদ্ধান্ত বাস্তবায়িত হিসেবে নিষ্পন্ন: ");
    readInTasklist(implemented, "ac-ict");

    ProcessInstance continued = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(continued, DEADLINE);
    closing.close(continued.getId(), "এ সভার সিদ্ধান্ত ০২-এ", "next.meeting", "reason", null,
        DecisionClosing.Kind.CONTINUED);
    Notice carriedOn = noticeOf(continued, "ac-education");
    assertThat(carriedOn.subject()).startsWith("সিদ্ধান্ত পরবর্তী সভার সিদ্ধান্তে অব্যাহত: ");
    readInTasklist(carriedOn, "ac-ict");
  }

  @Test
  void aReplacedLead_isToldWhichOfItsTasksWent() {
    ProcessInstance decision = overdue();
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "reassign",
        NEW_LEAD_GROUP, "uno-kaliganj", CHAIR_REMARKS, "ইউএনও কালীগঞ্জ দায়িত্ব নেবেন"));
    runJobsNotAfterNow(decision);

    Notice notice = noticeOf(decision, "ac-ict");
    assertThat(notice.subject()).startsWith("মূল বাস্তবায়নকারী পরিবর্তন: সিদ্ধান্ত ০৩");
    assertThat(notice.text()).contains("আপনার দপ্তরের স্থলে উপজেলা নির্বাহী অফিসার, কালীগঞ্জ-কে মূল বাস্তবায়নকারী করা হয়েছে",
        "সভাপতি (০২/০৮/২০২৬): ইউএনও কালীগঞ্জ দায়িত্ব নেবেন");
    readInTasklist(notice, "uno-kaliganj");
  }

  @Test
  void aDeadlineExtended_tellsTheLeadThatHasNoTaskLeft() {
    ProcessInstance decision = overdue();
    verify(decision, "ac-ict", VERDICT_ACCEPTED, ""); // the lead's verification done: nothing of its own open
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "extend",
        NEW_DEADLINE, "2026-08-27", CHAIR_REMARKS, "বিজয় দিবসের আগে"));
    runJobsNotAfterNow(decision);

    Notice notice = noticeOf(decision, "ac-ict");
    assertThat(notice.subject()).startsWith("সময়সীমা বৃদ্ধি: সিদ্ধান্ত ০৩").contains("২৭/০৮/২০২৬");
    readInTasklist(notice, "ac-education");
  }

  @Test
  void aReviewWithdrawn_tellsTheChairWhyItsTaskWent() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt(TASK_ASSIGN_IMPLEMENTER, TASK_REVIEW_OVERDUE_DECISION);
    accept(decision, "2026-08-20");

    Notice notice = noticeOf(decision, "adc-edu-ict");
    assertThat(notice.subject()).startsWith("পর্যালোচনা প্রত্যাহার: সিদ্ধান্ত ০৩");
    assertThat(notice.text()).contains("আর মেয়াদোত্তীর্ণ নয়");
    readInTasklist(notice, "ac-ict");
  }

  @Test
  void theSecretary_getsTheRecipientsToSendByPost_andBoth_theFinalReport() throws Exception {
    ProcessInstance meeting = registration.register(minutes("-N1"), false);
    runJobsNotAfterNow(meeting);
    Notice post = noticeOf(meeting, "programmer-ict");
    assertThat(post.subject()).startsWith("কার্যবিবরণী ডাকযোগে বা হাতে পাঠান: ");
    assertThat(post.text()).contains("ডাকযোগে বা হাতে পাঠান", "\n১. ");
    readInTasklist(post, "ac-ict");

    for (ProcessInstance decision : engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(meeting.getId()).list()) {
      closing.close(decision.getId(), "আর প্রয়োজন নেই", "next.meeting", "reason");
    }
    runJobsNotAfterNow(meeting);
    BpmnAwareTests.assertThat(meeting).isEnded();
    List<Notice> reports = notices(meeting).stream().filter(n -> n.subject().startsWith("চূড়ান্ত অগ্রগতি প্রতিবেদন"))
        .toList();
    assertThat(reports).extracting(Notice::group).containsExactlyInAnyOrder("programmer-ict", "adc-edu-ict");
    assertThat(reports).allSatisfy(n -> assertThat(n.text()).contains("বাস্তবায়নের হার",
        "/api/meetings/56.04.4400.000.34.002.19.69-N1/progress.html"));
    readInTasklist(reports.stream().filter(n -> n.group().equals("adc-edu-ict")).findFirst().orElseThrow(), "ac-ict");
  }

  // --- in the step's transaction

  @Test
  void aStepThatRollsBack_leavesNoNotice() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      assertThat(closing.close(decision.getId(), "ভুল করে বন্ধ", "next.meeting", "reason")).isTrue();
      assertThat(notices(decision)).as("given in the step").hasSize(2);
      status.setRollbackOnly(); // the close fails after the notice was given
    });
    assertThat(notices(decision)).as("gone with the step").isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(NoticeTasks.PROCESS)
        .processVariableValueEquals("noticeAbout", decision.getId()).count()).as("nothing in any Tasklist").isZero();
    BpmnAwareTests.assertThat(decision).isActive();
  }

  // --- helpers

  ProcessInstance overdue() {
    ProcessInstance decision = startDecision(DEADLINE, AC_ICT, AC_EDUCATION);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "হালনাগাদ করা হয়েছে");
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    BpmnAwareTests.assertThat(decision).isWaitingAt(TASK_REVIEW_OVERDUE_DECISION);
    return decision;
  }

  Meeting minutes(String memoSuffix) throws Exception {
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      Meeting m = objectMapper.readValue(in, Meeting.class);
      return m.withMemoNumber(m.memoNumber() + memoSuffix);
    }
  }

  Notice noticeOf(ProcessInstance about, String group) {
    List<Notice> theirs = notices(about).stream().filter(n -> n.group().equals(group)).toList();
    assertThat(theirs).as("one notice for " + group).hasSize(1);
    return theirs.get(0);
  }

  /**
   * The notice's office finds it in its Tasklist filter "আমার দপ্তরের কাজ", opens its form and marks it read; the other
   * office sees it neither in its filter nor by its id.
   */
  void readInTasklist(Notice notice, String otherOffice) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(notice.processInstanceId()).singleResult();
    assertThat(task.getName()).isEqualTo("বিজ্ঞপ্তি: " + notice.subject());
    assertThat(officeFilter(notice.group())).as(notice.group() + "'s Tasklist").contains(task.getId());
    assertThat(officeFilter(otherOffice)).as(otherOffice + "'s Tasklist").doesNotContain(task.getId());
    assertThat(as(otherOffice, () -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count()))
        .as("not even by its id").isZero();
    assertThat(as(notice.group(), () -> engine.getFormService().getTaskFormKey(task.getProcessDefinitionId(),
        task.getTaskDefinitionKey()))).isNull(); // a Camunda Form: formRef, deployed with the process
    assertThat(as(notice.group(), () -> engine.getFormService().getDeployedTaskForm(task.getId()))).isNotNull();
    readAs(notice.group(), engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(notice.processInstanceId()).singleResult());
  }

  void readAs(String group, ProcessInstance notice) {
    Task task = task(notice, NoticeTasks.TASK);
    as(group, () -> engine.getTaskService().complete(task.getId(), Map.of("noticeRead", true)));
    BpmnAwareTests.assertThat(notice).isEnded();
  }

  List<String> officeFilter(String group) {
    String filter = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_OFFICE).singleResult()
        .getId();
    return as(group, () -> engine.getFilterService().<Task>listPage(filter, 0, 500).stream().map(Task::getId).toList());
  }

  void as(String group, Runnable action) {
    as(group, () -> {
      action.run();
      return null;
    });
  }

  /**
   * Acts as a user of the office. The coverage gate's execution listener reads the process definition as the
   * current user, which only the committee may: the office's group may read it meanwhile.
   */
  <T> T as(String group, Supplier<T> action) {
    var authorizations = engine.getAuthorizationService();
    boolean committee = authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(NoticeTasks.PROCESS).count() > 0;
    String grant = null;
    if (!committee) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(NoticeTasks.PROCESS);
      read.addPermission(Permissions.READ);
      grant = authorizations.saveAuthorization(read).getId();
    }
    engine.getIdentityService().setAuthentication("user-of-" + group, List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
      if (grant != null) {
        authorizations.deleteAuthorization(grant);
      }
    }
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The directory lists a committee whose meeting was registered before, with the first committee's roles (an upgrade,
 * or a committee added after its meeting came in): at the next start the running meeting, its decisions and the open
 * tasks the roles hold go to the committee's own secretary and chair, once.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class CommitteeHandoverTest extends ProcessTestSupport {

  static final String COMMITTEE = "জেলা হস্তান্তর পরীক্ষা কমিটি";

  @Autowired MeetingRegistration registration;
  @Autowired CommitteeHandover handover;
  @Autowired ObjectMapper objectMapper;

  @Autowired DecisionClosing closing;
  @Autowired ReportVerifiers verifiers;
  @Autowired PendingOffices pendingOffices;

  @Test
  void aCommitteeListedAfterItsMeetingCameIn_takesItsRunningMeetingsOver_once() throws Exception {
    ProcessInstance registered = registration.register(meetingOf(COMMITTEE, ".handover"), false);
    ProcessInstance inReview = registration.register(meetingOf(COMMITTEE, ".handover-review"), true);
    assertThat(variable(registered, CHAIR_GROUP)).as("unlisted: the first committee's").isEqualTo("adc-edu-ict");
    Task minutesReview = engine.getTaskService().createTaskQuery().processInstanceId(inReview.getId())
        .taskDefinitionKey(TASK_REVIEW_MINUTES).singleResult();
    assertThat(candidateGroups(minutesReview)).containsExactly("programmer-ict");

    List<ProcessInstance> decisions = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(registered.getId()).list();
    decisions.forEach(this::runJobsNotAfterNow); // the seed's deadline passed long ago: reviews open
    // decision 01's lead is the programmer, the old secretary; Assistant Commissioner (ICT) reports on it
    ProcessInstance first = decisions.stream().filter(d -> d.getBusinessKey().endsWith("/01")).findFirst().orElseThrow();
    accept(first, "2026-07-30");
    report(first, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    Task verify = verifyTaskOf(first, "ac-ict");
    assertThat(candidateGroups(verify)).as("lead and secretary in one").containsExactly("programmer-ict");
    List<Task> reviews = engine.getTaskService().createTaskQuery()
        .processInstanceIdIn(decisions.stream().map(ProcessInstance::getId).toArray(String[]::new))
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).list();
    assertThat(reviews).isNotEmpty().allSatisfy(review -> assertThat(candidateGroups(review)).contains("adc-edu-ict"));

    CommitteeHandover listed = handover(withCommittee());
    try {
      // these two, and the test's other meetings of that committee if it ran first (one database for the class)
      assertThat(listed.handOver()).isGreaterThanOrEqualTo(2);
      assertThat(variable(registered, SECRETARY_GROUP)).isEqualTo("adc-general");
      assertThat(variable(registered, CHAIR_GROUP)).isEqualTo("adc-revenue");
      assertThat(decisions).allSatisfy(decision -> {
        assertThat(variable(decision, SECRETARY_GROUP)).isEqualTo("adc-general");
        assertThat(variable(decision, CHAIR_GROUP)).isEqualTo("adc-revenue");
      });
      assertThat(reviews).allSatisfy(review ->
          assertThat(candidateGroups(review)).contains("adc-revenue").doesNotContain("adc-edu-ict"));
      assertThat(candidateGroups(minutesReview)).containsExactly("adc-general");
      assertThat(candidateGroups(verify)).as("the lead keeps it; the new secretary verifies too, not the chair")
          .containsExactlyInAnyOrder("programmer-ict", "adc-general");

      assertThat(listed.handOver()).as("the next start: every meeting has its committee's roles").isZero();
    } finally {
      assertThat(handover.handOver()).as("back to the file the other tests use").isGreaterThanOrEqualTo(2);
    }
    assertThat(variable(registered, CHAIR_GROUP)).isEqualTo("adc-edu-ict");
    assertThat(reviews).allSatisfy(review -> assertThat(candidateGroups(review)).doesNotContain("adc-revenue"));
    assertThat(candidateGroups(verify)).containsExactly("programmer-ict");
    assertThat(candidateGroups(minutesReview)).containsExactly("programmer-ict");
  }

  /**
   * Decision 01 is closed while the chair reviews it: the chair's office and the lead (the programmer, the old
   * secretary too) each have a notice to read. The handover gives the chair's unread notice to the office that takes
   * the chair, as it gives the chair's open reviews; the lead's own stays the lead's, which the role does not change.
   */
  @Test
  void theRolesUnreadNotices_goToTheOfficeThatTakesTheRole_aLeadsOwnStays() throws Exception {
    ProcessInstance registered = registration.register(meetingOf(COMMITTEE, ".handover-notices"), false);
    List<ProcessInstance> decisions = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(registered.getId()).list();
    decisions.forEach(this::runJobsNotAfterNow); // the seed's deadline passed long ago: the chair's reviews open
    ProcessInstance first = decisions.stream().filter(d -> d.getBusinessKey().endsWith("/01")).findFirst().orElseThrow();
    closing.close(first.getId(), "পরবর্তী সভায় নতুন সিদ্ধান্ত নেওয়া হয়েছে", null, "reason");
    Task chairs = noticeOf(first, "adc-edu-ict");
    Task leads = noticeOf(first, "programmer-ict");
    String oldChair = user("notices-chair", "adc-edu-ict");
    claimAs(oldChair, "adc-edu-ict", chairs);
    claimAs(user("notices-programmer", "programmer-ict"), "programmer-ict", leads);

    CommitteeHandover listed = handover(withCommittee());
    try {
      assertThat(listed.handOver()).isGreaterThanOrEqualTo(1);
      assertThat(candidateGroups(chairs)).as("the chair's news, now the new chair's").containsExactly("adc-revenue");
      assertThat(engine.getRuntimeService().getVariable(chairs.getProcessInstanceId(), "noticeGroup"))
          .isEqualTo("adc-revenue");
      assertThat(assignee(chairs)).as("the old chair's claim goes with the role").isNull();
      assertThat(userGrants(oldChair, chairs)).isZero();
      String newChair = user("notices-new-chair", "adc-revenue");
      claimAs(newChair, "adc-revenue", chairs);
      assertThat(assignee(chairs)).as("the new chair reads it in its Tasklist").isEqualTo(newChair);
      assertThat(candidateGroups(leads)).as("the lead's own").containsExactly("programmer-ict");
      assertThat(assignee(leads)).as("its claim too").isNotNull();
    } finally {
      assertThat(handover.handOver()).isGreaterThanOrEqualTo(1);
    }
    assertThat(candidateGroups(chairs)).containsExactly("adc-edu-ict");
  }

  /** The open notice for this office about this decision. */
  Task noticeOf(ProcessInstance decision, String office) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey("Notice")
        .processVariableValueEquals("noticeAbout", decision.getId()).taskCandidateGroup(office)
        .includeAssignedTasks().singleResult();
  }

  /** A suspended decision is not handed over half: tried again at the next start, once it is active. */
  @Test
  void aSuspendedMeeting_isHandedOverOnceActiveAgain() throws Exception {
    ProcessInstance registered = registration.register(meetingOf(COMMITTEE, ".handover-suspended"), false);
    ProcessInstance decision = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(registered.getId()).list().get(0);
    engine.getRuntimeService().suspendProcessInstanceById(decision.getId());
    CommitteeHandover listed = handover(withCommittee());
    try {
      listed.handOver();
      assertThat(variable(registered, CHAIR_GROUP)).as("left as it was").isEqualTo("adc-edu-ict");
      assertThat(variable(decision, CHAIR_GROUP)).isEqualTo("adc-edu-ict");
      engine.getRuntimeService().activateProcessInstanceById(decision.getId());
      assertThat(listed.handOver()).as("the next start").isGreaterThanOrEqualTo(1);
      assertThat(variable(registered, CHAIR_GROUP)).isEqualTo("adc-revenue");
      assertThat(variable(decision, CHAIR_GROUP)).isEqualTo("adc-revenue");
    } finally {
      assertThat(handover.handOver()).isGreaterThanOrEqualTo(1);
    }
    assertThat(variable(registered, CHAIR_GROUP)).isEqualTo("adc-edu-ict");
  }

  /**
   * The secretary types in an office's report that came on paper, the chair looks into another: their claims go with
   * their roles, back to the offices, with the grants the claims gave. A programmer's claim on the programmer's own
   * report is the office's, and stays.
   */
  @Test
  void aSecretarysOrChairsClaimOnAnOfficesReport_isReleasedByTheHandover_theOfficesOwnStays() throws Exception {
    ProcessInstance registered = registration.register(meetingOf(COMMITTEE, ".handover-claims"), false);
    ProcessInstance first = decisionOf(registered, "/01");
    accept(first, "2026-07-30");
    Task acIct = task(first, TASK_REPORT_UPDATE, "ac-ict");
    Task education = task(first, TASK_REPORT_UPDATE, "ac-education");
    Task programmers = task(first, TASK_REPORT_UPDATE, "programmer-ict");
    String secretary = user("claims-secretary", "programmer-ict");
    String chair = user("claims-chair", "adc-edu-ict");
    String programmer = user("claims-programmer", "programmer-ict");
    claimAs(secretary, "programmer-ict", acIct);
    claimAs(chair, "adc-edu-ict", education);
    claimAs(programmer, "programmer-ict", programmers);
    assertThat(userGrants(secretary, acIct)).as("Camunda's grant to the claimant").isPositive();

    CommitteeHandover listed = handover(withCommittee());
    try {
      assertThat(listed.handOver()).isGreaterThanOrEqualTo(1);
      assertThat(assignee(acIct)).as("the old secretary's claim").isNull();
      assertThat(assignee(education)).as("the old chair's claim").isNull();
      assertThat(userGrants(secretary, acIct)).isZero();
      assertThat(userGrants(chair, education)).isZero();
      assertThat(assignee(programmers)).as("the office's own official's claim").isEqualTo(programmer);
      engine.getIdentityService().setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> engine.getTaskService().claim(acIct.getId(), secretary))
          .as("nor claimed again").isInstanceOf(AuthorizationException.class).hasMessageContaining("another committee");
    } finally {
      engine.getIdentityService().clearAuthentication();
      assertThat(handover.handOver()).isGreaterThanOrEqualTo(1);
    }
  }

  /**
   * A handover cut short after a decision's roles (each step is a transaction of its own; the next start finishes
   * it): the old secretary's claim on an office's report of that decision no longer files it, as it claims no other
   * task of the new committee's. The programmer's own report stays the programmer's office's to file.
   */
  @Test
  void aHandoverCutShort_leavesTheOldSecretarysClaimUnworkable_theOfficesOwnWorkable() throws Exception {
    ProcessInstance registered = registration.register(meetingOf(COMMITTEE, ".handover-cut-short"), false);
    ProcessInstance first = decisionOf(registered, "/01");
    accept(first, "2026-07-30");
    Task acIct = task(first, TASK_REPORT_UPDATE, "ac-ict");
    Task programmers = task(first, TASK_REPORT_UPDATE, "programmer-ict");
    String secretary = user("cut-short-secretary", "programmer-ict");
    String programmer = user("cut-short-programmer", "programmer-ict");
    claimAs(secretary, "programmer-ict", acIct);
    claimAs(programmer, "programmer-ict", programmers);
    engine.getRuntimeService().setVariables(first.getId(),
        Map.of(SECRETARY_GROUP, "adc-general", CHAIR_GROUP, "adc-revenue"));
    try {
      engine.getIdentityService().setAuthentication(secretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> engine.getTaskService().complete(acIct.getId(), paperReport()))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("another committee");
      assertThat(assignee(acIct)).as("still open").isEqualTo(secretary);
      engine.getIdentityService().setAuthentication(programmer, List.of("programmer-ict"));
      engine.getTaskService().complete(programmers.getId(), paperReport());
      assertThat(engine.getTaskService().createTaskQuery().taskId(programmers.getId()).count()).isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getRuntimeService().setVariables(first.getId(),
          Map.of(SECRETARY_GROUP, "programmer-ict", CHAIR_GROUP, "adc-edu-ict"));
    }
  }

  static Map<String, Object> paperReport() {
    return Map.of(UPDATE_SUMMARY, "কাগজে আসা প্রতিবেদন", EVIDENCE_LINK, "https://example.gov.bd/", REMARKS, "");
  }

  ProcessInstance decisionOf(ProcessInstance meeting, String numberSuffix) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(meeting.getId()).list()
        .stream().filter(d -> d.getBusinessKey().endsWith(numberSuffix)).findFirst().orElseThrow();
  }

  /** A user of the test's own in the given group, made once per context. */
  String user(String id, String group) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword("Handover-Passw0rd!2025");
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }

  /** Claims as the logged-in user, authorization checked, as Tasklist does. */
  void claimAs(String userId, String group, Task task) {
    engine.getIdentityService().setAuthentication(userId, List.of(group));
    try {
      engine.getTaskService().claim(task.getId(), userId);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  String assignee(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  long userGrants(String userId, Task task) {
    return engine.getAuthorizationService().createAuthorizationQuery().userIdIn(userId)
        .resourceType(Resources.TASK).resourceId(task.getId()).count()
        + engine.getAuthorizationService().createAuthorizationQuery().userIdIn(userId)
        .resourceType(Resources.HISTORIC_TASK).resourceId(task.getId()).count();
  }

  CommitteeHandover handover(OfficeDirectory directory) {
    return new CommitteeHandover(directory, verifiers, pendingOffices, engine.getRuntimeService(),
        engine.getTaskService(), new bd.gov.followup.security.TaskGrants(engine.getAuthorizationService()),
        engine.getIdentityService());
  }

  /** The seed's minutes as another committee's, under a memo number of the test's own. */
  Meeting meetingOf(String committee, String memoSuffix) throws Exception {
    try (var in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      ObjectNode node = (ObjectNode) objectMapper.readTree(in);
      node.put("committee", committee);
      node.put("memoNumber", node.get("memoNumber").asText() + memoSuffix);
      return objectMapper.treeToValue(node, Meeting.class);
    }
  }

  /** Jhenaidah's directory with the test's committee listed: the ADC (General) its secretary, the ADC (Revenue) chair. */
  static OfficeDirectory withCommittee() throws Exception {
    String yaml = new String(new ClassPathResource("directory/jhenaidah.yaml").getInputStream().readAllBytes(),
        StandardCharsets.UTF_8);
    String listed = yaml.replace("committees:\n", "committees:\n  - name: " + COMMITTEE
        + "\n    secretary: adc-general\n    chair: adc-revenue\n");
    if (listed.equals(yaml)) {
      throw new AssertionError("the directory lists no committees to add to");
    }
    return OfficeDirectory.load(new ByteArrayInputStream(listed.getBytes(StandardCharsets.UTF_8)));
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.DecisionFollowupProcessTest.AC_ICT;
import static bd.gov.followup.workflow.DecisionFollowupProcessTest.DEADLINE;
import static bd.gov.followup.workflow.DecisionFollowupProcessTest.refusedFor;
import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A decision of another committee than the web portal's: the district's development coordination committee, which
 * the directory gives the Deputy Commissioner as chair and the ADC (General) as member-secretary. Its late decisions,
 * unknown implementers and leftover verifications go to them, never to the web portal committee's ADC and programmer.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class OtherCommitteeProcessTest extends ProcessTestSupport {

  /** The roles registration gives a meeting of the development coordination committee (MeetingRegistration). */
  static final Map<String, Object> DEVELOPMENT = Map.of(SECRETARY_GROUP, "adc-general", CHAIR_GROUP, "dc");

  @Test
  void aLateDecision_goesToItsOwnChair_whoAloneDecidesIt() {
    ProcessInstance decision = startDecision(DEVELOPMENT, "2026-07-02", AC_ICT);
    accept(decision, "2026-07-02");
    at(LocalDateTime.of(2026, 7, 6, 9, 0));
    runJobsNotAfterNow(decision);

    Task review = task(decision, TASK_REVIEW_OVERDUE_DECISION);
    assertThat(candidateGroups(review)).containsExactly("dc");
    String otherChair = member("adc-edu-ict");
    String dc = member("dc");
    String secretary = member("adc-general");
    var identity = engine.getIdentityService();
    try {
      // the web portal committee's chair works on its own committee's tasks: this review is the DC's
      identity.setAuthentication(otherChair, List.of("adc-edu-ict"));
      assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-07-30")))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
          .hasMessageContaining("another committee's meeting");
      // nor its secretary, who may work on the tasks of its own meetings, but does not decide for the chair
      identity.setAuthentication(secretary, List.of("adc-general"));
      assertThatThrownBy(() -> complete(review, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-07-30")))
          .satisfies(refusedFor()).hasMessageContaining("this review is the chair's");
      identity.setAuthentication(dc, List.of("dc"));
      complete(review, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2026-07-30"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(variable(decision, ProcessVariables.DEADLINE)).isEqualTo("2026-07-30");
    assertThat(variable(decision, REVIEWED_BY)).isEqualTo("adc");
  }

  @Test
  void anUnknownImplementer_goesToItsOwnSecretary() {
    ProcessInstance decision = startDecision(DEVELOPMENT, DEADLINE, "বিশেষ টাস্কফোর্স");
    assertThat(candidateGroups(task(decision, TASK_RESOLVE_UNKNOWN_IMPLEMENTER))).containsExactly("adc-general");
  }

  @Test
  void theMemberSecretaryNamedByTheRole_isItsOwnSecretary() {
    ProcessInstance decision = startDecision(DEVELOPMENT, DEADLINE, "সদস্য সচিব");
    assertThat(variable(decision, LEAD_GROUP)).isEqualTo("adc-general");
    assertThat(candidateGroups(task(decision, TASK_ASSIGN_IMPLEMENTER))).containsExactly("adc-general");
  }

  @Test
  void theLeadsOwnReport_isVerifiedByItsOwnSecretary() {
    ProcessInstance decision = startDecision(DEVELOPMENT, DEADLINE, AC_ICT);
    accept(decision, DEADLINE);
    report(decision, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ করা হয়েছে");
    assertThat(candidateGroups(verifyTaskOf(decision, "ac-ict"))).containsExactly("adc-general");
  }

  /**
   * The committees' roles may work on any task of their own committee's meetings (the secretary files a report that
   * came on paper), and an office's own tasks, but not on another committee's: each direction, and for each kind of
   * work (claim, complete, comment).
   */
  @Test
  void aCommitteeRole_worksOnItsOwnCommitteesTasks_notOnAnothers() {
    ProcessInstance portal = startDecision(DEADLINE, AC_ICT);
    ProcessInstance development = startDecision(DEVELOPMENT, DEADLINE, AC_ICT);
    Task portalAssign = task(portal, TASK_ASSIGN_IMPLEMENTER);
    Task developmentAssign = task(development, TASK_ASSIGN_IMPLEMENTER);
    String developmentSecretary = member("adc-general");
    String portalSecretary = member("programmer-ict");
    String dc = member("dc");
    var identity = engine.getIdentityService();
    var tasks = engine.getTaskService();
    try {
      identity.setAuthentication(developmentSecretary, List.of("adc-general"));
      assertThatThrownBy(() -> tasks.claim(portalAssign.getId(), developmentSecretary))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
          .hasMessageContaining("another committee's meeting");
      assertThatThrownBy(() -> tasks.complete(portalAssign.getId(), Map.of(ACCEPTED, false)))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      assertThatThrownBy(() -> tasks.createComment(portalAssign.getId(), portal.getId(), "অন্য কমিটির মন্তব্য"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      tasks.claim(developmentAssign.getId(), developmentSecretary);
      tasks.createComment(developmentAssign.getId(), development.getId(), "নিজ কমিটির মন্তব্য");

      identity.setAuthentication(portalSecretary, List.of("programmer-ict"));
      assertThatThrownBy(() -> tasks.createComment(developmentAssign.getId(), development.getId(), "x"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      tasks.claim(portalAssign.getId(), portalSecretary);
    } finally {
      identity.clearAuthentication();
    }

    // an office that holds a committee role is an office all the same: the DC leads a web portal decision
    ProcessInstance ledByTheDc = startDecision(DEADLINE, "জেলা প্রশাসক, ঝিনাইদহ");
    Task dcAssign = task(ledByTheDc, TASK_ASSIGN_IMPLEMENTER);
    assertThat(candidateGroups(dcAssign)).containsExactly("dc");
    try {
      identity.setAuthentication(dc, List.of("dc"));
      tasks.claim(dcAssign.getId(), dc);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().taskId(dcAssign.getId()).singleResult().getAssignee()).isEqualTo(dc);
  }

  private String member(String office) {
    String id = office + "-other-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var identity = engine.getIdentityService();
    identity.saveUser(identity.newUser(id));
    identity.createMembership(id, office);
    return id;
  }
}

package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An office reads the decisions it takes part in, and no others; the engine enforces it. */
@SpringBootTest
@ActiveProfiles("processtest")
class DecisionReadAccessTest extends ProcessTestSupport {

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  long visibleAs(String group, ProcessInstance decision) {
    engine.getIdentityService().setAuthentication("someone-of-" + group, List.of(group));
    try {
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(decision.getId()).count();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void theLeadAndEveryAskedOffice_readTheDecision_othersDoNot() {
    ProcessInstance decision = startDecision("2026-07-30", "উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ");
    assertThat(visibleAs("uno-kaliganj", decision)).as("not asked yet").isZero();
    assertThat(visibleAs("programmer-ict", decision)).as("the secretary leads it").isEqualTo(1);

    accept(decision, "2026-07-30");

    assertThat(visibleAs("uno-kaliganj", decision)).isEqualTo(1);
    assertThat(visibleAs("uno-harinakunda", decision)).isEqualTo(1);
    assertThat(visibleAs("head-lged", decision)).as("an office that is not asked").isZero();
    assertThat(visibleAs("ap-kaliganj", decision)).isZero();
  }

  @Test
  void aNewLead_readsTheDecisionItWasGiven() {
    ProcessInstance decision = startDecision("2024-01-30", "সহকারী কমিশনার (আইসিটি)");
    runJobsNotAfterNow(decision);
    assertThat(visibleAs("uno-sadar", decision)).isZero();
    complete(task(decision, ProcessVariables.TASK_REVIEW_OVERDUE_DECISION),
        java.util.Map.of(ProcessVariables.CHAIR_DECISION, "reassign", ProcessVariables.NEW_LEAD_GROUP, "uno-sadar"));
    assertThat(visibleAs("uno-sadar", decision)).isEqualTo(1);
  }

  /** A UNO given a union's lateness to review reads the decision it reviews (and, so, its meeting's report). */
  @Test
  void aUnoReviewingAnOfficesLateness_readsTheDecision() {
    ProcessInstance decision = startDecision("2026-07-30", "সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ");
    accept(decision, "2026-07-30");
    assertThat(visibleAs("uno-kaliganj", decision)).as("not its decision yet").isZero();
    at(java.time.LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(candidateGroups(task(decision, ProcessVariables.TASK_REVIEW_OVERDUE_OFFICE))).containsExactly("uno-kaliganj");
    assertThat(visibleAs("uno-kaliganj", decision)).isEqualTo(1);
    assertThat(visibleAs("uno-sadar", decision)).as("another upazila's UNO").isZero();
  }
}

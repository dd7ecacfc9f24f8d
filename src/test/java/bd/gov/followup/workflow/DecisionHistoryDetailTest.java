package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code followup.history.decision-variable-changes: false} (db.DecisionHistoryDetail): a decision's history keeps
 * each variable's last value, its tasks and activities, but not each change; other processes keep full history.
 */
@SpringBootTest(properties = "followup.history.decision-variable-changes=false")
@ActiveProfiles("processtest")
class DecisionHistoryDetailTest extends ProcessTestSupport {

  @Test
  void aDecisionCarriedToDone_leavesNoVariableChanges_butItsLastValuesTasksAndActivities() {
    ProcessInstance decision = startDecision("2026-07-30", "সহকারী কমিশনার (আইসিটি)");
    accept(decision, "2026-07-30");
    report(decision, "ac-ict", "প্রথম প্রতিবেদন");
    verify(decision, "ac-ict", VERDICT_RETURNED, "লিংক দিন");
    // as Tasklist sends it: submit-form, which would also record each field as a form property
    engine.getFormService().submitTaskForm(task(decision, TASK_REPORT_UPDATE, "ac-ict").getId(), Map.of(
        UPDATE_SUMMARY, "দ্বিতীয় প্রতিবেদন", EVIDENCE_LINK, "https://ac-ict.jhenaidah.gov.bd/", REMARKS, ""));
    runJobsNotAfterNow(decision);
    verify(decision, "ac-ict", VERDICT_ACCEPTED, "");
    BpmnAwareTests.assertThat(decision).isEnded();

    var history = engine.getHistoryService();
    assertThat(history.createHistoricDetailQuery().processInstanceId(decision.getId()).count())
        .as("no variable change or form field of the decision").isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(decision.getId())
        .variableName(UPDATE_SUMMARY).singleResult().getValue()).as("the last value").isEqualTo("দ্বিতীয় প্রতিবেদন");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(decision.getId())
        .variableName(OUTCOME).singleResult().getValue()).isEqualTo("implemented");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(TASK_REPORT_UPDATE).count()).as("both reports' tasks").isEqualTo(2);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(decision.getId())
        .activityId("Task_VerifyUpdate").count()).isEqualTo(2);

    // any other process keeps every change
    var deployment = engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn",
        Bpmn.createExecutableProcess("HistoryProbe").camundaHistoryTimeToLive(1)
            .startEvent().userTask().endEvent().done()).deploy();
    try {
      String probe = engine.getRuntimeService().startProcessInstanceByKey("HistoryProbe", Map.of("probe", "x")).getId();
      engine.getRuntimeService().setVariable(probe, "probe", "y");
      assertThat(history.createHistoricDetailQuery().processInstanceId(probe).variableUpdates().count()).isEqualTo(2);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}

package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A release that renames a form's field: tasks created before the upgrade keep the form they were created with
 * (the forms bind by deployment), so an office submits that form's fields, and the new form's only on new tasks.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class FormOfTheTaskAfterAnUpgradeTest {

  static final String OFFICE = "probe-office";
  static final String CLERK = "probe-clerk";

  @Autowired ProcessEngine engine;
  final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeploy() {
    engine.getIdentityService().clearAuthentication();
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aTaskCreatedBeforeTheUpgrade_takesTheFieldsOfItsOwnForm_andANewTaskTheNewForms() {
    ProcessInstance before = startOn(release("done"));
    ProcessInstance after = startOn(release("doneText"));

    assertThatThrownBy(() -> submit(before, Map.of("doneText", "হয়েছে")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("not a field of this task's form ProbeForm (doneText); its fields: [done]");
    submit(before, Map.of("done", "হয়েছে"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(before.getId())
        .variableName("done").singleResult().getValue()).isEqualTo("হয়েছে");

    assertThatThrownBy(() -> submit(after, Map.of("done", "হয়েছে")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("its fields: [doneText]");
    submit(after, Map.of("doneText", "হয়েছে"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(java.util.Set.of(before.getId(), after.getId())).count()).isZero();
  }

  /** One release of a process whose task's form has one text field. */
  String release(String field) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="probe" id="Definitions_Probe">
          <bpmn:process id="FormUpgradeProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Start"/>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Probe"/>
            <bpmn:userTask id="Task_Probe" camunda:candidateGroups="%s"
                camunda:formRef="ProbeForm" camunda:formRefBinding="deployment"/>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Probe" targetRef="Event_End"/>
            <bpmn:endEvent id="Event_End"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(OFFICE);
    String form = """
        {"id": "ProbeForm", "type": "default", "schemaVersion": 16,
         "components": [{"key": "%s", "type": "textfield", "label": "কী করা হয়েছে / What was done"}]}
        """.formatted(field);
    String id = engine.getRepositoryService().createDeployment().name("probe " + field)
        .addString("probe.bpmn", bpmn).addString("probe.form", form).deploy().getId();
    deployments.add(id);
    return id;
  }

  ProcessInstance startOn(String deployment) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment)
        .singleResult().getId();
    return engine.getRuntimeService().startProcessInstanceById(definition);
  }

  void submit(ProcessInstance instance, Map<String, Object> values) {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    engine.getIdentityService().setAuthentication(CLERK, List.of(OFFICE));
    try {
      engine.getFormService().submitTaskForm(task, values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}

package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A form submitted the way Tasklist submits it. Tasklist types an object field's value after the variable of the same
 * name, or, when there is none, after the variable its options come from: the lead's «অন্য দপ্তর যোগ করুন» (a list
 * of office ids) arrives typed as the options (a list of {label, value} maps), which the engine cannot read back as
 * such. Found in the browser: the lead who added an office could not accept the decision at all.
 */
class TasklistSubmissionTest extends ApiTestSupport {

  @Test
  void aLeadAddingAnOffice_asTasklistSendsIt_acceptsTheDecision() throws Exception {
    String suffix = uniqueSuffix();
    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(seedJson(suffix)))
        .exchange().expectStatus().isCreated();
    String decision = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix) + "/05").singleResult().getId();
    Task assign = engine.getTaskService().createTaskQuery().processInstanceId(decision)
        .taskDefinitionKey(ProcessVariables.TASK_ASSIGN_IMPLEMENTER).singleResult();

    JsonNode form = objectMapper.readTree(http.get()
        .uri("/engine-rest/engine/{engine}/task/{id}/form-variables?deserializeValues=false", engine.getName(), assign.getId())
        .header("Authorization", basic(secretary())).exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody());
    JsonNode options = form.get(ProcessVariables.ALL_OFFICE_OPTIONS);
    assertThat(options.get("type").asText()).as("the options' own type, which Tasklist copies").isEqualTo("Object");

    ObjectNode variables = objectMapper.createObjectNode();
    variables.putObject("accepted").put("value", true);
    ObjectNode offices = variables.putObject(ProcessVariables.OFFICES);
    offices.set("type", form.get(ProcessVariables.OFFICES).get("type"));
    offices.set("valueInfo", form.get(ProcessVariables.OFFICES).get("valueInfo"));
    offices.put("value", form.get(ProcessVariables.OFFICES).get("value").asText());
    ObjectNode more = variables.putObject(ProcessVariables.MORE_OFFICES);
    more.set("type", options.get("type"));
    more.set("valueInfo", options.get("valueInfo"));
    more.put("value", "[\"ap-kaliganj\"]");
    assertThat(form.get(ProcessVariables.DEADLINE_DAY).get("value").asText()).as("shown day first")
        .isEqualTo("৩০/০১/২০২৪");
    variables.putObject(ProcessVariables.DEADLINE_DAY).put("value", form.get(ProcessVariables.DEADLINE_DAY).get("value").asText());
    ObjectNode body = objectMapper.createObjectNode();
    body.set("variables", variables);

    http.post().uri("/engine-rest/engine/{engine}/task/{id}/submit-form", engine.getName(), assign.getId()).header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(body))
        .exchange().expectStatus().isNoContent();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decision)
        .taskDefinitionKey(ProcessVariables.TASK_REPORT_UPDATE).taskCandidateGroup("ap-kaliganj").count())
        .as("the office the lead added is asked").isEqualTo(1);
  }
}

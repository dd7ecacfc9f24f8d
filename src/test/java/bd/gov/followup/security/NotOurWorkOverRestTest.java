package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.workflow.ProcessVariables;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An office says over the engine's REST API, as Tasklist sends it, that the work is not its own: it cannot withdraw
 * itself (no verdict on its own form, no hand on its verification), only its verifier decides; a bad submission is a
 * 400 naming the field, and an office the verifier names instead is asked, reading the decision from then on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class NotOurWorkOverRestTest extends OfficeTaskFixture {

  static String notOurWorkBody(String reason) {
    return """
        {"variables": {
          "notOurWork": {"value": true, "type": "Boolean"},
          "notOurWorkReason": {"value": "%s", "type": "String"}}}""".formatted(reason);
  }

  static String verdictBody(String verdict, String officesToAsk) {
    return """
        {"variables": {
          "verdict": {"value": "%s", "type": "String"},
          "returnReason": {"value": "", "type": "String"},
          "officesToAsk": {"value": "%s", "type": "String"}}}""".formatted(verdict, officesToAsk.replace("\"", "\\\""));
  }

  Task verifyTask() {
    return taskService.createTaskQuery().processInstanceId(decision.getId())
        .taskDefinitionKey(ProcessVariables.TASK_VERIFY_UPDATE).singleResult();
  }

  void runTheRecordingJob() {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).messages()
        .list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  @Test
  void rest_anOfficeSaysNotOurWork_onlyItsVerifierWithdrawsIt_andTheOfficeNamedIsAsked() {
    String own = reportTaskOf(KALIGANJ).getId();

    HttpResponse<String> withoutReason = post("clerk", "/task/" + own + "/submit-form", notOurWorkBody(" "));
    assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(400);
    assertThat(withoutReason.body()).as("names the field, by its label and key").contains("[notOurWorkReason]")
        .contains("কেন আপনাদের নয়");
    HttpResponse<String> selfWithdrawn = post("clerk", "/task/" + own + "/submit-form",
        "{\"variables\": {\"verdict\": {\"value\": \"withdrawn\", \"type\": \"String\"}}}");
    assertThat(selfWithdrawn.statusCode()).as("no verdict on its own form: " + selfWithdrawn.body()).isEqualTo(400);
    assertThat(selfWithdrawn.body()).contains("verdict");

    HttpResponse<String> sent = post("clerk", "/task/" + own + "/submit-form",
        notOurWorkBody("এটি উপজেলা সহকারী প্রোগ্রামারের কাজ"));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
    runTheRecordingJob();
    Task verify = verifyTask();
    assertThat(reportTaskOf(KALIGANJ)).as("not withdrawn yet: its verifier decides").isNull();
    HttpResponse<String> ownVerdict = post("head", "/task/" + verify.getId() + "/submit-form",
        verdictBody(ProcessVariables.VERDICT_WITHDRAWN, "[]"));
    assertThat(ownVerdict.statusCode()).as("its own office's: " + ownVerdict.body()).isIn(403, 404);
    assertThat(verifyTask()).as("still open").isNotNull();

    HttpResponse<String> onTheDecision = post("secretary", "/task/" + verify.getId() + "/submit-form",
        verdictBody(ProcessVariables.VERDICT_WITHDRAWN, "[\"uno-sadar\"]"));
    assertThat(onTheDecision.statusCode()).as(onTheDecision.body()).isEqualTo(400);
    assertThat(onTheDecision.body()).contains("[officesToAsk]", "উপজেলা নির্বাহী অফিসার, ঝিনাইদহ সদর",
        "already on this decision");

    HttpResponse<String> agreed = post("secretary", "/task/" + verify.getId() + "/submit-form",
        verdictBody(ProcessVariables.VERDICT_WITHDRAWN, "[\"ap-kaliganj\"]"));
    assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(204);
    assertThat(reportTaskOf("ap-kaliganj")).as("the office named is asked").isNotNull();
    officer("programmer-kaliganj", "ap-kaliganj");
    assertThat(get("programmer-kaliganj", "/process-instance/" + decision.getId()).statusCode())
        .as("and reads the decision").isEqualTo(200);
    assertThat(http.call("GET", REST + "/task?processInstanceId=" + decision.getId() + "&maxResults=50",
        user("programmer-kaliganj"), PASSWORD, null).body()).contains(reportTaskOf("ap-kaliganj").getId());
  }

  HttpResponse<String> get(String name, String path) {
    return call("GET", name, path, null);
  }
}

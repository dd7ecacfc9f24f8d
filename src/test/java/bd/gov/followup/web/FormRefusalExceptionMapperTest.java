package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * The answers that HTTP tests cannot provoke on demand: two submissions of one task at the same moment, where the
 * loser's transaction fails on Camunda's optimistic lock (OfficeIsolationTest submits a completed task over HTTP).
 */
class FormRefusalExceptionMapperTest {

  @Test
  void aSubmissionThatLostTheRaceToAnother_isA409ThatSaysSo() {
    RestException lost = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("listener", new OptimisticLockingException(
            "ENGINE-03005 Execution of 'DELETE VariableInstanceEntity[x]' failed. Entity was updated by another"
                + " transaction concurrently.")), "Cannot submit task form x: ENGINE-03005 …");

    Response answer = new FormRefusalExceptionMapper.ForRest().toResponse(lost);

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) answer.getEntity()).get("message").toString())
        .startsWith("একই সময়ে অন্য কেউ এটি বা এই সিদ্ধান্তের আরেকটি কাজ সম্পন্ন বা পরিবর্তন করেছেন")
        .contains("Refresh and look again: if the task is still there, send it again");
    assertThat(new FormRefusalExceptionMapper.ForEngine().toResponse(new OptimisticLockingException("x")).getStatus())
        .as("unwrapped, as claim throws it").isEqualTo(409);
  }

  /** A refusal names the field as the form labels it, not by its key, which stays at the end for REST clients. */
  @Test
  void aRefusal_namesTheFieldByItsBengaliLabel() {
    new FieldLabels(new bd.gov.followup.security.TaskFormFields(new com.fasterxml.jackson.databind.ObjectMapper()));
    RestException refused = new RestException(Response.Status.INTERNAL_SERVER_ERROR, new ProcessEngineException(
        "listener", new org.camunda.bpm.engine.BadUserRequestException("newDeadline: নতুন সময়সীমা আগামীকাল থেকে এক"
            + " বছরের মধ্যে দিন / the new deadline must be after today")), "Cannot submit task form x");

    Response answer = new FormRefusalExceptionMapper.ForRest().toResponse(refused);

    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(((Map<?, ?>) answer.getEntity()).get("message").toString())
        .isEqualTo("«নতুন সময়সীমা»: নতুন সময়সীমা আগামীকাল থেকে এক বছরের মধ্যে দিন / the new deadline must be after"
            + " today [newDeadline]");
    assertThat(FieldLabels.forOfficials("decisionsText line 3: বাস্তবায়নকারী লেখা নেই"))
        .isEqualTo("«সিদ্ধান্তসমূহ», লাইন ৩: বাস্তবায়নকারী লেখা নেই [decisionsText]");
    assertThat(FieldLabels.forOfficials("returnReason: ফেরতের কারণ লিখুন")).startsWith("«ফেরতের কারণ")
        .endsWith(": ফেরতের কারণ লিখুন [returnReason]");
    assertThat(FieldLabels.forOfficials("escalated: not a field of this task's form"))
        .as("no form's field: as it was").isEqualTo("escalated: not a field of this task's form");
  }

  /** Only the task the request names is "no longer open": a step of ours that misses another task is a 500. */
  @Test
  void aMissingTaskOtherThanTheOneRequested_isNotMistakenForIt() {
    RestException missing = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("Cannot find task with id other-task: task is null"), "Cannot submit task form");

    assertThat(FormRefusalExceptionMapper.taskAnswer(missing, "task/this-task/submit-form")).isNull();
    assertThat(FormRefusalExceptionMapper.taskAnswer(missing, "task/other-task/submit-form").getStatus())
        .isEqualTo(404);
    assertThat(FormRefusalExceptionMapper.taskAnswer(missing, "engine/default/task/other-task/submit-form")
        .getStatus()).as("the webapps' engine API").isEqualTo(404);
  }

  @Test
  void anyOtherServerError_keepsCamundasAnswer() {
    RestException other = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("something else"), "Cannot submit task form x: something else");

    assertThat(new FormRefusalExceptionMapper.ForRest().toResponse(other).getStatus()).isEqualTo(500);
    assertThat(new FormRefusalExceptionMapper.ForEngine().toResponse(new ProcessEngineException("x")).getStatus())
        .isEqualTo(500);
  }
}

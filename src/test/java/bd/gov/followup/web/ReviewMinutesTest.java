package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.DecisionBlocks;
import bd.gov.followup.workflow.MinutesReviewCheckListener;
import bd.gov.followup.workflow.MinutesVariable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The secretary's review of imported minutes: the form (ReviewMinutesForm) is deployed and reads the extracted
 * decisions from the {@code decisions} variable; what the secretary corrects there is what the decision workflows
 * start from. A correction that leaves a decision without implementers, or no decision at all, is refused.
 */
class ReviewMinutesTest extends ApiTestSupport {

  @Autowired MinutesVariable minutesVariable;

  Task imported(String suffix) throws Exception {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", seedTextAs(suffix)).filename("minutes.txt").contentType(MediaType.TEXT_PLAIN);
    http.post().uri("/api/meetings/import").header("Authorization", basic(secretary()))
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange()
        .expectStatus().isCreated();
    HistoricProcessInstance meeting = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).singleResult();
  }

  /** The decisions the review form shows (its textarea), read back as the list a REST client would send. */
  ArrayNode decisionsOf(Task review) {
    return DecisionBlocks.parse(decisionsText(review), objectMapper);
  }

  String decisionsText(Task review) {
    return (String) engine.getTaskService().getVariable(review.getId(), DecisionBlocks.VARIABLE);
  }

  @Test
  void theReviewForm_isDeployed_withTheDecisionsList_andTheApprovalCheckbox() throws Exception {
    Task review = imported(uniqueSuffix());
    assertThat(review.getTaskDefinitionKey()).isEqualTo(TASK_REVIEW_MINUTES);
    String form;
    try (InputStream in = engine.getFormService().getDeployedTaskForm(review.getId())) {
      form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode schema = objectMapper.readTree(form);
    assertThat(schema.get("id").asText()).isEqualTo("ReviewMinutesForm");
    assertThat(schema.get("schemaVersion").asInt()).isEqualTo(16);
    assertThat(schema.findValuesAsText("key"))
        .contains(MinutesReviewCheckListener.MINUTES_APPROVED, DecisionBlocks.VARIABLE);
    // Tasklist 7.24 can complete no form that holds a dynamic list (DecisionBlocks says why)
    assertThat(schema.findValuesAsText("type")).doesNotContain("dynamiclist");
    assertThat(form).contains("সিদ্ধান্তসমূহ / Decisions", "{{memoNumberText}}");
    assertThat(engine.getTaskService().getVariable(review.getId(), "memoNumberText")).as("as the minutes write it")
        .asString().startsWith("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯").doesNotContainPattern("[0-9]");

    assertThat(decisionsText(review)).startsWith("সিদ্ধান্ত ০১:")
        .contains("\nবাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার").contains("\nসিদ্ধান্ত ০৫:");
    ArrayNode decisions = decisionsOf(review);
    assertThat(decisions).hasSize(5);
    assertThat(decisions.get(2).get("number").asInt()).isEqualTo(3);
    assertThat(decisions.get(2).get("implementers").toString()).contains("উপজেলা নির্বাহী অফিসার");
  }

  @Test
  void corrections_goIntoTheMinutes_beforeTheDecisionsStart() throws Exception {
    String suffix = uniqueSuffix();
    Task review = imported(suffix);
    ArrayNode decisions = decisionsOf(review);
    decisions.remove(3); // decision 04 was not a decision after all
    ((ObjectNode) decisions.get(0)).put("implementers", "সহকারী কমিশনার (আইসিটি)\n\n  প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ ");
    ((ObjectNode) decisions.get(1)).put("deadline", "2024-02-15");
    ((ObjectNode) decisions.get(1)).put("text", "সংশোধিত সিদ্ধান্ত");

    // as Tasklist submits a dynamic list: a JSON variable
    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue(MinutesReviewCheckListener.MINUTES_APPROVED, true)
        .putValue(MinutesReviewCheckListener.DECISIONS, SpinValues.jsonValue(decisions.toString()).create()));

    String meetingId = review.getProcessInstanceId();
    Meeting minutes = minutesVariable.fromVariable(
        engine.getRuntimeService().getVariable(meetingId, MINUTES));
    assertThat(minutes.decisions()).extracting(d -> d.number()).containsExactly(1, 2, 3, 5);
    assertThat(minutes.decisions().get(0).implementers())
        .containsExactly("সহকারী কমিশনার (আইসিটি)", "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ");
    assertThat(minutes.decisions().get(1).deadline()).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(minutes.decisions().get(1).text()).isEqualTo("সংশোধিত সিদ্ধান্ত");
    assertThat(minutes.memoKey()).isEqualTo(keyOf(suffix));

    List<String> started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS).superProcessInstanceId(meetingId).list().stream()
        .map(p -> p.getBusinessKey()).sorted().toList();
    assertThat(started).containsExactly(keyOf(suffix) + "/01", keyOf(suffix) + "/02", keyOf(suffix) + "/03",
        keyOf(suffix) + "/05");
    var deadline = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix) + "/02").singleResult();
    assertThat(engine.getRuntimeService().getVariable(deadline.getId(), DECISION_TEXT)).isEqualTo("সংশোধিত সিদ্ধান্ত");

    // the same file again: answered with the minutes as registered, the secretary's corrections in them
    MultipartBodyBuilder again = new MultipartBodyBuilder();
    again.part("file", seedTextAs(suffix)).filename("minutes.txt").contentType(MediaType.TEXT_PLAIN);
    http.post().uri("/api/meetings/import").header("Authorization", basic(secretary()))
        .body(BodyInserters.fromMultipartData(again.build())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.meeting.decisions.length()").isEqualTo(4)
        .jsonPath("$.meeting.decisions[1].text").isEqualTo("সংশোধিত সিদ্ধান্ত")
        .jsonPath("$.decisions[3].processInstanceId").isNotEmpty();

    // the file with its time changed: 409 naming that alone, not the secretary's own corrections in the review
    String timeChanged = new String(seedTextAs(suffix), java.nio.charset.StandardCharsets.UTF_8)
        .replace("দুপুর ১২:০০ ঘটিকা", "দুপুর ১:০০ ঘটিকা");
    MultipartBodyBuilder other = new MultipartBodyBuilder();
    other.part("file", timeChanged.getBytes(java.nio.charset.StandardCharsets.UTF_8)).filename("minutes.txt")
        .contentType(MediaType.TEXT_PLAIN);
    http.post().uri("/api/meetings/import").header("Authorization", basic(secretary()))
        .body(BodyInserters.fromMultipartData(other.build())).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody()
        .jsonPath("$.differences.length()").isEqualTo(1)
        .jsonPath("$.differences[0]").isEqualTo("সময় / time");
  }

  @Test
  void correctionsTypedIntoTheFormsText_goIntoTheMinutes() throws Exception {
    String suffix = uniqueSuffix();
    Task review = imported(suffix);
    String text = decisionsText(review);
    // as the secretary edits the textarea: one implementer replaced, decision 04 deleted
    String corrected = text
        .replaceAll("(?m)^বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার \\(সকল\\).*$",
            "বাস্তবায়নকারী: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, ঝিনাইদহ")
        .replaceAll("(?s)সিদ্ধান্ত ০৪:.*?(?=সিদ্ধান্ত ০৫:)", "");
    assertThat(corrected).isNotEqualTo(text).doesNotContain("সিদ্ধান্ত ০৪:");

    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue(MinutesReviewCheckListener.MINUTES_APPROVED, true)
        .putValue(DecisionBlocks.VARIABLE, corrected));

    Meeting minutes = minutesVariable.fromVariable(
        engine.getRuntimeService().getVariable(review.getProcessInstanceId(), MINUTES));
    assertThat(minutes.decisions()).extracting(d -> d.number()).containsExactly(1, 2, 3, 5);
    assertThat(minutes.decisions().stream().flatMap(d -> d.implementers().stream()))
        .contains("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ, ঝিনাইদহ")
        .noneMatch(implementer -> implementer.startsWith("উপজেলা নির্বাহী অফিসার (সকল)"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getProcessInstanceId()).count()).isEqualTo(4);
    assertThat(engine.getTaskService().getProcessInstanceComments(review.getProcessInstanceId()))
        .as("the minutes say five decisions, the workflow runs four: on record")
        .anySatisfy(c -> assertThat(c.getFullMessage()).contains("বাদ দেওয়া হয়েছে").contains("সিদ্ধান্ত ০৪"));
  }

  /**
   * The meeting's own dates are the secretary's to correct too: the general deadline every decision without its own
   * follows, and the issue date spans of working days count from. The form shows them as read.
   */
  @Test
  void theReview_correctsTheGeneralDeadlineAndTheIssueDate() throws Exception {
    Task review = imported(uniqueSuffix());
    assertThat(engine.getTaskService().getVariable(review.getId(), "generalDeadline")).isEqualTo("৩০/০১/২০২৪");
    assertThat(engine.getTaskService().getVariable(review.getId(), "issueDate")).isEqualTo("০৬/১২/২০২৩");
    assertThat(engine.getFormService().getDeployedTaskForm(review.getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"generalDeadline\"").contains("\"issueDate\"");

    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue(MinutesReviewCheckListener.MINUTES_APPROVED, true)
        .putValue("generalDeadline", "2024-02-29")
        .putValue("issueDate", "2023-12-07"));

    Meeting minutes = minutesVariable.fromVariable(
        engine.getRuntimeService().getVariable(review.getProcessInstanceId(), MINUTES));
    assertThat(minutes.deadline()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    assertThat(minutes.issueDate()).isEqualTo(java.time.LocalDate.of(2023, 12, 7));
    var first = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getProcessInstanceId()).processInstanceBusinessKeyLike("%/01").singleResult();
    assertThat(engine.getRuntimeService().getVariable(first.getId(), bd.gov.followup.workflow.ProcessVariables.DEADLINE))
        .isEqualTo("2024-02-29");
  }

  /**
   * A date typed before the meeting's (19/11/2023) is a slip the review refuses; nothing starts until it is put
   * right.
   */
  @Test
  void aDateTypedBeforeTheMeeting_isRefused() throws Exception {
    Task review = imported(uniqueSuffix());
    assertThat(refusal(() -> engine.getTaskService().complete(review.getId(), Variables.createVariables()
            .putValue(MinutesReviewCheckListener.MINUTES_APPROVED, true)
            .putValue("generalDeadline", "2023-11-01")
            .putValue("issueDate", "2023-11-18"))))
        .hasMessageContaining("generalDeadline: সাধারণ সময়সীমা ০১/১১/২০২৩ সভার তারিখ ১৯/১১/২০২৩-এর আগে")
        .hasMessageContaining("issueDate: জারির তারিখ ১৮/১১/২০২৩");
    ArrayNode decisions = decisionsOf(review);
    ((ObjectNode) decisions.get(4)).put("deadline", "2020-01-01");
    assertThat(refusal(() -> engine.getTaskService().complete(review.getId(), Map.of(
            MinutesReviewCheckListener.MINUTES_APPROVED, true,
            MinutesReviewCheckListener.DECISIONS, SpinValues.jsonValue(decisions.toString()).create()))))
        .hasMessageContaining("decisionsText: সিদ্ধান্ত ০৫-এর সময়সীমা ০১/০১/২০২০");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getProcessInstanceId()).count()).isZero();

    engine.getTaskService().complete(review.getId(), Map.of(MinutesReviewCheckListener.MINUTES_APPROVED, true));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getProcessInstanceId()).count()).isEqualTo(5);
  }

  /** A review opened before the form had the date fields, completed over REST with one of them: the other stays. */
  @Test
  void aReviewWithOnlyTheDeadline_keepsTheIssueDateAsRead() throws Exception {
    Task review = imported(uniqueSuffix());
    engine.getRuntimeService().removeVariables(review.getProcessInstanceId(), List.of("issueDate", "generalDeadline"));
    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue(MinutesReviewCheckListener.MINUTES_APPROVED, true)
        .putValue("generalDeadline", "2024-02-29"));
    Meeting minutes = minutesVariable.fromVariable(
        engine.getRuntimeService().getVariable(review.getProcessInstanceId(), MINUTES));
    assertThat(minutes.deadline()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    assertThat(minutes.issueDate()).isEqualTo(java.time.LocalDate.of(2023, 12, 6));
  }

  @Test
  void theReview_setsReminderDaysAndAWorkingDaySpan() throws Exception {
    Task review = imported(uniqueSuffix());
    assertThat(engine.getTaskService().getVariable(review.getId(), REMINDER_DAYS)).as("none read from the file")
        .isEqualTo("");
    ArrayNode decisions = decisionsOf(review);
    // long enough to fall after every deadline the report tests in this context order by
    ((ObjectNode) decisions.get(2)).put("deadlineWorkingDays", 40);

    engine.getTaskService().complete(review.getId(), Variables.createVariables()
        .putValue(MinutesReviewCheckListener.MINUTES_APPROVED, true)
        .putValue(REMINDER_DAYS, "৩")
        .putValue(MinutesReviewCheckListener.DECISIONS, SpinValues.jsonValue(decisions.toString()).create()));

    Meeting minutes = minutesVariable.fromVariable(
        engine.getRuntimeService().getVariable(review.getProcessInstanceId(), MINUTES));
    assertThat(minutes.reminderDays()).containsExactly(3);
    assertThat(minutes.decisions().get(2).deadlineWorkingDays()).isEqualTo(40);
    assertThat(minutes.decisions().get(1).deadlineWorkingDays()).isNull();
  }

  @Test
  void aCorrectionWithoutImplementersOrDecisions_isRefused_andNothingStarts() throws Exception {
    Task review = imported(uniqueSuffix());
    ArrayNode decisions = decisionsOf(review);
    ((ObjectNode) decisions.get(2)).put("implementers", "  \n ");
    ((ObjectNode) decisions.get(4)).put("deadline", "30/01/2024");

    assertThat(refusal(() -> engine.getTaskService().complete(review.getId(), Map.of(
            MinutesReviewCheckListener.MINUTES_APPROVED, true,
            MinutesReviewCheckListener.DECISIONS, SpinValues.jsonValue(decisions.toString()).create()))))
        .hasMessageContaining("decisions[2].implementers")
        .hasMessageContaining("decisions[4].deadline");
    ((ObjectNode) decisions.get(2)).put("implementers", "সহকারী কমিশনার (আইসিটি)");
    ((ObjectNode) decisions.get(4)).put("deadline", "2024-01-30").put("deadlineWorkingDays", 0);
    assertThat(refusal(() -> engine.getTaskService().complete(review.getId(), Map.of(
            MinutesReviewCheckListener.MINUTES_APPROVED, true,
            MinutesReviewCheckListener.DECISIONS, SpinValues.jsonValue(decisions.toString()).create()))))
        .hasMessageContaining("decisions[4].deadlineWorkingDays");
    assertThat(refusal(() -> engine.getTaskService().complete(review.getId(), Map.of(
            MinutesReviewCheckListener.MINUTES_APPROVED, true, REMINDER_DAYS, "0"))))
        .hasMessageStartingWith(REMINDER_DAYS + ":");
    assertThat(refusal(() -> engine.getTaskService().complete(review.getId(), Map.of(
            MinutesReviewCheckListener.MINUTES_APPROVED, true,
            MinutesReviewCheckListener.DECISIONS, SpinValues.jsonValue("[]").create()))))
        .hasMessageContaining("অন্তত একটি সিদ্ধান্ত");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getProcessInstanceId()).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
  }

  /**
   * What the check refused the completion with: the root cause of what the engine threw, which must be a
   * {@link BadUserRequestException} (a refusal of the input, a 400 over REST), not some other failure on the way.
   * Its message is what the secretary reads; a frame name in the stack trace is not.
   */
  static BadUserRequestException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable completion) {
    Throwable thrown = catchThrowable(completion);
    assertThat(thrown).as("the completion is refused").isNotNull();
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    assertThat(root).as("root cause of %s", thrown).isInstanceOf(BadUserRequestException.class);
    return (BadUserRequestException) root;
  }
}

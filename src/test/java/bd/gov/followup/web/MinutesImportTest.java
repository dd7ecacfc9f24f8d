package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bd.gov.followup.minutes.MinutesReaders;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/meetings/import: the seed as text and as .docx, preview, and every rejection. */
class MinutesImportTest extends ApiTestSupport {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  ResultActions upload(MockMultipartFile file, boolean preview) throws Exception {
    var request = multipart("/api/meetings/import").file(file).header("Authorization", basic(secretary()));
    if (preview) {
      request.param("preview", "true");
    }
    return mvc.perform(request);
  }

  @Test
  void theSeedAsText_isRegisteredForReview_withWarnings() throws Exception {
    String suffix = uniqueSuffix();
    String memoKey = keyOf(suffix);
    String response =
        upload(new MockMultipartFile("file", "minutes.txt", "text/plain", seedTextAs(suffix)), false)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/meetings/" + memoKey))
            .andExpect(jsonPath("$.memoKey").value(memoKey))
            .andExpect(jsonPath("$.meeting.committee").value("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি"))
            .andExpect(jsonPath("$.meeting.date").value("2023-11-19"))
            .andExpect(jsonPath("$.meeting.issueDate").value("2023-12-06"))
            .andExpect(jsonPath("$.meeting.decisions", hasSize(5)))
            .andExpect(jsonPath("$.meeting.distribution", hasSize(7)))
            .andExpect(jsonPath("$.warnings", not(empty())))
            .andExpect(jsonPath("$.warnings[0].field", notNullValue()))
            .andExpect(jsonPath("$.warnings[0].location", notNullValue()))
            // the secretary reviews first: no decision workflow yet
            .andExpect(jsonPath("$.decisions", hasSize(5)))
            .andExpect(jsonPath("$.decisions[0].processInstanceId", nullValue()))
            .andReturn().getResponse().getContentAsString();
    String processInstanceId = com.jayway.jsonpath.JsonPath.read(response, "$.processInstanceId");

    Task review = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(TASK_REVIEW_MINUTES);
    // what the reader flagged is on the review form too, where the secretary checks the minutes
    java.util.List<String> messages = com.jayway.jsonpath.JsonPath.read(response, "$.warnings[*].message");
    java.util.List<String> locations = com.jayway.jsonpath.JsonPath.read(response, "$.warnings[*].location");
    String flagged = engine.getTaskService().getVariable(review.getId(), "minutesWarningsText").toString();
    assertThat(flagged.lines()).hasSize(messages.size());
    assertThat(flagged.lines().toList().get(0)).startsWith("- লাইন " + bd.gov.followup.minutes.BengaliDigits.toBengali(
        locations.get(0).substring("line ".length())) + ": ").endsWith(messages.get(0));
    assertThat(engine.getFormService().getDeployedTaskForm(review.getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("{{minutesWarningsText}}");
    assertThat(engine.getTaskService().getVariable(review.getId(), "decisionsText").toString())
        .contains("সিদ্ধান্ত ০৫:").contains("বাস্তবায়নকারী:");
    assertThat(engine.getTaskService().getVariable(review.getId(), REVIEW_REQUIRED)).isEqualTo(true);

    // the same file again: the same meeting
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", seedTextAs(suffix)), false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.processInstanceId").value(processInstanceId));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/meetings/{k}", memoKey)
            .header("Authorization", basic(secretary())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_REVIEW"))
        .andExpect(jsonPath("$.decisions[0].started").value(false))
        .andExpect(jsonPath("$.decisions[0].state").value("AWAITING_REVIEW"));
  }

  @Test
  void minutesWithManyDecisions_areRegisteredForReview_andTheSecretaryConfirmsThemAll() throws Exception {
    // a real committee's minutes hold more than five decisions; all of them go into the review form's text
    String suffix = uniqueSuffix();
    byte[] forty = MinutesFileBench.minutes(40).replace(SEED_MEMO, SEED_MEMO + suffix).getBytes(StandardCharsets.UTF_8);
    String processInstanceId = com.jayway.jsonpath.JsonPath.read(
        upload(new MockMultipartFile("file", "minutes.txt", "text/plain", forty), false)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.meeting.decisions", hasSize(40)))
            .andReturn().getResponse().getContentAsString(), "$.processInstanceId");

    Task review = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    String blocks = engine.getTaskService().getVariable(review.getId(), "decisionsText").toString();
    assertThat(blocks.length()).as("longer than a string column holds").isGreaterThan(4000);
    assertThat(blocks).contains("সিদ্ধান্ত ৪০:");
    // as Tasklist sends the review form (submit-form also records each field as a form property)
    engine.getFormService().submitTaskForm(review.getId(), java.util.Map.of("decisionsText", blocks,
        bd.gov.followup.workflow.MinutesReviewCheckListener.MINUTES_APPROVED, true));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS).processInstanceBusinessKeyLike(keyOf(suffix) + "/%").count())
        .as("one decision workflow per decision").isEqualTo(40);
  }

  @Test
  void theSeedAsDocx_isReadToo() throws Exception {
    String suffix = uniqueSuffix();
    byte[] docx = Docx.of(new String(seedTextAs(suffix), StandardCharsets.UTF_8));
    upload(new MockMultipartFile("file", "কার্যবিবরণী.docx", DOCX, docx), false)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.memoKey").value(keyOf(suffix)))
        .andExpect(jsonPath("$.meeting.decisions", hasSize(5)));
  }

  @Test
  void aPreview_onlyExtracts() throws Exception {
    String suffix = uniqueSuffix();
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", seedTextAs(suffix)), true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.meeting.memoNumber").value(SEED_MEMO + suffix))
        .andExpect(jsonPath("$.meeting.decisions", hasSize(5)))
        .andExpect(jsonPath("$.warnings", not(empty())));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
  }

  @Test
  void minutesWithoutDecisions_are400_namingFieldAndLine() throws Exception {
    String text = new String(seedTextAs(uniqueSuffix()), StandardCharsets.UTF_8);
    String withoutTable = text.lines().filter(l -> !l.matches("^[০-৯0-9]{2}\t.*")).reduce("", (a, b) -> a + b + "\n");
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", withoutTable.getBytes(StandardCharsets.UTF_8)),
        false)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field", startsWith("decisions")))
        .andExpect(jsonPath("$.errors[0].location", notNullValue()))
        .andExpect(jsonPath("$.errors[0].message", notNullValue()));
  }

  /**
   * What the meeting check refuses in a file (a decision number used twice, a span of working days beyond 60) is
   * refused with the line it is on, in the preview as on import; a memo number written with '/' is the file's own.
   */
  @Test
  void aRefusedDecision_namesItsLine_inThePreviewToo_andAMemoNumberWithSlashesIsTaken() throws Exception {
    String text = new String(seedTextAs(uniqueSuffix()), StandardCharsets.UTF_8);
    String twice = text.replaceFirst("(?m)^০৪\t", "০৩\t");
    for (boolean preview : new boolean[] {true, false}) {
      upload(new MockMultipartFile("file", "minutes.txt", "text/plain", twice.getBytes(StandardCharsets.UTF_8)), preview)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("decisions[3].number"))
          .andExpect(jsonPath("$.errors[0].location").value("line 22"));
    }
    // the meeting's date cannot be added in the review: a date that is none is refused with its line
    String noDate = text.replace("১৯.১১.২০২৩ খ্রি.", "৩২.১৩.২০২৩ খ্রি.");
    assertThat(noDate).isNotEqualTo(text);
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", noDate.getBytes(StandardCharsets.UTF_8)), true)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"))
        .andExpect(jsonPath("$.errors[0].location").value("line 12"))
        .andExpect(jsonPath("$.errors[0].message", containsString("«৩২.১৩.২০২৩")));
    String ninety = text.replace("আগামী ৩০/০১/২০২৪ খ্রি.", "৯০ কর্মদিবসের মধ্যে");
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", ninety.getBytes(StandardCharsets.UTF_8)), false)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].location").value("line 24"));

    String suffix = uniqueSuffix();
    String slashed = new String(seedTextAs(suffix), StandardCharsets.UTF_8)
        .replace("১৯.৬৯" + suffix, "১৯/৬৯" + suffix);
    String memoKey = keyOf(suffix).replace("19.69", "19-69");
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", slashed.getBytes(StandardCharsets.UTF_8)), false)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.memoKey").value(memoKey))
        .andExpect(jsonPath("$.meeting.memoNumber").value(org.hamcrest.Matchers.containsString("১৯/৬৯")));
  }

  @Test
  void otherFormats_are415_oversized413_andMissingOrEmptyFiles400() throws Exception {
    upload(new MockMultipartFile("file", "minutes.pdf", "application/pdf", "%PDF-1.4".getBytes()), false)
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", new byte[MinutesReaders.MAX_BYTES + 1]), false)
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.limitBytes").value(MinutesReaders.MAX_BYTES));
    upload(new MockMultipartFile("file", "minutes.txt", "text/plain", new byte[0]), false)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(new MockMultipartFile("other", "minutes.txt", "text/plain", seedText()), false)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    upload(new MockMultipartFile("file", "minutes.docx", DOCX, "not a zip".getBytes()), false)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}

package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Meetings of the district's other committees, over real HTTP: the development coordination committee (chaired by
 * the DC, its secretary the ADC (General), as the directory lists it) is registered by its own secretary, its
 * decisions carry its own chair and secretary, and only they (or the administrator) close them. A committee the
 * directory does not list is registered with a warning: its late decisions would go to the web portal committee's
 * chair.
 */
class OtherCommitteeMeetingsTest extends ApiTestSupport {

  static final String DEVELOPMENT = "জেলা উন্নয়ন সমন্বয় কমিটি";

  String developmentSecretary() {
    return user("development-secretary", "adc-general");
  }

  ObjectNode meetingOf(String committee, String suffix) throws Exception {
    ObjectNode meeting = seedJson(suffix);
    meeting.put("committee", committee);
    return meeting;
  }

  @Test
  void anotherCommitteesMeeting_isRegisteredByItsOwnSecretary_andItsDecisionsAreItsChairs() throws Exception {
    String suffix = uniqueSuffix();
    ObjectNode meeting = meetingOf(DEVELOPMENT, suffix);
    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(meeting)).exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:other-committee")
        .jsonPath("$.committee").isEqualTo(DEVELOPMENT)
        .jsonPath("$.detail").value(containsString("অতিরিক্ত জেলা প্রশাসক (সার্বিক)"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).as("nothing registered").isZero();

    http.post().uri("/api/meetings").header("Authorization", basic(developmentSecretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(meeting)).exchange()
        .expectStatus().isCreated()
        // (the seed's deadline has passed, and another test may have registered the committee's meeting of that day)
        .expectBody().jsonPath("$.warnings[?(@.field != 'date' && @.field != 'deadline')]").value(empty());
    var decisions = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS).processInstanceBusinessKeyLike(keyOf(suffix) + "/%")
        .list();
    assertThat(decisions).hasSize(5).allSatisfy(decision -> {
      assertThat(engine.getRuntimeService().getVariable(decision.getId(), ProcessVariables.CHAIR_GROUP)).isEqualTo("dc");
      assertThat(engine.getRuntimeService().getVariable(decision.getId(), ProcessVariables.SECRETARY_GROUP))
          .isEqualTo("adc-general");
    });

    String close = "{\"reason\": \"উন্নয়ন সমন্বয় কমিটির সিদ্ধান্ত\"}";
    for (String outsider : new String[] {secretary(), user("portal-chair", "adc-edu-ict")}) {
      http.post().uri("/api/meetings/{k}/decisions/{n}/close", keyOf(suffix), 2)
          .header("Authorization", basic(outsider)).contentType(MediaType.APPLICATION_JSON).bodyValue(close)
          .exchange().expectStatus().isForbidden()
          .expectBody().jsonPath("$.detail").value(containsString("the chair of the meeting's committee closes"));
    }
    http.post().uri("/api/meetings/{k}/decisions/{n}/close", keyOf(suffix), 2)
        .header("Authorization", basic(user("development-chair", "dc"))).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(close).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("CLOSED_NOT_IMPLEMENTED")
        .jsonPath("$.actionsTaken").value(containsString("সভাপতি")); // the DC, as this committee's chair
  }

  /** The district's name before the committee's, «ও», «পর্যায়ের»: the same committee, the same refusal. */
  @Test
  void theCommitteeAsMinutesWriteIt_isStillItsOwnSecretarys() throws Exception {
    for (String written : new String[] {"ঝিনাইদহ জেলা উন্নয়ন সমন্বয় কমিটি", "জেলা উন্নয়ন ও সমন্বয় কমিটি",
        "জেলা পর্যায়ের উন্নয়ন সমন্বয় কমিটি"}) {
      http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(objectMapper.writeValueAsString(meetingOf(written, uniqueSuffix()))).exchange()
          .expectStatus().isForbidden()
          .expectBody().jsonPath("$.type").isEqualTo("urn:followup:problem:other-committee");
    }
  }

  @Test
  void anotherCommitteesFile_isRefusedToTheWebPortalSecretary_inThePreviewAlready() throws Exception {
    preview(DEVELOPMENT + "র সভার");
    // titled without «কমিটি»: the reader's name («জেলা উন্নয়ন সমন্বয়») is the same committee
    preview("জেলা উন্নয়ন সমন্বয় সভার");
  }

  private void preview(String titleStart) throws Exception {
    String text = new String(seedTextAs(uniqueSuffix()), StandardCharsets.UTF_8)
        .replace("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার", titleStart);
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8))).filename("minutes.txt")
        .contentType(MediaType.TEXT_PLAIN);
    http.post().uri("/api/meetings/import?preview=true").header("Authorization", basic(secretary()))
        .body(BodyInserters.fromMultipartData(body.build())).exchange()
        .expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
        .expectBody().jsonPath("$.committee").value(containsString("উন্নয়ন সমন্বয়"));
  }

  @Test
  void aCommitteeTheDirectoryDoesNotList_isRegisteredWithAWarning() throws Exception {
    ObjectNode meeting = meetingOf("জেলা আইসিটি টাস্কফোর্স কমিটি", uniqueSuffix());
    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(meeting)).exchange()
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[0].field").isEqualTo("committee")
        .jsonPath("$.warnings[0].location").isEqualTo("/committee")
        .jsonPath("$.warnings[*].message").value(hasItem(containsString(
            "এর সভাপতি ধরা হবে অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)")))
        .jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers.not(containsString("যদিও")));

    // chaired, the minutes say, by the DC: the warning says whom the decisions will not reach
    ObjectNode dcChairs = meetingOf("জেলা আইন-শৃঙ্খলা কমিটি", uniqueSuffix());
    ((ObjectNode) dcChairs.get("chair")).put("designation", "জেলা প্রশাসক, ঝিনাইদহ");
    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(dcChairs)).exchange()
        .expectStatus().isCreated()
        .expectBody().jsonPath("$.warnings[0].message").value(allOf(
            containsString("যদিও কার্যবিবরণীর সভাপতি জেলা প্রশাসক, ঝিনাইদহ"),
            containsString("though the minutes' chair is 'dc'")));

    // another committee's secretary: told that the committee is not listed, and whose such meetings are
    http.post().uri("/api/meetings").header("Authorization", basic(developmentSecretary()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(objectMapper.writeValueAsString(meetingOf("জেলা আইন-শৃঙ্খলা কমিটি", uniqueSuffix()))).exchange()
        .expectStatus().isForbidden()
        .expectBody().jsonPath("$.detail").value(containsString("is not among the directory's committees"));
  }
}

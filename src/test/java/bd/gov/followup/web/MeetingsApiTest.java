package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/meetings (JSON), GET /api/meetings and GET /api/meetings/{memoKey}: every status code. */
class MeetingsApiTest extends ApiTestSupport {

  ResultActions postMeeting(String user, Object body) throws Exception {
    return mvc.perform(post("/api/meetings").header("Authorization", basic(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body instanceof String text ? text : objectMapper.writeValueAsString(body)));
  }

  @Test
  void aMeetingRegistered_startsEveryDecision_andAnswers201WithItsLocation() throws Exception {
    String suffix = uniqueSuffix();
    String memoKey = keyOf(suffix);
    String body = postMeeting(secretary(), seedJson(suffix))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/meetings/" + memoKey))
        .andExpect(jsonPath("$.memoKey").value(memoKey))
        .andExpect(jsonPath("$.processInstanceId", notNullValue()))
        .andExpect(jsonPath("$.decisions", hasSize(5)))
        .andExpect(jsonPath("$.decisions[0].number").value(1))
        .andExpect(jsonPath("$.decisions[0].businessKey").value(memoKey + "/01"))
        .andExpect(jsonPath("$.decisions[4].processInstanceId", notNullValue()))
        .andReturn().getResponse().getContentAsString();
    JsonNode created = objectMapper.readTree(body);
    long started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS)
        .superProcessInstanceId(created.get("processInstanceId").asText()).count();
    assertThat(started).isEqualTo(5);

    // the same request again is not an error: the same meeting, nothing new started
    postMeeting(secretary(), seedJson(suffix))
        .andExpect(status().isOk())
        .andExpect(header().string("Location", "/api/meetings/" + memoKey))
        .andExpect(jsonPath("$.processInstanceId").value(created.get("processInstanceId").asText()))
        .andExpect(jsonPath("$.decisions[2].processInstanceId").value(created.at("/decisions/2/processInstanceId").asText()));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.MEETING_PROCESS).processInstanceBusinessKey(memoKey).count()).isEqualTo(1);

    // other minutes under the same memo number: 409, pointing at the meeting that holds it
    ObjectNode other = seedJson(suffix);
    other.put("place", "অন্য কোথাও");
    postMeeting(secretary(), other)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.location").value("/api/meetings/" + memoKey))
        .andExpect(header().string("Location", "/api/meetings/" + memoKey));
  }

  @Test
  void theMeeting_readsBack_withEachDecisionsState_andIsListedWithItsStatus() throws Exception {
    String suffix = uniqueSuffix();
    String memoKey = keyOf(suffix);
    postMeeting(secretary(), seedJson(suffix)).andExpect(status().isCreated());

    mvc.perform(get("/api/meetings/{memoKey}", memoKey).header("Authorization", basic(secretary())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.memoKey").value(memoKey))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.meeting.committee").value("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি"))
        .andExpect(jsonPath("$.decisions", hasSize(5)))
        .andExpect(jsonPath("$.decisions[0].started").value(true))
        .andExpect(jsonPath("$.decisions[0].state", notNullValue()))
        .andExpect(jsonPath("$.decisions[0].stateBn", notNullValue()))
        .andExpect(jsonPath("$.decisions[0].processInstanceId", notNullValue()));

    mvc.perform(get("/api/meetings").param("size", "100").header("Authorization", basic(secretary())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(100))
        .andExpect(jsonPath("$.total", notNullValue()))
        .andExpect(jsonPath("$.items[*].memoKey", hasItem(memoKey)))
        .andExpect(jsonPath("$.items[?(@.memoKey == '" + memoKey + "')].status", hasItem("ACTIVE")))
        .andExpect(jsonPath("$.items[?(@.memoKey == '" + memoKey + "')].committee",
            hasItem("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি")));

    mvc.perform(get("/api/meetings").param("size", "1").param("page", "0")
            .header("Authorization", basic(secretary())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(1)));
  }

  @Test
  void anUnknownMemoKey_is404Problem() throws Exception {
    mvc.perform(get("/api/meetings/{memoKey}", "99.99.no.such").header("Authorization", basic(secretary())))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.memoKey").value("99.99.no.such"));
  }

  @Test
  void invalidMeetings_are400_namingFieldAndJsonPointer() throws Exception {
    ObjectNode noMemo = seedJson("");
    noMemo.remove("memoNumber");
    postMeeting(secretary(), noMemo)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("memoNumber"))
        .andExpect(jsonPath("$.errors[0].location").value("/memoNumber"));

    ObjectNode noDecisions = seedJson(uniqueSuffix());
    noDecisions.putArray("decisions");
    postMeeting(secretary(), noDecisions)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].location").value("/decisions"));

    ObjectNode noImplementers = seedJson(uniqueSuffix());
    ((ObjectNode) noImplementers.at("/decisions/2")).putArray("implementers");
    ((ObjectNode) noImplementers.at("/decisions/3")).putArray("implementers").add(" ");
    postMeeting(secretary(), noImplementers)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[0].field").value("decisions[2].implementers"))
        .andExpect(jsonPath("$.errors[0].location").value("/decisions/2/implementers"))
        .andExpect(jsonPath("$.errors[1].location").value("/decisions/3/implementers"));

    ObjectNode noDate = seedJson(uniqueSuffix());
    noDate.remove("date");
    postMeeting(secretary(), noDate)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"))
        .andExpect(jsonPath("$.errors[0].location").value("/date"));

    ObjectNode emptyDecision = seedJson(uniqueSuffix());
    ((ObjectNode) emptyDecision.at("/decisions/0")).put("text", "");
    ((ObjectNode) emptyDecision.at("/decisions/1")).put("text", "   ");
    postMeeting(secretary(), emptyDecision)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[0].field").value("decisions[0].text"))
        .andExpect(jsonPath("$.errors[0].location").value("/decisions/0/text"))
        .andExpect(jsonPath("$.errors[1].location").value("/decisions/1/text"));

    ObjectNode badDeadline = seedJson(uniqueSuffix());
    ((ObjectNode) badDeadline.at("/decisions/1")).put("deadline", "30/01/2024");
    postMeeting(secretary(), badDeadline)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("decisions[1].deadline"))
        .andExpect(jsonPath("$.errors[0].location").value("/decisions/1/deadline"));

    ObjectNode twice = seedJson(uniqueSuffix());
    ((ObjectNode) twice.at("/decisions/1")).put("number", 1);
    postMeeting(secretary(), twice)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].location").value("/decisions/1/number"));

    ObjectNode nullDecision = seedJson(uniqueSuffix());
    ((com.fasterxml.jackson.databind.node.ArrayNode) nullDecision.get("decisions")).insertNull(1);
    postMeeting(secretary(), nullDecision)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].field").value("decisions[1]"))
        .andExpect(jsonPath("$.errors[0].location").value("/decisions/1"));

    postMeeting(secretary(), "{\"memoNumber\": ")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    postMeeting(secretary(), "[1, 2]")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    postMeeting(secretary(), "")
        .andExpect(status().isBadRequest());
  }

  @Test
  void onlyWhoMayStartAMeeting_mayRegisterOne_andNothingStarts() throws Exception {
    String office = user("meetings-uno", "uno-kaliganj");
    String suffix = uniqueSuffix();
    postMeeting(office, seedJson(suffix))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
    mvc.perform(post("/api/meetings").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void otherMediaTypesAndMethods_areProblemsToo() throws Exception {
    mvc.perform(post("/api/meetings").header("Authorization", basic(secretary()))
            .contentType(MediaType.TEXT_PLAIN).content("hello"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/meetings")
            .header("Authorization", basic(secretary())))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}

package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** POST /api/meetings (JSON), GET /api/meetings and GET /api/meetings/{memoKey}: every status code, over real HTTP. */
class MeetingsApiTest extends ApiTestSupport {

  ResponseSpec postMeeting(String user, Object body) throws Exception {
    return http.post().uri("/api/meetings").header("Authorization", basic(user))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body instanceof String text ? text : objectMapper.writeValueAsString(body))
        .exchange();
  }

  /**
   * An implementer the directory does not know is said in the answer, at the decision's implementers: the decision
   * starts, and waits for the secretary to name the office. The seed's own implementers are all known.
   */
  @Test
  void anImplementerTheDirectoryDoesNotKnow_isAWarningAtItsDecision() throws Exception {
    postMeeting(secretary(), seedJson(uniqueSuffix()))
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.field =~ /.*implementers/)]").value(empty());

    ObjectNode meeting = seedJson(uniqueSuffix());
    ((ArrayNode) meeting.at("/decisions/2/implementers"))
        .add("জেলা মৎস্য কর্মকর্তা, ঝিনাইদহ").add("পাঠাগার কমিটি");
    postMeeting(secretary(), meeting)
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.field =~ /.*implementers/)].field").value(contains("decisions[2].implementers"))
        .jsonPath("$.warnings[?(@.field =~ /.*implementers/)].location").value(contains("/decisions/2/implementers"))
        .jsonPath("$.warnings[?(@.field =~ /.*implementers/)].message").value(contains(allOf(
            startsWith("সিদ্ধান্ত ০৩: বাস্তবায়নকারী"),
            containsString("«পাঠাগার কমিটি»"), containsString("নির্দেশিকার কোনো দপ্তরের সাথে মেলেনি"),
            containsString("সচিবকে দপ্তর নির্ধারণ করতে হবে"))))
        .jsonPath("$.decisions[2].processInstanceId").value(notNullValue());
  }

  /**
   * Minutes whose deadline has passed (old minutes entered late) start overdue: said in the answer. The seed's
   * deadline, 30/01/2024, has passed; a deadline ahead is not flagged.
   */
  @Test
  void aDeadlineThatHasPassed_isAWarning() throws Exception {
    postMeeting(secretary(), seedJson(uniqueSuffix()))
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.field == 'deadline')].message").value(hasItem(startsWith(
            "সিদ্ধান্ত ০১, ০২, ০৩, ০৪, ০৫ (৩০/০১/২০২৪)-এর সময়সীমা পেরিয়ে গেছে")))
        .jsonPath("$.warnings[?(@.field == 'deadline')].message").value(hasItem(containsString(
            "the deadline of decision(s) 01, 02, 03, 04, 05 (2024-01-30) has passed")));
    ObjectNode ahead = seedJson(uniqueSuffix());
    ahead.put("deadline", bd.gov.followup.workflow.DeadlineClock.today().plusMonths(1).toString());
    postMeeting(secretary(), ahead)
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.message =~ /.*পেরিয়ে গেছে.*/)]").value(empty());
  }

  /** A meeting dated after today (a slip of the year: minutes come after their meeting) is refused at /date. */
  @Test
  void aMeetingDatedAfterToday_isRefusedAtItsDate() throws Exception {
    ObjectNode meeting = seedJson(uniqueSuffix());
    java.time.LocalDate tomorrow = bd.gov.followup.workflow.DeadlineClock.today().plusDays(1);
    meeting.put("date", tomorrow.toString());
    meeting.put("issueDate", tomorrow.toString());
    meeting.put("deadline", tomorrow.plusMonths(2).toString());
    postMeeting(secretary(), meeting)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("date")
        .jsonPath("$.errors[0].location").isEqualTo("/date")
        .jsonPath("$.errors[0].message").value(containsString("is after today (" + tomorrow.minusDays(1) + ")"));
  }

  /** As for a file: a second meeting of the committee on a day registered already names the first, at /date. */
  @Test
  void aMeetingOfADayRegisteredUnderAnotherMemoNumber_isAWarningAtItsDate() throws Exception {
    String first = uniqueSuffix();
    // a committee of its own: the other tests register the seed's, and later meetings of it would carry these over
    String committee = "জেলা ই-নথি " + first.substring(1) + " সংক্রান্ত কমিটি";
    ObjectNode meeting = seedJson(first);
    meeting.put("committee", committee);
    meeting.put("date", "2023-11-03");
    postMeeting(secretary(), meeting)
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.field == 'date')]").value(empty());
    ObjectNode again = seedJson(uniqueSuffix());
    again.put("committee", committee);
    again.put("date", "2023-11-03");
    postMeeting(secretary(), again)
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.field == 'date')].location").value(contains("/date"))
        .jsonPath("$.warnings[?(@.field == 'date')].message").value(contains(startsWith(
            "এই কমিটির ০৩/১১/২০২৩ তারিখের সভা আগেই নিবন্ধিত (স্মারক " + SEED_MEMO + first + ")")));

    // two upazilas' committees of one name, meeting the same day, are two committees: Kaliganj's is not flagged by
    // Shailkupa's, and is by Kaliganj's own
    String upazilas = "উপজেলা ই-নথি " + first.substring(1) + " কমিটি";
    for (String[] office : new String[][] {{"উপজেলা নির্বাহী অফিসারের কার্যালয়, শৈলকুপা", "created"},
        {"উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ", "none"}, {"উপজেলা নির্বাহী অফিসারের কার্যালয়, কালীগঞ্জ", "flagged"}}) {
      ObjectNode upazilaMeeting = seedJson(uniqueSuffix());
      upazilaMeeting.put("committee", upazilas);
      upazilaMeeting.put("office", office[0]);
      upazilaMeeting.put("date", "2023-11-03");
      postMeeting(secretary(), upazilaMeeting)
          .expectStatus().isCreated()
          .expectBody()
          .jsonPath("$.warnings[?(@.field == 'date')]").value(office[1].equals("flagged") ? hasSize(1) : empty());
    }
  }

  @org.springframework.beans.factory.annotation.Autowired bd.gov.followup.deadline.WorkingDayCalendar calendar;

  /** As for a file: a deadline in a year the holiday lists do not cover is flagged when the meeting comes in. */
  @Test
  void aDeadlineInAYearWithoutAHolidayList_isAWarning() throws Exception {
    int year = calendar.knownYears().last() + 1;
    ObjectNode meeting = seedJson(uniqueSuffix());
    meeting.put("deadline", year + "-01-30");
    postMeeting(secretary(), meeting)
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.warnings[?(@.field == 'deadline')].message").value(hasItem(startsWith(
            bd.gov.followup.minutes.BengaliDigits.of(year) + " সালের সরকারি ছুটির তালিকা যুক্ত নেই: সিদ্ধান্ত ০১, ০২,")));
  }

  @Test
  void aMeetingRegistered_startsEveryDecision_andAnswers201WithItsLocation() throws Exception {
    String suffix = uniqueSuffix();
    String memoKey = keyOf(suffix);
    byte[] body = postMeeting(secretary(), seedJson(suffix))
        .expectStatus().isCreated()
        .expectHeader().valueEquals("Location", "/api/meetings/" + memoKey)
        .expectBody()
        .jsonPath("$.memoKey").isEqualTo(memoKey)
        .jsonPath("$.processInstanceId").value(notNullValue())
        .jsonPath("$.decisions").value(hasSize(5))
        .jsonPath("$.decisions[0].number").isEqualTo(1)
        .jsonPath("$.decisions[0].businessKey").isEqualTo(memoKey + "/01")
        .jsonPath("$.decisions[4].processInstanceId").value(notNullValue())
        .returnResult().getResponseBody();
    JsonNode created = objectMapper.readTree(body);
    long started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.DECISION_PROCESS)
        .superProcessInstanceId(created.get("processInstanceId").asText()).count();
    assertThat(started).isEqualTo(5);

    // the same request again is not an error: the same meeting, nothing new started
    postMeeting(secretary(), seedJson(suffix))
        .expectStatus().isOk()
        .expectHeader().valueEquals("Location", "/api/meetings/" + memoKey)
        .expectBody()
        .jsonPath("$.processInstanceId").isEqualTo(created.get("processInstanceId").asText())
        .jsonPath("$.decisions[2].processInstanceId").isEqualTo(created.at("/decisions/2/processInstanceId").asText());
    // and so is the memo number pasted with invisible characters (a no-break space after it, a zero-width space or
    // joiner inside): the same meeting, not a second one asking every office again
    for (String pasted : new String[] {"\u00A0", "\u200B", "\u200C\u2009"}) {
      ObjectNode again = seedJson(suffix);
      String memo = again.get("memoNumber").asText();
      again.put("memoNumber", pasted.startsWith("\u00A0") ? memo + pasted
          : memo.substring(0, 3) + pasted.charAt(0) + memo.substring(3) + pasted.substring(1));
      postMeeting(secretary(), again)
          .expectStatus().isOk()
          .expectHeader().valueEquals("Location", "/api/meetings/" + memoKey);
    }
    // or written with ASCII digits: the same key, the same minutes
    ObjectNode ascii = seedJson(suffix);
    ascii.put("memoNumber", bd.gov.followup.minutes.BengaliDigits.toAscii(ascii.get("memoNumber").asText()));
    postMeeting(secretary(), ascii)
        .expectStatus().isOk()
        .expectHeader().valueEquals("Location", "/api/meetings/" + memoKey);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.MEETING_PROCESS).processInstanceBusinessKey(memoKey).count()).isEqualTo(1);

    // other minutes under the same memo number: 409, pointing at the meeting that holds it
    ObjectNode other = seedJson(suffix);
    other.put("place", "অন্য কোথাও");
    postMeeting(secretary(), other)
        .expectStatus().isEqualTo(HttpStatus.CONFLICT)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("Location", "/api/meetings/" + memoKey)
        .expectBody()
        .jsonPath("$.status").isEqualTo(409)
        .jsonPath("$.location").isEqualTo("/api/meetings/" + memoKey)
        // what differs, and how a registered meeting is corrected
        .jsonPath("$.differences.length()").isEqualTo(1)
        .jsonPath("$.differences[0]").isEqualTo("স্থান / place")
        .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("পার্থক্য: স্থান।",
            "«কার্যবিবরণী যাচাই» কাজে", "they differ in: place."));
  }

  @Test
  void theMeeting_readsBack_withEachDecisionsState_andIsListedWithItsStatus() throws Exception {
    String suffix = uniqueSuffix();
    String memoKey = keyOf(suffix);
    postMeeting(secretary(), seedJson(suffix)).expectStatus().isCreated();

    http.get().uri("/api/meetings/{memoKey}", memoKey).header("Authorization", basic(secretary())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.memoKey").isEqualTo(memoKey)
        .jsonPath("$.status").isEqualTo("ACTIVE")
        .jsonPath("$.meeting.committee").isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি")
        .jsonPath("$.decisions").value(hasSize(5))
        .jsonPath("$.decisions[0].started").isEqualTo(true)
        .jsonPath("$.decisions[0].state").value(notNullValue())
        .jsonPath("$.decisions[0].stateBn").value(notNullValue())
        .jsonPath("$.decisions[0].processInstanceId").value(notNullValue());

    http.get().uri("/api/meetings?size=100").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.page").isEqualTo(0)
        .jsonPath("$.size").isEqualTo(100)
        .jsonPath("$.total").value(notNullValue())
        .jsonPath("$.items[*].memoKey").value(hasItem(memoKey))
        .jsonPath("$.items[?(@.memoKey == '" + memoKey + "')].status").value(hasItem("ACTIVE"))
        .jsonPath("$.items[?(@.memoKey == '" + memoKey + "')].committee")
        .value(hasItem("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি"));

    http.get().uri("/api/meetings?size=1&page=0").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.items").value(hasSize(1));

    // a page size out of range is said, not changed silently into another
    for (String[] wrong : new String[][] {{"size", "0"}, {"size", "-1"}, {"size", "101"}, {"page", "-1"}}) {
      http.get().uri("/api/meetings?" + wrong[0] + "=" + wrong[1]).header("Authorization", basic(secretary()))
          .exchange()
          .expectStatus().isBadRequest()
          .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type").isEqualTo("urn:followup:problem:invalid-parameter")
          .jsonPath("$.errors[0].field").isEqualTo(wrong[0])
          .jsonPath("$.errors[0].location").isEqualTo("query")
          .jsonPath("$.errors[0].message").value(containsString("not '" + wrong[1] + "'"));
    }
  }

  @Test
  void anUnknownMemoKey_is404Problem() throws Exception {
    http.get().uri("/api/meetings/{memoKey}", "99.99.no.such").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.memoKey").isEqualTo("99.99.no.such");
  }

  @Test
  void invalidMeetings_are400_namingFieldAndJsonPointer() throws Exception {
    ObjectNode noMemo = seedJson("");
    noMemo.remove("memoNumber");
    postMeeting(secretary(), noMemo)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("memoNumber")
        .jsonPath("$.errors[0].location").isEqualTo("/memoNumber");

    ObjectNode noDecisions = seedJson(uniqueSuffix());
    noDecisions.putArray("decisions");
    postMeeting(secretary(), noDecisions)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].location").isEqualTo("/decisions");

    ObjectNode noImplementers = seedJson(uniqueSuffix());
    ((ObjectNode) noImplementers.at("/decisions/2")).putArray("implementers");
    ((ObjectNode) noImplementers.at("/decisions/3")).putArray("implementers").add(" ");
    postMeeting(secretary(), noImplementers)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors").value(hasSize(2))
        .jsonPath("$.errors[0].field").isEqualTo("decisions[2].implementers")
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/2/implementers")
        .jsonPath("$.errors[1].location").isEqualTo("/decisions/3/implementers");

    // the memo key is a path segment of every progress link
    for (String memo : java.util.List.of("T-৪৫;৬%", "..", "ক#খ")) {
      ObjectNode badMemo = seedJson("");
      badMemo.put("memoNumber", memo);
      postMeeting(secretary(), badMemo)
          .expectStatus().isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].location").isEqualTo("/memoNumber")
          .jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("a memo number has digits"));
    }

    ObjectNode noDate = seedJson(uniqueSuffix());
    noDate.remove("date");
    postMeeting(secretary(), noDate)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("date")
        .jsonPath("$.errors[0].location").isEqualTo("/date");

    ObjectNode emptyDecision = seedJson(uniqueSuffix());
    ((ObjectNode) emptyDecision.at("/decisions/0")).put("text", "");
    ((ObjectNode) emptyDecision.at("/decisions/1")).put("text", "   ");
    postMeeting(secretary(), emptyDecision)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors").value(hasSize(2))
        .jsonPath("$.errors[0].field").isEqualTo("decisions[0].text")
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/0/text")
        .jsonPath("$.errors[1].location").isEqualTo("/decisions/1/text");

    ObjectNode badDeadline = seedJson(uniqueSuffix());
    ((ObjectNode) badDeadline.at("/decisions/1")).put("deadline", "30/01/2024");
    postMeeting(secretary(), badDeadline)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("decisions[1].deadline")
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/1/deadline");

    ObjectNode twice = seedJson(uniqueSuffix());
    ((ObjectNode) twice.at("/decisions/1")).put("number", 1);
    postMeeting(secretary(), twice)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/1/number");

    ObjectNode nullDecision = seedJson(uniqueSuffix());
    ((ArrayNode) nullDecision.get("decisions")).insertNull(1);
    postMeeting(secretary(), nullDecision)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors").value(hasSize(1))
        .jsonPath("$.errors[0].field").isEqualTo("decisions[1]")
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/1");

    postMeeting(secretary(), "{\"memoNumber\": ")
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    postMeeting(secretary(), "[1, 2]")
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    postMeeting(secretary(), "")
        .expectStatus().isBadRequest();
  }

  /** A date typed before the meeting's is refused at its pointer, and nothing starts. */
  @Test
  void datesBeforeTheMeeting_are400_atTheirPointers() throws Exception {
    String suffix = uniqueSuffix();
    ObjectNode early = seedJson(suffix);
    early.put("issueDate", "2023-11-01");
    ((ObjectNode) early.at("/decisions/4")).put("deadline", "2020-01-01");
    postMeeting(secretary(), early)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors").value(hasSize(2))
        .jsonPath("$.errors[0].location").isEqualTo("/issueDate")
        .jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
            "the issue date 2023-11-01 is before the meeting's date 2023-11-19"))
        .jsonPath("$.errors[1].location").isEqualTo("/decisions/4/deadline");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
  }

  /**
   * A year no minutes can mean (9999, a number read as a date) is refused at its pointer: accepted once, it broke the
   * printable report of its meeting and of every later meeting of the committee (no Bangla date for it).
   */
  @Test
  void datesOutsideAnyYearMinutesMean_are400_atTheirPointers() throws Exception {
    String suffix = uniqueSuffix();
    ObjectNode slips = seedJson(suffix);
    ((ObjectNode) slips.at("/decisions/4")).put("deadline", "9999-12-31");
    slips.put("deadline", "+999999999-12-31");
    postMeeting(secretary(), slips)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[*].location").value(org.hamcrest.Matchers.containsInAnyOrder("/deadline",
            "/decisions/4/deadline"))
        .jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("a date between 1971 and 2100"));
    ObjectNode numberAsDate = seedJson(suffix);
    numberAsDate.put("date", 20261125);
    postMeeting(secretary(), numberAsDate)
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[*].location").value(org.hamcrest.Matchers.hasItem("/date"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
  }

  /** A value of the wrong kind is named at its pointer in words, never with the Java classes behind it. */
  @Test
  void wrongKindsOfValue_sayWhatIsExpected_withoutJavaNames() throws Exception {
    String suffix = uniqueSuffix();
    for (var wrong : java.util.Map.of(
        "/decisions", "a list [ … ] is expected here",
        "/time", "not a time (HH:mm)",
        "/decisions/0/number", "a whole number is expected here",
        "/decisions/0/implementers/0", "").entrySet()) {
      ObjectNode body = seedJson(suffix);
      String pointer = wrong.getKey();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      String last = pointer.substring(pointer.lastIndexOf('/') + 1);
      if (parent.endsWith("implementers")) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.at(parent)).set(Integer.parseInt(last),
            com.fasterxml.jackson.databind.node.NullNode.getInstance());
      } else if (last.equals("time")) {
        body.put("time", "25:00");
      } else {
        ((ObjectNode) (parent.isEmpty() ? body : body.at(parent))).put(last, last.equals("number") ? "তিন" : "x");
      }
      String answer = new String(postMeeting(secretary(), body).expectStatus().isBadRequest()
          .expectBody().returnResult().getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).as(pointer).contains(wrong.getValue())
          .doesNotContain("java.", "bd.gov", "Exception", "CoercionConfig", "`");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
  }

  /**
   * Dates and times only as the text the README shows, texts only as text: Jackson read 15 as 16 Jan 1970 (a deadline
   * meant as "15 days"), 20786 and [2026, 11, 29] as days of 2026, and a number as the text of it.
   */
  @Test
  void numbersListsAndBooleans_whereADateOrATextBelongs_are400_atTheirPointers() throws Exception {
    String suffix = uniqueSuffix();
    var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    for (var wrong : java.util.Map.<String, com.fasterxml.jackson.databind.JsonNode>of(
        "/date", nodes.numberNode(20786),
        "/decisions/0/deadline", nodes.numberNode(15),
        "/issueDate", nodes.arrayNode().add(2026).add(11).add(29),
        "/time", nodes.arrayNode().add(12).add(0),
        "/place", nodes.numberNode(123),
        "/decisions/0/topic", nodes.booleanNode(true)).entrySet()) {
      ObjectNode body = seedJson(suffix);
      String pointer = wrong.getKey();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      ((ObjectNode) (parent.isEmpty() ? body : body.at(parent))).set(pointer.substring(pointer.lastIndexOf('/') + 1),
          wrong.getValue());
      postMeeting(secretary(), body).expectStatus().isBadRequest()
          .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody().jsonPath("$.errors[0].location").isEqualTo(pointer);
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).as("nothing registered").isZero();

    // a close is for good: its reason is text, never a number made into one
    postMeeting(secretary(), seedJson(suffix)).expectStatus().isCreated();
    http.post().uri("/api/meetings/{k}/decisions/{n}/close", keyOf(suffix), 2)
        .header("Authorization", basic(secretary())).contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"reason\": 123}").exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].location").isEqualTo("/reason");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix) + "/02").count()).as("the decision still runs").isOne();
  }

  /**
   * A close request's misspelt key is a bad request named at its pointer, as the close's other body errors are: it
   * sent no minutes, so it is not "invalid minutes" (which the registration keeps).
   */
  @Test
  void aCloseRequestsUnknownKey_isABadRequest_notInvalidMinutes() throws Exception {
    String suffix = uniqueSuffix();
    postMeeting(secretary(), seedJson(suffix)).expectStatus().isCreated();
    http.post().uri("/api/meetings/{k}/decisions/{n}/close", keyOf(suffix), 1)
        .header("Authorization", basic(secretary())).contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"reasn\": \"x\"}").exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:bad-request")
        .jsonPath("$.title").isEqualTo("Bad request")
        .jsonPath("$.errors[0].location").isEqualTo("/reasn")
        .jsonPath("$.errors[0].message").value(containsString("did you mean \"reason\""));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix) + "/01").count()).as("the decision still runs").isOne();
  }

  /** The forms' length limits hold for JSON too, each refused at its pointer, and nothing starts. */
  @Test
  void oversizedTextsAndLists_are400_atTheirPointers() throws Exception {
    String suffix = uniqueSuffix();
    ObjectNode huge = seedJson(suffix);
    ((ObjectNode) huge.at("/decisions/0")).put("text", "ক".repeat(20_001));
    com.fasterxml.jackson.databind.node.ArrayNode many = ((ObjectNode) huge.at("/decisions/1")).putArray("implementers");
    for (int i = 0; i < 201; i++) {
      many.add("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ");
    }
    com.fasterxml.jackson.databind.node.ArrayNode distribution = huge.putArray("distribution");
    for (int i = 0; i < 1_001; i++) {
      distribution.addObject().put("number", i + 1).put("text", "অফিস কপি");
    }
    postMeeting(secretary(), huge)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[*].location").value(org.hamcrest.Matchers.containsInAnyOrder(
            "/decisions/0/text", "/decisions/1/implementers", "/distribution"))
        .jsonPath("$.errors[?(@.location == '/decisions/0/text')].message").value(org.hamcrest.Matchers.hasItem(
            org.hamcrest.Matchers.containsString("at most 20000 characters, not 20001")));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
  }

  @Test
  void onlyWhoMayStartAMeeting_mayRegisterOne_andNothingStarts() throws Exception {
    String office = user("meetings-uno", "uno-kaliganj");
    String suffix = uniqueSuffix();
    postMeeting(office, seedJson(suffix))
        .expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();
    http.post().uri("/api/meetings").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
        .expectStatus().isUnauthorized();
  }

  @Test
  void otherMediaTypesAndMethods_areProblemsToo() throws Exception {
    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
        .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.delete().uri("/api/meetings").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  /** A key given twice: Jackson kept the last silently; refused, at the second one. */
  @Test
  void aKeyGivenTwice_is400_atTheSecond_andNothingIsRegistered() throws Exception {
    String suffix = uniqueSuffix();
    String json = objectMapper.writeValueAsString(seedJson(suffix));
    String twice = json.replaceFirst("\\{", "{\"deadline\": \"2027-01-01\",\n");
    assertThat(twice).contains("\"deadline\": \"2027-01-01\"").contains("\"deadline\":\"");
    postMeeting(secretary(), twice)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("deadline")
        .jsonPath("$.errors[0].location").value(startsWith("line 2, column"))
        .jsonPath("$.errors[0].message").value(containsString("the key 'deadline' is given twice"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();

    // inside a decision: named by its JSON pointer
    String inADecision = objectMapper.writeValueAsString(seedJson(uniqueSuffix()))
        .replaceFirst("\"topic\":", "\"topic\":\"x\",\"topic\":");
    assertThat(inADecision).contains("\"topic\":\"x\",\"topic\":");
    postMeeting(secretary(), inADecision)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("decisions[0].topic")
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/0/topic")
        .jsonPath("$.errors[0].message").value(containsString("the key 'topic' is given twice"));
  }

  /** A key the meeting does not know is a typo, not something to drop: refused, named by its JSON pointer. */
  @Test
  void anUnknownKey_is400_namingItByJsonPointer_andNothingIsRegistered() throws Exception {
    String suffix = uniqueSuffix();
    ObjectNode typo = seedJson(suffix);
    typo.put("deadlin", "2027-01-01");
    postMeeting(secretary(), typo)
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:invalid-minutes")
        .jsonPath("$.detail").value(allOf(containsString("অজানা"), containsString("unknown key")))
        .jsonPath("$.errors").value(hasSize(1))
        .jsonPath("$.errors[0].field").isEqualTo("deadlin")
        .jsonPath("$.errors[0].location").isEqualTo("/deadlin")
        .jsonPath("$.errors[0].message").value(allOf(containsString("অজানা"), containsString("\"deadlin\""),
            containsString("did you mean \"deadline\""),
            containsString("keys here are: committee, office, chair, date"), containsString("reminderDays")));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();

    ObjectNode inADecision = seedJson(uniqueSuffix());
    ObjectNode third = (ObjectNode) inADecision.at("/decisions/2");
    third.set("implementrs", third.remove("implementers"));
    postMeeting(secretary(), inADecision)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("decisions[2].implementrs")
        .jsonPath("$.errors[0].location").isEqualTo("/decisions/2/implementrs")
        .jsonPath("$.errors[0].message").value(allOf(containsString("implementers"),
            containsString("deadlineWorkingDays")));

    ObjectNode inTheChair = seedJson(uniqueSuffix());
    ((ObjectNode) inTheChair.get("chair")).put("phone", "01700000000");
    postMeeting(secretary(), inTheChair)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].location").isEqualTo("/chair/phone")
        .jsonPath("$.errors[0].message").value(allOf(containsString("name"), containsString("designation")));
  }

  /**
   * The JSON registration answers a preview as the import does: the meeting as it would be registered and its
   * warnings, with nothing registered and nobody told.
   */
  @Test
  void aPreviewOfAJsonMeeting_answersItsWarnings_andRegistersNothing() throws Exception {
    String suffix = uniqueSuffix();
    ObjectNode meeting = seedJson(suffix);
    http.post().uri("/api/meetings?preview=true").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(meeting)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.meeting.memoNumber").isEqualTo(meeting.get("memoNumber").asText())
        .jsonPath("$.meeting.decisions").value(hasSize(5))
        .jsonPath("$.warnings").isArray()
        .jsonPath("$.processInstanceId").doesNotExist();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();

    postMeeting(secretary(), meeting).expectStatus().isCreated();
    http.post().uri("/api/meetings?preview=true").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(meeting)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.warnings[0].field").isEqualTo("memoNumber");
  }

  /**
   * A query parameter a registration does not know (a misspelt preview) is refused before anything happens: it
   * registered the meeting for real and told every office.
   */
  @Test
  void anUnknownQueryParameterOnARegistration_is400NamingIt_andNothingIsRegistered() throws Exception {
    String suffix = uniqueSuffix();
    http.post().uri("/api/meetings?previw=true").header("Authorization", basic(secretary()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(objectMapper.writeValueAsString(seedJson(suffix)))
        .exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:unknown-parameter")
        .jsonPath("$.detail").value(allOf(containsString("অজানা প্যারামিটার"), containsString("nothing was done")))
        .jsonPath("$.errors[0].field").isEqualTo("previw")
        .jsonPath("$.errors[0].location").isEqualTo("query")
        .jsonPath("$.errors[0].message").value(containsString("did you mean \"preview\""));

    org.springframework.http.client.MultipartBodyBuilder file = new org.springframework.http.client.MultipartBodyBuilder();
    file.part("file", seedTextAs(suffix)).filename("minutes.txt").contentType(MediaType.TEXT_PLAIN);
    http.post().uri("/api/meetings/import?previw=true").header("Authorization", basic(secretary()))
        .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(file.build())).exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("previw");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).isZero();

    // a read keeps Spring's leniency
    http.get().uri("/api/meetings?sise=5").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isOk();
  }

  /**
   * A parameter name that is no valid percent-encoding ({@code ?%zz=1}: no URI library sends it, a hand-written
   * client may) is an unknown parameter of the caller's, 400 naming it, not the application's fault (500, an ERROR
   * with a stack trace in the log).
   */
  @Test
  void aQueryParameterNameThatIsNoPercentEncoding_is400NamingIt() throws Exception {
    String suffix = uniqueSuffix();
    byte[] body = objectMapper.writeValueAsBytes(seedJson(suffix));
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      var out = socket.getOutputStream();
      out.write(("POST /api/meetings?%zz=true HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
          + basic(secretary()) + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).as(answer).startsWith("HTTP/1.1 400").contains("urn:followup:problem:unknown-parameter",
          "\"field\":\"%zz\"");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(keyOf(suffix)).count()).as("nothing registered").isZero();
  }

  /**
   * Spring's own refusals (a parameter that is not a number, a Content-Type or Accept this path does not speak, a
   * method it does not take) are problems of ours: a type of our scheme, Bengali and English, naming what is wrong.
   */
  @Test
  void frameworkRefusals_areBengaliProblems_namingWhatIsWrongAndWhere() throws Exception {
    http.get().uri("/api/meetings?page=x").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:invalid-parameter")
        .jsonPath("$.detail").value(allOf(containsString("পূর্ণসংখ্যা"), containsString("page"),
            containsString("whole number"), containsString("'x'")))
        .jsonPath("$.errors[0].field").isEqualTo("page")
        .jsonPath("$.errors[0].location").isEqualTo("query");

    http.post().uri("/api/meetings/{k}/decisions/{n}/close", "99.99.no.such", "তিন")
        .header("Authorization", basic(secretary())).contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"reason\": \"x\"}").exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:invalid-parameter")
        .jsonPath("$.errors[0].field").isEqualTo("number")
        .jsonPath("$.errors[0].location").isEqualTo("path");

    http.post().uri("/api/meetings").header("Authorization", basic(secretary()))
        .contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
        .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:unsupported-media-type")
        .jsonPath("$.detail").value(allOf(containsString("text/plain"), containsString("application/json"),
            containsString("পাঠান")))
        .jsonPath("$.accepted").value(hasItem("application/json"))
        .jsonPath("$.errors[0].field").isEqualTo("Content-Type")
        .jsonPath("$.errors[0].location").isEqualTo("header");

    // the problem is written as problem+json although the client accepts only HTML
    http.get().uri("/api/meetings").header("Authorization", basic(secretary())).accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus().isEqualTo(HttpStatus.NOT_ACCEPTABLE)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:not-acceptable")
        .jsonPath("$.detail").value(allOf(containsString("application/json"), containsString("text/html"),
            containsString("কেবল")))
        .jsonPath("$.available").value(hasItem("application/json"))
        .jsonPath("$.errors[0].field").isEqualTo("Accept");

    http.delete().uri("/api/meetings").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().value("Allow", allOf(containsString("GET"), containsString("POST")))
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:method-not-allowed")
        .jsonPath("$.detail").value(allOf(containsString("DELETE"), containsString("চলে না"), containsString("GET")))
        .jsonPath("$.allowed").value(hasItem("POST"))
        .jsonPath("$.errors[0].location").isEqualTo("method");

    http.get().uri("/api/no-such-thing").header("Authorization", basic(secretary())).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("urn:followup:problem:not-found")
        .jsonPath("$.detail").value(allOf(containsString("কিছু নেই"), containsString("/api/no-such-thing")));
  }
}

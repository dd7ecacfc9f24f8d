package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.MinutesReaders;
import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Registration and import over real HTTP through Tomcat, every status code a client meets: 201, 200 for a repeat,
 * 400, 409, 413 and 415, each refusal a problem-details body. Tomcat's multipart limit
 * (spring.servlet.multipart.max-file-size = 5 MB) refuses an oversized file before our code sees it: that refusal
 * must be a 413 problem, not a 500. A meeting's own reminder days and a deadline in working days reach each decision's
 * workflow, and bad values are 400 problems that point at the value. (MeetingsApiTest and MinutesImportTest cover the
 * same API in depth, over real HTTP too.)
 */
// the REST filter addresses the engine by name: "default", one context at a time
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class MeetingsOverHttpTest {

  static final String USER = "import-http-secretary";
  static final String PASSWORD = "Import-Passw0rd!2025";
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper objectMapper;

  @BeforeEach
  void secretary() {
    if (identityService.createUserQuery().userId(USER).count() == 0) {
      var user = identityService.newUser(USER);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(USER, "programmer-ict");
    }
  }

  HttpResponse<String> upload(String fileName, String contentType, byte[] content) throws Exception {
    String boundary = "----followup" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings/import"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postJson(String contentType, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", contentType)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  ObjectNode seedJson(String memoSuffix) throws Exception {
    try (InputStream in = new ClassPathResource(ApiTestSupport.SEED_JSON).getInputStream()) {
      ObjectNode node = (ObjectNode) objectMapper.readTree(in);
      node.put("memoNumber", node.get("memoNumber").asText() + memoSuffix);
      return node;
    }
  }

  JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = objectMapper.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  HttpResponse<String> post(JsonNode meeting) throws Exception {
    return postJson("application/json", objectMapper.writeValueAsString(meeting));
  }

  JsonNode problem400(HttpResponse<String> response) throws Exception {
    return problem(response, 400);
  }

  @Test
  void registeringJson_201_repeated200_otherMinutesUnderTheSameMemo409() throws Exception {
    String suffix = ApiTestSupport.uniqueSuffix();
    String location = "/api/meetings/" + ApiTestSupport.keyOf(suffix);
    HttpResponse<String> created = postJson("application/json", seedJson(suffix).toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(location));
    JsonNode meeting = objectMapper.readTree(created.body());
    assertThat(meeting.get("decisions").size()).isEqualTo(5);

    HttpResponse<String> again = postJson("application/json", seedJson(suffix).toString());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(again.body()).get("processInstanceId"))
        .isEqualTo(meeting.get("processInstanceId"));

    ObjectNode other = seedJson(suffix);
    other.put("place", "অন্য কোথাও");
    HttpResponse<String> conflict = postJson("application/json", other.toString());
    JsonNode problem = problem(conflict, 409);
    assertThat(problem.get("location").asText()).isEqualTo(location);
    assertThat(conflict.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(location));
  }

  @Test
  void badJson400_withTheJsonPointer_textWithoutDecisions400_withTheLine_otherMediaType415() throws Exception {
    ObjectNode noImplementers = seedJson(ApiTestSupport.uniqueSuffix());
    ((ObjectNode) noImplementers.at("/decisions/2")).putArray("implementers");
    JsonNode invalid = problem(postJson("application/json", noImplementers.toString()), 400);
    assertThat(invalid.at("/errors/0/field").asText()).isEqualTo("decisions[2].implementers");
    assertThat(invalid.at("/errors/0/location").asText()).isEqualTo("/decisions/2/implementers");

    problem(postJson("application/json", "{\"memoNumber\": "), 400);

    // the seed's minutes without their decision table: nothing to follow up, said with where it was looked for
    String seed = new String(ApiTestSupport.seedTextAs(ApiTestSupport.uniqueSuffix()), StandardCharsets.UTF_8);
    String withoutTable = seed.lines().filter(l -> !l.matches("^[০-৯0-9]{2}\t.*")).reduce("", (a, b) -> a + b + "\n");
    JsonNode unreadable = problem(upload("minutes.txt", "text/plain; charset=UTF-8",
        withoutTable.getBytes(StandardCharsets.UTF_8)), 400);
    assertThat(unreadable.at("/errors/0/field").asText()).startsWith("decisions");
    assertThat(unreadable.at("/errors/0/location").asText()).isNotBlank();

    problem(postJson("text/plain", "সভার কার্যবিবরণী"), 415);
  }

  @Test
  void aFileOverFiveMegabytes_isRefusedByTomcat_as413Problem() throws Exception {
    expectMinutesTooLarge(upload("minutes.txt", "text/plain", new byte[MinutesReaders.MAX_BYTES + 1024]));
  }

  /**
   * A file above the whole request's limit (6 MB) is refused before Tomcat parses it, by another filter: the official
   * still reads that the file may be at most 5 MB, not a limit of 6 MB that no file of 5 to 6 MB meets.
   */
  @Test
  void aFileOverTheRequestLimit_isRefusedWithTheSameProblem_namingTheFileLimit() throws Exception {
    expectMinutesTooLarge(upload("minutes.docx", "application/octet-stream", new byte[7 * 1024 * 1024]));
  }

  private void expectMinutesTooLarge(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = objectMapper.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(413);
    assertThat(problem.get("type").asText()).isEqualTo("urn:followup:problem:minutes-too-large");
    assertThat(problem.get("limitBytes").asLong()).isEqualTo(MinutesReaders.MAX_BYTES);
    // Bengali digits in the Bengali half, as everywhere officials read a number
    assertThat(problem.get("detail").asText()).startsWith("কার্যবিবরণীর ফাইল ৫ MB এর বেশি হতে পারবে না");
  }

  @Test
  void theSeed_isImportedOverHttp_andAnUnknownFormatIs415() throws Exception {
    byte[] seed = ApiTestSupport.seedTextAs(ApiTestSupport.uniqueSuffix());
    HttpResponse<String> created = upload("কার্যবিবরণী.txt", "text/plain; charset=UTF-8", seed);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(objectMapper.readTree(created.body()).at("/meeting/decisions").size()).isEqualTo(5);

    HttpResponse<String> unsupported = upload("minutes.odt", "application/vnd.oasis.opendocument.text", seed);
    assertThat(unsupported.statusCode()).isEqualTo(415);
    assertThat(unsupported.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  // a meeting's own reminder days and deadlines in working days: they reach each decision's workflow

  @Test
  void reminderDaysAndAWorkingDaySpan_reachEachDecisionsWorkflow() throws Exception {
    ObjectNode meeting = seedJson(ApiTestSupport.uniqueSuffix());
    meeting.putArray("reminderDays").add(5).add(2);
    // decision 01: "৭ কর্মদিবসের মধ্যে" of the minutes issued on Wednesday 6 December 2023
    ((ObjectNode) meeting.at("/decisions/0")).put("deadlineWorkingDays", 7);

    HttpResponse<String> created = post(meeting);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(created.body());
    assertThat(body.at("/meeting/reminderDays").toString()).isEqualTo("[5,2]");

    String first = body.at("/decisions/0/processInstanceId").asText();
    assertThat(JsonVariables.readIntegers(runtimeService.getVariable(first, ProcessVariables.REMINDER_DAYS), "r"))
        .containsExactly(5, 2);
    assertThat(runtimeService.getVariable(first, ProcessVariables.DEADLINE))
        .as("7, 10, 11, 12, 13, 14 and 17 December; the 16th, Victory Day, is a Saturday").isEqualTo("2023-12-17");
    String fifth = body.at("/decisions/4/processInstanceId").asText();
    assertThat(runtimeService.getVariable(fifth, ProcessVariables.DEADLINE)).as("the meeting's general deadline")
        .isEqualTo("2024-01-30");
  }

  @Test
  void withoutReminderDays_noVariable_andTheDefaultApplies() throws Exception {
    HttpResponse<String> created = post(seedJson(ApiTestSupport.uniqueSuffix()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(created.body());
    assertThat(body.at("/meeting").has("reminderDays")).isFalse();
    assertThat(runtimeService.getVariable(body.at("/decisions/0/processInstanceId").asText(),
        ProcessVariables.REMINDER_DAYS)).isNull();
  }

  @Test
  void badReminderDays_are400Problems_pointingAtEachBadValue() throws Exception {
    ObjectNode outOfRange = seedJson(ApiTestSupport.uniqueSuffix());
    outOfRange.putArray("reminderDays").add(7).add(0).add(-3).add(61);
    JsonNode problem = problem400(post(outOfRange));
    assertThat(problem.at("/errors").size()).isEqualTo(3);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("reminderDays[1]");
    assertThat(problem.at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");
    assertThat(problem.at("/errors/0/message").asText()).contains("কর্মদিবস").contains("not 0");
    assertThat(problem.at("/errors/1/location").asText()).isEqualTo("/reminderDays/2");
    assertThat(problem.at("/errors/2/location").asText()).isEqualTo("/reminderDays/3");

    ObjectNode empty = seedJson(ApiTestSupport.uniqueSuffix());
    empty.putArray("reminderDays");
    assertThat(problem400(post(empty)).at("/errors/0/location").asText()).isEqualTo("/reminderDays");

    ObjectNode notANumber = seedJson(ApiTestSupport.uniqueSuffix());
    notANumber.putArray("reminderDays").add(7).add("সাত");
    assertThat(problem400(post(notANumber)).at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");

    ObjectNode fraction = seedJson(ApiTestSupport.uniqueSuffix());
    fraction.putArray("reminderDays").add(7).add(1.5);
    JsonNode fractionProblem = problem400(post(fraction));
    assertThat(fractionProblem.at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");
    assertThat(fractionProblem.at("/errors/0/message").asText()).contains("1.5");

    ObjectNode nullDay = seedJson(ApiTestSupport.uniqueSuffix());
    nullDay.putArray("reminderDays").add(7).addNull();
    assertThat(problem400(post(nullDay)).at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");

    ObjectNode tooLongASpan = seedJson(ApiTestSupport.uniqueSuffix());
    ((ObjectNode) tooLongASpan.at("/decisions/2")).put("deadlineWorkingDays", 365);
    assertThat(problem400(post(tooLongASpan)).at("/errors/0/location").asText())
        .isEqualTo("/decisions/2/deadlineWorkingDays");

    ObjectNode zeroSpan = seedJson(ApiTestSupport.uniqueSuffix());
    ((ObjectNode) zeroSpan.at("/decisions/2")).put("deadlineWorkingDays", 0);
    assertThat(problem400(post(zeroSpan)).at("/errors/0/location").asText())
        .isEqualTo("/decisions/2/deadlineWorkingDays");

    ObjectNode both = seedJson(ApiTestSupport.uniqueSuffix());
    ((ObjectNode) both.at("/decisions/2")).put("deadline", "2024-02-29").put("deadlineWorkingDays", 7);
    JsonNode twoDeadlines = problem400(post(both));
    assertThat(twoDeadlines.at("/errors/0/location").asText()).isEqualTo("/decisions/2/deadlineWorkingDays");
    assertThat(twoDeadlines.at("/errors/0/message").asText()).contains("not both");
  }

  /** Typed as JSON, a meeting names its committee: the next meeting finds the open decisions by it. */
  @Test
  void aMeetingWithoutItsCommittee_is400_atTheField() throws Exception {
    ObjectNode nameless = seedJson(ApiTestSupport.uniqueSuffix());
    nameless.remove("committee");
    JsonNode problem = problem400(post(nameless));
    assertThat(problem.at("/errors/0/location").asText()).isEqualTo("/committee");
    assertThat(problem.at("/errors/0/message").asText()).contains("the committee is required");
  }

  @Test
  void theImportReadWithGet_isA405_notAMeetingCalledImport() throws Exception {
    HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/meetings/import"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    assertThat(objectMapper.readTree(answer.body()).get("allowed").toString()).isEqualTo("[\"POST\"]");
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }
}

package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * A meeting's own reminder days and a deadline in working days, sent as JSON over real HTTP: they reach each decision's
 * workflow, and bad values are 400 problems that point at the value.
 */
// the REST filter addresses the engine by name: "default", one context at a time
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class MeetingDeadlinesOverHttpTest {

  static final String USER = "deadlines-http-secretary";
  static final String PASSWORD = "Deadlines-Passw0rd!2025";
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

  ObjectNode seed() throws Exception {
    try (InputStream in = new ClassPathResource(ApiTestSupport.SEED_JSON).getInputStream()) {
      ObjectNode node = (ObjectNode) objectMapper.readTree(in);
      node.put("memoNumber", node.get("memoNumber").asText() + ApiTestSupport.uniqueSuffix());
      return node;
    }
  }

  HttpResponse<String> post(JsonNode meeting) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(objectMapper.writeValueAsString(meeting), StandardCharsets.UTF_8))
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode problem(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    return objectMapper.readTree(response.body());
  }

  @Test
  void reminderDaysAndAWorkingDaySpan_reachEachDecisionsWorkflow() throws Exception {
    ObjectNode meeting = seed();
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
    HttpResponse<String> created = post(seed());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(created.body());
    assertThat(body.at("/meeting").has("reminderDays")).isFalse();
    assertThat(runtimeService.getVariable(body.at("/decisions/0/processInstanceId").asText(),
        ProcessVariables.REMINDER_DAYS)).isNull();
  }

  @Test
  void badReminderDays_are400Problems_pointingAtEachBadValue() throws Exception {
    ObjectNode outOfRange = seed();
    outOfRange.putArray("reminderDays").add(7).add(0).add(-3).add(61);
    JsonNode problem = problem(post(outOfRange));
    assertThat(problem.at("/errors").size()).isEqualTo(3);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("reminderDays[1]");
    assertThat(problem.at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");
    assertThat(problem.at("/errors/0/message").asText()).contains("কর্মদিবস").contains("not 0");
    assertThat(problem.at("/errors/1/location").asText()).isEqualTo("/reminderDays/2");
    assertThat(problem.at("/errors/2/location").asText()).isEqualTo("/reminderDays/3");

    ObjectNode empty = seed();
    empty.putArray("reminderDays");
    assertThat(problem(post(empty)).at("/errors/0/location").asText()).isEqualTo("/reminderDays");

    ObjectNode notANumber = seed();
    notANumber.putArray("reminderDays").add(7).add("সাত");
    assertThat(problem(post(notANumber)).at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");

    ObjectNode nullDay = seed();
    nullDay.putArray("reminderDays").add(7).addNull();
    assertThat(problem(post(nullDay)).at("/errors/0/location").asText()).isEqualTo("/reminderDays/1");

    ObjectNode tooLongASpan = seed();
    ((ObjectNode) tooLongASpan.at("/decisions/2")).put("deadlineWorkingDays", 365);
    assertThat(problem(post(tooLongASpan)).at("/errors/0/location").asText())
        .isEqualTo("/decisions/2/deadlineWorkingDays");

    ObjectNode zeroSpan = seed();
    ((ObjectNode) zeroSpan.at("/decisions/2")).put("deadlineWorkingDays", 0);
    assertThat(problem(post(zeroSpan)).at("/errors/0/location").asText())
        .isEqualTo("/decisions/2/deadlineWorkingDays");
  }
}

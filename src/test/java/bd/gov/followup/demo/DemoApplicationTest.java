package bd.gov.followup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application as `./mvnw spring-boot:run` starts it (demo profile), on an in-memory database, checked
 * over real HTTP: the demo meetings, who holds which task, and that Tasklist, Cockpit and the forms are served.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      // the REST API and the webapps serve the engine named "default": this context keeps the name
      "camunda.bpm.generate-unique-process-application-name=true"
    })
@ActiveProfiles("demo")
@DirtiesContext // the REST API needs the engine named "default": no two such contexts may live at once
class DemoApplicationTest {

  static final String MEMO = "56.04.4400.000.34.002.19.69";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode getJson(String path, String user) throws Exception {
    HttpResponse<String> response = get(path, user);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void theJhenaidahMeetingIsLoaded_asRecordedAndAsADemoCopy() throws Exception {
    JsonNode meetings = getJson("/engine-rest/process-instance?processDefinitionKey=MeetingFollowup&maxResults=50", "admin");
    assertThat(meetings.findValuesAsText("businessKey")).containsExactlyInAnyOrder(MEMO, MEMO + "-DEMO");

    JsonNode decisions = getJson("/engine-rest/process-instance?processDefinitionKey=DecisionFollowup"
        + "&businessKeyLike=" + MEMO + "/%25&maxResults=50", "admin");
    assertThat(decisions.findValuesAsText("businessKey")).containsExactlyInAnyOrder(
        MEMO + "/01", MEMO + "/02", MEMO + "/03", MEMO + "/04", MEMO + "/05");
  }

  @Test
  void eachRoleHoldsItsOwnWork() throws Exception {
    // as recorded: every decision waits for its lead; the secretary leads all five
    Map<String, List<String>> recorded = tasksByKey(MEMO + "/%25");
    assertThat(recorded.get("Task_AssignImplementer")).hasSize(5).containsOnly("programmer-ict");

    // the copy: leads accepted, so each office has its report task
    Map<String, List<String>> copy = tasksByKey(MEMO + "-DEMO/%25");
    assertThat(copy.get("Task_ReportUpdate"))
        .contains("uno-kaliganj", "ap-kaliganj", "uno-sadar", "ac-ict", "ac-education", "programmer-ict", "head-ddlg")
        // 01: programmer, AC ICT, AC education; 02: 21 office heads + programmer; 03: 6 UNOs + 6 APs;
        // 04: 21 office heads; 05: programmer
        .hasSize(3 + 22 + 12 + 21 + 1);
    assertThat(copy).doesNotContainKey("Task_AssignImplementer");
  }

  /** task definition key → candidate groups of the open tasks of the matching decisions */
  Map<String, List<String>> tasksByKey(String businessKeyLike) throws Exception {
    Map<String, List<String>> byKey = new TreeMap<>();
    JsonNode tasks = getJson("/engine-rest/task?processInstanceBusinessKeyLike=" + businessKeyLike + "&maxResults=500", "admin");
    for (JsonNode task : tasks) {
      JsonNode links = getJson("/engine-rest/task/" + task.get("id").asText() + "/identity-links?type=candidate", "admin");
      for (JsonNode link : links) {
        byKey.computeIfAbsent(task.get("taskDefinitionKey").asText(), k -> new ArrayList<>()).add(link.get("groupId").asText());
      }
    }
    return byKey;
  }

  @Test
  void theUnoOfKaliganj_seesKaliganjsTasks_withABengaliForm() throws Exception {
    JsonNode tasks = getJson("/engine-rest/task?candidateGroup=uno-kaliganj&maxResults=50", "uno-kaliganj");
    assertThat(tasks).isNotEmpty();
    String taskId = tasks.get(0).get("id").asText();
    assertThat(tasks.get(0).get("name").asText()).startsWith("হালনাগাদ তথ্য দাখিল — সিদ্ধান্ত ০৩");

    HttpResponse<String> form = get("/engine-rest/task/" + taskId + "/deployed-form", "uno-kaliganj");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("ReportUpdateForm").contains("কী করা হয়েছে / What was done");
  }

  @Test
  void aRefusedForm_answers400WithTheFieldToCorrect() throws Exception {
    JsonNode tasks = getJson("/engine-rest/task?candidateGroup=uno-kaliganj&maxResults=50", "uno-kaliganj");
    String taskId = tasks.get(0).get("id").asText();
    HttpRequest submit = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId + "/submit-form"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("uno-kaliganj:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"updateSummary\":{\"value\":\" \"}}}"))
        .build();
    HttpResponse<String> refused = http.send(submit, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText())
        .isEqualTo("«কী করা হয়েছে»: কী করা হয়েছে লিখুন / say what was done [updateSummary]");
    assertThat(get("/engine-rest/task/" + taskId, "uno-kaliganj").statusCode()).as("the task stays open").isEqualTo(200);
  }

  /**
   * The webapps' login form: a wrong password from one address delays that address's next login of the user
   * (security.LoginThrottle), never the official's own; Camunda's delay per user, which refused the right password
   * from everywhere, is off. A delay is 3 s: a step found not delayed is accepted only if it took that long.
   */
  @Test
  void aWrongPasswordElsewhere_doesNotKeepTheOfficialOutOfTasklist() throws Exception {
    long start = System.nanoTime();
    bd.gov.followup.security.HttpFromAddress.Answer guess =
        bd.gov.followup.security.HttpFromAddress.webappLogin("127.0.0.2", port, "default", "uno-harinakunda", "guess");
    assertThat(guess.status()).as(guess.text()).isEqualTo(401);
    bd.gov.followup.security.HttpFromAddress.Answer again =
        bd.gov.followup.security.HttpFromAddress.webappLogin("127.0.0.2", port, "default", "uno-harinakunda", "demo");
    if ((System.nanoTime() - start) / 1e9 < 3) {
      // the webapps answer a password they were not let check as a wrong one: "login failed", try again shortly
      assertThat(again.status()).as("the guesser's address waits, the right password too: " + again.text())
          .isEqualTo(401);
    }
    bd.gov.followup.security.HttpFromAddress.Answer official =
        bd.gov.followup.security.HttpFromAddress.webappLogin("127.0.0.1", port, "default", "uno-harinakunda", "demo");
    assertThat(official.status()).as(official.text()).isEqualTo(200);
    assertThat(official.text()).contains("\"userId\":\"uno-harinakunda\"");
  }

  /**
   * Tasklist submits its forms through the webapps' own engine API ({@code /camunda/api/engine}), not /engine-rest:
   * the refusal must come back there too as a 400 with the field to correct, not as a server error.
   */
  @Test
  void aRefusedForm_answers400_alsoThroughTasklistsOwnApi() throws Exception {
    String base = "http://localhost:" + port;
    JsonNode tasks = getJson("/engine-rest/task?candidateGroup=uno-kaliganj&maxResults=50", "uno-kaliganj");
    String taskId = tasks.get(0).get("id").asText();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
        .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.ofString());
    Map<String, String> jar = new TreeMap<>();
    keep(jar, page);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElseThrow())
        .header("Cookie", cookies(jar))
        .POST(HttpRequest.BodyPublishers.ofString("username=uno-kaliganj&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    keep(jar, login);
    // as Tasklist does: the session's CSRF token comes with its first request after the login
    HttpResponse<String> fetch = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/task/"
            + taskId)).header("Cookie", cookies(jar)).header("X-XSRF-TOKEN", "Fetch").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(fetch.statusCode()).as(fetch.body()).isEqualTo(200);
    keep(jar, fetch);
    String token = fetch.headers().firstValue("X-XSRF-TOKEN").orElse(jar.get("XSRF-TOKEN"));

    HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form"))
        .header("Cookie", cookies(jar)).header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"updateSummary\":{\"value\":\" \"}}}")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText())
        .isEqualTo("«কী করা হয়েছে»: কী করা হয়েছে লিখুন / say what was done [updateSummary]");
    // a task that is gone (a colleague completed it) is a 404 that says so, not Camunda's 500
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/engine/engine/default/task/no-such-task/submit-form"))
        .header("Cookie", cookies(jar)).header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
    assertThat(json.readTree(missing.body()).get("message").asText()).startsWith("কাজটি আর খোলা নেই");
    assertThat(get("/engine-rest/task/" + taskId, "uno-kaliganj").statusCode()).as("the task stays open").isEqualTo(200);
  }

  @Test
  void theProgressLinkInTasklistForms_opensWithTheWebappLogin_forReadingOnly() throws Exception {
    String base = "http://localhost:" + port;
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
        .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    Map<String, String> jar = new TreeMap<>();
    keep(jar, page);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .header("Cookie", cookies(jar))
        .POST(HttpRequest.BodyPublishers.ofString("username=programmer&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    keep(jar, login);

    String report = "/api/meetings/" + MEMO + "/progress.html";
    HttpResponse<String> progress = http.send(HttpRequest.newBuilder(URI.create(base + report))
        .header("Cookie", cookies(jar)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(progress.statusCode()).isEqualTo(200);
    assertThat(progress.body()).contains("পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি");

    HttpResponse<String> change = http.send(HttpRequest.newBuilder(URI.create(base + "/api/meetings"))
        .header("Cookie", cookies(jar)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(change.statusCode()).as("the session cannot change anything: no CSRF through /api").isEqualTo(401);
    assertThat(get(report, null).statusCode()).isEqualTo(401);

    JsonNode verify = getJson("/engine-rest/task?processInstanceBusinessKey=" + MEMO + "/05&maxResults=5", "admin");
    JsonNode link = getJson("/engine-rest/task/" + verify.get(0).get("id").asText() + "/variables/progressLink", "admin");
    assertThat(link.get("value").asText()).isEqualTo(report);
  }

  static void keep(Map<String, String> jar, HttpResponse<?> response) {
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }

  static String cookies(Map<String, String> jar) {
    return String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  @Test
  void tasklistAndCockpitAreServed() throws Exception {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      HttpResponse<String> page = get("/camunda/app/" + app + "/default/", null);
      assertThat(page.statusCode()).as(app).isEqualTo(200);
      assertThat(page.body()).as(app).contains("<html");
    }
    HttpResponse<String> bengali = get("/camunda/app/tasklist/locales/bn.json", null);
    assertThat(bengali.statusCode()).isEqualTo(200);
    // ours beside Camunda's: the stylesheet hook and the phone script
    assertThat(get("/camunda/app/tasklist/styles/user-styles.css", null).body()).contains(".fjs-form-field-label");
    assertThat(get("/camunda/app/tasklist/scripts/config.js", null).body()).contains("scripts/phone-task-scroll");
    assertThat(get("/camunda/app/tasklist/scripts/phone-task-scroll.js", null).statusCode()).isEqualTo(200);
  }

  /** The webapps' scripts go out gzipped to a browser that takes it: a phone's first load is a third as long. */
  @Test
  void theWebappsScriptsAreCompressed() throws Exception {
    HttpResponse<byte[]> deps = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/lib/deps.js"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(deps.statusCode()).isEqualTo(200);
    assertThat(deps.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(deps.body().length).as("gzipped, from 3.7 MB").isLessThan(1_500_000);
  }
}

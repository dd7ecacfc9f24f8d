package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.security.EngineRestEndpoints.Endpoint;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nobody reaches the engine or our API without logging in. The endpoints are discovered, not typed: every resource
 * method of the engine's REST API (from the JAX-RS resources Jersey serves) and every {@code /api} handler of Spring
 * MVC is called anonymously and with wrong credentials, and must answer 401 — except the engine list
 * ({@code GET /engine-rest/engine}), open by design.
 */
// the REST filter addresses the engine by name: "default", one context at a time
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
@Import(RestAuthenticationTest.ProbeController.class)
class RestAuthenticationTest {

  static final String REST = "/engine-rest";
  static final String PROBE_USER = "rest-probe";
  static final String PROBE_PASSWORD = "Probe-Passw0rd!2025";
  /**
   * Only ever given wrong passwords: after the first, its address waits (429, security.LoginThrottle), which must not
   * matter to anyone else.
   */
  static final String INTRUDER = "rest-intruder";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired ResourceConfig jersey;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    createUser(PROBE_USER, PROBE_PASSWORD);
    createUser(INTRUDER, "Intruder-Passw0rd!2025");
  }

  void createUser(String id, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(password);
      identityService.saveUser(user);
    }
  }

  Set<Endpoint> engineRestEndpoints() {
    Set<Class<?>> classes = new HashSet<>(jersey.getClasses());
    jersey.getInstances().forEach(instance -> classes.add(instance.getClass()));
    classes.addAll(CamundaRestResources.getResourceClasses());
    return EngineRestEndpoints.of(classes);
  }

  @Test
  void discoveryFindsTheWholeRestApi() {
    Set<Endpoint> endpoints = engineRestEndpoints();
    assertThat(endpoints).hasSizeGreaterThan(300).contains(
        new Endpoint("GET", "/engine"),
        new Endpoint("GET", "/task"),
        new Endpoint("POST", "/task/x1/complete"),
        new Endpoint("GET", "/task/x1/variables"),
        new Endpoint("POST", "/process-definition/key/x1/start"),
        new Endpoint("POST", "/deployment/create"),
        new Endpoint("GET", "/engine/default/task"),
        new Endpoint("POST", "/engine/default/user/create"));
  }

  @Test
  void everyEngineRestEndpoint_rejectsAnonymousAndWrongCredentials() {
    List<String> failures = new ArrayList<>();
    int called = 0;
    for (Endpoint endpoint : engineRestEndpoints()) {
      if (endpoint.equals(new Endpoint("GET", "/engine"))) {
        continue;
      }
      String body = "GET".equals(endpoint.method()) || "HEAD".equals(endpoint.method())
          || "DELETE".equals(endpoint.method()) || "OPTIONS".equals(endpoint.method()) ? null : "{}";
      String path = REST + endpoint.path();
      expect401(failures, endpoint + " anonymous", http.call(endpoint.method(), path, null, null, body));
      expectRefused(failures, endpoint + " wrong password",
          http.call(endpoint.method(), path, INTRUDER, "not-the-password", body));
      expect401(failures, endpoint + " unknown user",
          http.call(endpoint.method(), path, "nobody-" + called, PROBE_PASSWORD, body));
      called++;
    }
    assertThat(called).isGreaterThan(300);
    assertThat(failures).isEmpty();
  }

  @Test
  void engineListIsOpen_andTheRightPasswordGetsIn() {
    assertThat(http.get(REST + "/engine", null, null).statusCode()).isEqualTo(200);
    HttpResponse<String> tasks = http.get(REST + "/task/count", PROBE_USER, PROBE_PASSWORD);
    assertThat(tasks.statusCode()).isEqualTo(200);
    HttpResponse<String> anonymous = http.get(REST + "/task/count", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void everyApiEndpoint_rejectsAnonymousAndWrongCredentials() {
    Set<String> apiEndpoints = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, ?> handler : mvc.getHandlerMethods().entrySet()) {
      Set<String> methods = new TreeSet<>();
      handler.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.add("GET");
      }
      for (String pattern : handler.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/") || pattern.equals("/api")) {
          methods.forEach(m -> apiEndpoints.add(m + " " + pattern.replaceAll("\\{[^}]+}", "x1")));
        }
      }
    }
    // the probe proves that discovery sees handlers; every real controller under /api is in the list too
    apiEndpoints.add("GET /api/no-such-endpoint");
    assertThat(apiEndpoints).contains("GET /api/security-probe/whoami", "POST /api/security-probe/echo",
        "POST /api/meetings", "POST /api/meetings/import", "GET /api/meetings", "GET /api/meetings/x1",
        "GET /api/meetings/x1/progress", "GET /api/meetings/x1/progress.html", "GET /api/meetings/x1/progress.xlsx",
        "GET /api/committees/x1/open-decisions", "POST /api/meetings/x1/decisions/x1/close");

    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String endpoint : apiEndpoints) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1);
      String body = "GET".equals(method) ? null : "{}";
      expect401(failures, endpoint + " anonymous", http.call(method, path, null, null, body));
      expectRefused(failures, endpoint + " wrong password", http.call(method, path, INTRUDER, "wrong", body));
      expect401(failures, endpoint + " unknown user", http.call(method, path, "nobody-api-" + n++, "x", body));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aChangeSentByAnotherSitesPage_isRefused_whateverCredentialsTheBrowserAttached() {
    Map<String, String> evil = Map.of("Origin", "https://evil.example");
    for (String path : List.of("/api/meetings", REST + "/process-definition/key/MeetingFollowup/start")) {
      HttpResponse<String> refused = http.call("POST", path, PROBE_USER, PROBE_PASSWORD, "{}", evil);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
      assertThat(refused.body()).contains("another site", "https://evil.example");
    }
    assertThat(http.call("POST", "/api/meetings", PROBE_USER, PROBE_PASSWORD, "{}",
        Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).as("a browser that only says cross-site").isEqualTo(403);

    // this application's own pages, scripts without Origin, and reading from anywhere go through
    HttpResponse<String> own = http.call("POST", "/api/security-probe/echo", PROBE_USER, PROBE_PASSWORD, "{}",
        Map.of("Origin", "http://LOCALHOST:" + port, "Sec-Fetch-Site", "same-origin"));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(http.call("POST", "/api/security-probe/echo", PROBE_USER, PROBE_PASSWORD, "{}").statusCode())
        .isEqualTo(200);
    assertThat(http.call("GET", REST + "/engine", PROBE_USER, PROBE_PASSWORD, null, evil).statusCode()).isEqualTo(200);
  }

  /** Jersey and Jackson read a JSON body whole into memory: one above 6 MB is refused, said or streamed. */
  @Test
  void aBodyAboveSixMegabytes_is413_whetherItsLengthIsSaidOrNot() {
    // just above: Tomcat reads what is left (up to 2 MB) and the client gets the answer whole
    String big = "{\"variables\": {\"remarks\": {\"value\": \""
        + "a".repeat((int) RequestBodyLimit.MAX_BYTES + 256 * 1024) + "\"}}}";
    // the secretary, who may register: an office's registration is refused before its body is read
    String secretary = "rest-secretary";
    createUser(secretary, PROBE_PASSWORD);
    if (identityService.createUserQuery().userId(secretary).memberOfGroup("programmer-ict").count() == 0) {
      identityService.createMembership(secretary, "programmer-ict");
    }
    List<String> paths = List.of(REST + "/task/x1/complete", "/api/meetings");
    for (String path : paths) {
      expect413(path + " with Content-Length", http.call("POST", path, secretary, PROBE_PASSWORD, big));
      HttpRequest streamed = HttpRequest.newBuilder(http.uri(path)).timeout(java.time.Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofInputStream(
              () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
          .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((secretary + ":" + PROBE_PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .build();
      expect413(path + " streamed", Http.send(streamed));
    }
    HttpResponse<String> small = http.call("POST", "/api/security-probe/echo", PROBE_USER, PROBE_PASSWORD,
        "{\"text\": \"" + "a".repeat(1024 * 1024) + "\"}");
    assertThat(small.statusCode()).as("a megabyte passes").isEqualTo(200);
  }

  /** A browser never takes an answer for a page or a script because of what someone wrote into it. */
  @Test
  void everyAnswerOfTheApis_forbidsContentSniffing() {
    List<HttpResponse<String>> answers = List.of(http.get(REST + "/engine", null, null),
        http.get(REST + "/task/count", PROBE_USER, PROBE_PASSWORD), http.get(REST + "/task/count", null, null),
        http.get("/api/security-probe/whoami", PROBE_USER, PROBE_PASSWORD), http.get("/api/meetings", null, null),
        http.get("/api/no-such-endpoint", PROBE_USER, PROBE_PASSWORD),
        http.call("POST", "/api/meetings", PROBE_USER, PROBE_PASSWORD, "{}", Map.of("Origin", "https://evil.example")));
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri() + " " + answer.statusCode())
          .hasValue("nosniff");
    }
  }

  static void expect413(String what, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).as(what).get().asString()
        .startsWith("application/problem+json");
    assertThat(response.body()).as(what).contains("\"limitBytes\":" + RequestBodyLimit.MAX_BYTES, "অনুরোধটি খুব বড়");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
  }

  @Test
  void anUnexpectedErrorInTheApi_isA500ProblemWithAReference_andNoInternals() {
    HttpResponse<String> failed = http.get("/api/security-probe/fail", PROBE_USER, PROBE_PASSWORD);
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(failed.body()).contains("\"reference\"", "internal-error").doesNotContain("secret internals", "Probe");
    HttpResponse<String> farPage = http.get("/api/meetings?page=21474837&size=100", PROBE_USER, PROBE_PASSWORD);
    assertThat(farPage.statusCode()).as(farPage.body()).isEqualTo(200);
  }

  @Test
  void apiRequestRunsAsTheUser_withItsGroups_andNothingIsLeftBehind() {
    if (identityService.createGroupQuery().groupId("uno-kaliganj").count() == 0) {
      throw new AssertionError("the directory sync should have created the office groups");
    }
    String user = "api-kaliganj";
    createUser(user, "Kaliganj-Passw0rd!2025");
    if (identityService.createUserQuery().userId(user).memberOfGroup("uno-kaliganj").count() == 0) {
      identityService.createMembership(user, "uno-kaliganj");
    }
    HttpResponse<String> whoami = http.get("/api/security-probe/whoami", user, "Kaliganj-Passw0rd!2025");
    assertThat(whoami.statusCode()).isEqualTo(200);
    assertThat(whoami.body()).isEqualTo(user + " [uno-kaliganj]");
    // a known path that does not exist is still a 404 for a logged-in user, so 401 above is not a blanket answer
    assertThat(http.get("/api/no-such-endpoint", user, "Kaliganj-Passw0rd!2025").statusCode()).isEqualTo(404);
    // the server's threads carry no authentication into the next request
    for (int i = 0; i < 20; i++) {
      assertThat(http.get("/api/security-probe/whoami", null, null).statusCode()).isEqualTo(401);
    }
  }

  /**
   * A logged-in user's list queries are bounded: unpaged or over 2,000 rows is a 400 that says why, a page within
   * the limit is served. (The webapps' own unpaged lists are paged for them: ProductionProfileTest lists Tasklist's
   * filters unpaged, and the browser journeys open every page of Cockpit, Tasklist and Admin.)
   */
  @Test
  void listQueriesOfALoggedInUser_areBoundedByTheQueryResultLimit() {
    HttpResponse<String> unpaged = http.get(REST + "/task", PROBE_USER, PROBE_PASSWORD);
    assertThat(unpaged.statusCode()).isEqualTo(400);
    assertThat(unpaged.body()).contains("An unbound number of results is forbidden")
        .as("and the way out, in Bengali too").contains("একবারে সর্বোচ্চ ২০০০টি ফলাফল",
            "page with firstResult and maxResults, e.g. ?firstResult=0&maxResults=50");

    HttpResponse<String> tooMany = http.get(REST + "/process-instance?maxResults=2001", PROBE_USER, PROBE_PASSWORD);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Max results limit of 2000 exceeded", "at most 2000 results at a time");

    // the REST API's lists are not the webapps': its clients must page
    assertThat(http.get(REST + "/filter", PROBE_USER, PROBE_PASSWORD).statusCode()).isEqualTo(400);
    assertThat(http.get(REST + "/process-definition?key=DecisionFollowup", PROBE_USER, PROBE_PASSWORD).statusCode())
        .isEqualTo(400);

    HttpResponse<String> page = http.get(REST + "/task?firstResult=0&maxResults=2000", PROBE_USER, PROBE_PASSWORD);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
  }

  /** A 401 that says what to do, or the 429 of an address that guessed wrong a moment ago. */
  static void expectRefused(List<String> failures, String what, HttpResponse<String> response) {
    if (response.statusCode() == 429) {
      if (response.headers().firstValue("Retry-After").isEmpty() || !response.body().contains("try again from this address in")) {
        failures.add(what + " → 429 without saying when to try again: " + response.body());
      }
      return;
    }
    expect401(failures, what, response);
  }

  static void expect401(List<String> failures, String what, HttpResponse<String> response) {
    if (response.statusCode() != 401) {
      failures.add(what + " → " + response.statusCode());
    } else if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
        || !response.body().contains(what.endsWith("anonymous") ? "HTTP Basic" : "wrong user or password")) {
      failures.add(what + " → 401 without the problem that says what to do: " + response.body());
    }
  }

  /** Test only: what the engine thinks of the current request. */
  @RestController
  static class ProbeController {
    private final IdentityService identityService;

    ProbeController(IdentityService identityService) {
      this.identityService = identityService;
    }

    @GetMapping("/api/security-probe/whoami")
    String whoami() {
      Authentication current = identityService.getCurrentAuthentication();
      return current == null ? "nobody" : current.getUserId() + " " + current.getGroupIds();
    }

    @PostMapping("/api/security-probe/echo")
    String echo() {
      return "echo";
    }

    @GetMapping("/api/security-probe/fail")
    String fail() {
      throw new IllegalStateException("secret internals at bd.gov.followup.Probe");
    }
  }
}

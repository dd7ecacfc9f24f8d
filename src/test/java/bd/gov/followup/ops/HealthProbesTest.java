package bd.gov.followup.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The probes a load balancer or a service manager asks, on the H2 file database of a district server as on
 * PostgreSQL (application.yaml, not a profile of its own): readiness and liveness answer anonymously, with the status
 * and nothing more, and no other actuator endpoint is there. Over real HTTP, in the API tests' context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
class HealthProbesTest {

  @LocalServerPort int port;
  @Autowired HealthEndpointGroups groups;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessAndLiveness_answerUp_withoutLogin_andWithoutDetails() throws Exception {
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
    assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");

    HttpResponse<String> liveness = get("/actuator/health/liveness");
    assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
    assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");

    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).doesNotContain("details", "components");
  }

  @Test
  void readinessChecksTheDatabaseAndTheJobExecutor() {
    HealthEndpointGroup readiness = groups.get("readiness");
    assertThat(readiness).isNotNull();
    for (String member : new String[] {"readinessState", "db", "jobExecutor", "jobBacklog"}) {
      assertThat(readiness.isMember(member)).as(member).isTrue();
    }
  }

  @Test
  void nothingElseOfTheActuatorIsExposed() throws Exception {
    for (String path : new String[] {"/actuator", "/actuator/", "/actuator/env", "/actuator/beans",
        "/actuator/configprops", "/actuator/info"}) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
  }
}

package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.MinutesReaders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import over real HTTP through Tomcat, whose multipart limit (spring.servlet.multipart.max-file-size = 5 MB)
 * refuses an oversized file before our code sees it: that refusal must be a 413 problem, not a 500.
 */
// the REST filter addresses the engine by name: "default", one context at a time
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.process-engine-name=default"})
@DirtiesContext
@ActiveProfiles("processtest")
class ImportOverHttpTest {

  static final String USER = "import-http-secretary";
  static final String PASSWORD = "Import-Passw0rd!2025";
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
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

  @Test
  void aFileOverFiveMegabytes_isRefusedByTomcat_as413Problem() throws Exception {
    HttpResponse<String> response = upload("minutes.txt", "text/plain", new byte[MinutesReaders.MAX_BYTES + 1024]);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = objectMapper.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(413);
    assertThat(problem.get("limitBytes").asLong()).isEqualTo(MinutesReaders.MAX_BYTES);
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
}

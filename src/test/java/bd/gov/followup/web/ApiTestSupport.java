package bd.gov.followup.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Real HTTP with HTTP Basic against the whole application on Tomcat at a random port (the same context as the report
 * tests): requests go through the servlet filters, Tomcat's multipart parser and the message converters as a
 * client's do. Each test registers its meetings under memo numbers of its own, so tests do not see each other's
 * meetings.
 *
 * <p>The engine keeps the unique name the processtest profile gives it: {@code /api}'s filter uses the engine bean,
 * not the engine's name (only Camunda's {@code /engine-rest} looks the engine up by name).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
abstract class ApiTestSupport {

  static final String SEED_JSON = "demo/jhenaidah-web-portal-committee-2023-11.json";
  static final String SEED_TEXT = "minutes/jhenaidah-web-portal-committee-2023-11.txt";
  static final String PASSWORD = "Meetings-Passw0rd!2025";

  /** the JDK's HttpClient, HTTP/1.1 as most clients of the API speak it */
  private static final ClientHttpConnector CONNECTOR = withoutEmptyBuffers(new JdkClientHttpConnector(
      java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
          .connectTimeout(java.time.Duration.ofSeconds(10)).build()));

  /**
   * The JDK's HttpClient (17) sends a body of unknown length in chunks, one per buffer, and an empty buffer as an
   * empty chunk, which in HTTP/1.1 ends the body: Spring's multipart writer gives an empty file as an empty buffer,
   * so an upload of an empty file would lose its closing boundary and Tomcat would rightly call it unreadable. A
   * browser sends the same upload whole; here the empty buffers are left out, which changes no byte of the body.
   */
  static ClientHttpConnector withoutEmptyBuffers(ClientHttpConnector connector) {
    return (method, uri, callback) -> connector.connect(method, uri, request -> callback.apply(
        new ClientHttpRequestDecorator(request) {
          @Override
          public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return super.writeWith(Flux.from(body).filter(buffer -> {
              if (buffer.readableByteCount() > 0) {
                return true;
              }
              DataBufferUtils.release(buffer);
              return false;
            }));
          }
        }));
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper objectMapper;

  /** A client of the running server; a request may take long while the two cores of a CI machine are busy. */
  WebTestClient http;

  @BeforeEach
  void httpClient() {
    http = WebTestClient.bindToServer(CONNECTOR).baseUrl("http://localhost:" + port)
        .responseTimeout(java.time.Duration.ofSeconds(60)).build();
  }

  /** A user in the given Camunda groups, created once per context. */
  String user(String userId, String... groups) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(userId, group);
      }
    }
    return userId;
  }

  String secretary() {
    return user("meetings-secretary", "programmer-ict");
  }

  static String basic(String userId) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** The demo minutes as JSON, under the seed's memo number with a suffix of the test's own. */
  ObjectNode seedJson(String memoSuffix) throws Exception {
    try (InputStream in = new ClassPathResource(SEED_JSON).getInputStream()) {
      ObjectNode node = (ObjectNode) objectMapper.readTree(in);
      node.put("memoNumber", node.get("memoNumber").asText() + memoSuffix);
      return node;
    }
  }

  static byte[] seedText() throws Exception {
    try (InputStream in = new ClassPathResource(SEED_TEXT).getInputStream()) {
      return in.readAllBytes();
    }
  }

  static final String SEED_MEMO = "৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯";
  static final String SEED_MEMO_KEY = "56.04.4400.000.34.002.19.69";
  private static final java.util.concurrent.atomic.AtomicLong NEXT =
      new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 100_000_000L * 100);

  /** A memo number suffix no other test uses, in Bengali digits as minutes write them: ".১২৩৪৫". */
  static String uniqueSuffix() {
    return "." + bd.gov.followup.minutes.BengaliDigits.of(NEXT.incrementAndGet());
  }

  static String keyOf(String suffix) {
    return SEED_MEMO_KEY + bd.gov.followup.minutes.BengaliDigits.toAscii(suffix);
  }

  /** The seed's minutes as text, with its memo number (Bengali digits as written) given a suffix. */
  static byte[] seedTextAs(String memoSuffix) throws Exception {
    String text = new String(seedText(), StandardCharsets.UTF_8);
    if (!text.contains(SEED_MEMO)) {
      throw new AssertionError("the seed's memo number is not in the text");
    }
    return text.replace(SEED_MEMO, SEED_MEMO + memoSuffix).getBytes(StandardCharsets.UTF_8);
  }
}

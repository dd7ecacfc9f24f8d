package bd.gov.followup.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MockMvc against the whole application with HTTP Basic (the same context as the report tests). Each test registers
 * its meetings under memo numbers of its own, so tests do not see each other's meetings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("processtest")
abstract class ApiTestSupport {

  static final String SEED_JSON = "demo/jhenaidah-web-portal-committee-2023-11.json";
  static final String SEED_TEXT = "minutes/jhenaidah-web-portal-committee-2023-11.txt";
  static final String PASSWORD = "Meetings-Passw0rd!2025";

  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper objectMapper;

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

package bd.gov.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.security.HttpFromAddress;
import bd.gov.followup.security.HttpFromAddress.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Someone guessing an official's password from another address does not keep the official out: the delay after a
 * wrong password holds for that user from that address only (security.LoginThrottle). Two client addresses on
 * this machine: 127.0.0.2 guesses, 127.0.0.1 is the office. A delay is 3 s: a step found not delayed is accepted
 * only if the machine took that long to get there. The webapps' login form: DemoApplicationTest.
 */
class LoginThrottleOverHttpTest extends ApiTestSupport {

  static final String GUESSER = "127.0.0.2";
  static final String OFFICE = "127.0.0.1";

  @Test
  void aGuesserElsewhere_doesNotKeepTheOfficialOut_butWaitsItself() throws Exception {
    String official = user("throttle-official", "ac-ict");
    long start = System.nanoTime();
    assertThat(basicGet(GUESSER, official, "guess-1").status()).isEqualTo(401);
    Answer again = basicGet(GUESSER, official, PASSWORD);
    if (seconds(start) < 3) {
      assertThat(again.status()).as("the guesser waits, the right password too: " + again.text()).isEqualTo(429);
      assertThat(again.text()).contains("Retry-After: ", "try again in");
    }
    Answer list = HttpFromAddress.exchange(GUESSER, port, "GET /engine-rest/engine HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Basic " + token(official, "guess-2") + "\r\nConnection: close\r\n\r\n");
    if (seconds(start) < 3) {
      assertThat(list.status()).as("nor does a path that checks no password end the wait").isEqualTo(429);
    }

    assertThat(basicGet(OFFICE, official, PASSWORD).status()).as("the official, from the office").isEqualTo(200);

    start = System.nanoTime();
    assertThat(basicGet(OFFICE, official, "typo").status()).isEqualTo(401);
    Answer afterTypo = basicGet(OFFICE, official, PASSWORD);
    if (seconds(start) < 3) {
      assertThat(afterTypo.status()).as("its own typo slows its own next attempt").isEqualTo(429);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String token(String user, String password) {
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Answer basicGet(String from, String user, String password) throws IOException {
    return HttpFromAddress.exchange(from, port, "GET /engine-rest/engine/" + engine.getName()
        + "/task/count HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + token(user, password)
        + "\r\nConnection: close\r\n\r\n");
  }
}

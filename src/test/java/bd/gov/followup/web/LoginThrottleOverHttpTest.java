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
 * wrong password holds for that user from that address only (security.LoginThrottle, at the engine's password
 * check, however the credentials are written). Two client addresses on
 * this machine: 127.0.0.2 guesses, 127.0.0.1 is the office. A delay is 3 s: a step found not delayed is accepted
 * only if the machine took that long to get there. The webapps' login form: DemoApplicationTest.
 */
class LoginThrottleOverHttpTest extends ApiTestSupport {

  static final String GUESSER = "127.0.0.2";
  static final String OFFICE = "127.0.0.1";

  @Test
  void aGuesserElsewhere_doesNotKeepTheOfficialOut_butWaitsItself() throws Exception {
    // each step must come within the 3 s delay to show it: a run that took longer is tried again with a new user,
    // and three such runs fail the test rather than pass it unchecked
    for (int run = 1; ; run++) {
      String official = user("throttle-official-" + run, "ac-ict");
      long start = System.nanoTime();
      assertThat(basicGet(GUESSER, official, "guess-1").status()).isEqualTo(401);
      Answer again = basicGet(GUESSER, official, PASSWORD);
      // the same credentials written otherwise (a character Camunda's decoder skips): the same user, the same wait
      String odd = token(official, PASSWORD);
      Answer oddly = HttpFromAddress.exchange(GUESSER, port, "GET /engine-rest/engine/" + engine.getName()
          + "/task/count HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + odd.substring(0, 4) + "."
          + odd.substring(4) + "\r\nConnection: close\r\n\r\n");
      if (seconds(start) < 3) {
        assertThat(again.status()).as("the guesser waits, the right password too: " + again.text()).isEqualTo(429);
        assertThat(again.text()).contains("Retry-After: ", "try again from this address in");
        assertThat(oddly.status()).as("written otherwise: " + oddly.text()).isEqualTo(429);
        assertThat(basicGet(OFFICE, official, PASSWORD).status()).as("the official, from the office").isEqualTo(200);
        break;
      }
      assertThat(run).as("three runs slower than the delay: nothing was checked").isLessThan(3);
    }

    for (int run = 1; ; run++) {
      String official = user("throttle-typo-" + run, "ac-ict");
      long start = System.nanoTime();
      assertThat(basicGet(OFFICE, official, "typo").status()).isEqualTo(401);
      Answer afterTypo = basicGet(OFFICE, official, PASSWORD);
      if (seconds(start) < 3) {
        assertThat(afterTypo.status()).as("its own typo slows its own next attempt").isEqualTo(429);
        break;
      }
      assertThat(run).as("three runs slower than the delay: nothing was checked").isLessThan(3);
    }
  }

  /**
   * An anonymous client learns nothing of which names are accounts: a made-up name's second wrong password waits as
   * an official's does (429, Retry-After), where it used to be a 401 again, and so does an account created without a
   * password. The official, from the office, is not slowed by a guesser trying names from elsewhere.
   */
  @Test
  void aMadeUpName_waitsAsAnOfficialsName_soNeitherIsToldApart() throws Exception {
    for (int run = 1; ; run++) {
      String official = user("enumerated-" + run, "ac-ict");
      String madeUp = "no-such-official-" + run + "-" + System.nanoTime();
      String noPassword = "enumerated-no-password-" + run + "-" + System.nanoTime();
      engine.getIdentityService().saveUser(engine.getIdentityService().newUser(noPassword)); // as Admin may
      long start = System.nanoTime();
      Answer officialFirst = basicGet(GUESSER, official, "guess-1");
      Answer madeUpFirst = basicGet(GUESSER, madeUp, "guess-1");
      Answer noPasswordFirst = basicGet(GUESSER, noPassword, "guess-1");
      Answer officialAgain = basicGet(GUESSER, official, "guess-2");
      Answer madeUpAgain = basicGet(GUESSER, madeUp, "guess-2");
      Answer noPasswordAgain = basicGet(GUESSER, noPassword, "guess-2");
      if (seconds(start) < 3) {
        assertThat(officialFirst.status()).isEqualTo(401);
        assertThat(madeUpFirst.status()).isEqualTo(401);
        assertThat(body(madeUpFirst)).as("the same answer").isEqualTo(body(officialFirst));
        assertThat(officialAgain.status()).isEqualTo(429);
        assertThat(madeUpAgain.status()).as("a made-up name waits too: " + madeUpAgain.text()).isEqualTo(429);
        assertThat(madeUpAgain.text()).contains("Retry-After: ", "try again from this address in");
        assertThat(noPasswordFirst.status()).isEqualTo(401);
        assertThat(noPasswordAgain.status()).as("an account without a password too").isEqualTo(429);
        assertThat(basicGet(OFFICE, official, PASSWORD).status()).as("the official, from the office").isEqualTo(200);
        break;
      }
      assertThat(run).as("three runs slower than the delay: nothing was checked").isLessThan(3);
    }
  }

  /**
   * A client's requests sent at once with the right password all pass (a script, several tabs); checks one at a
   * time come only after a wrong password (LoginThrottleTest).
   */
  @Test
  void rightPasswordsAtOnce_allPass() throws Exception {
    String official = user("throttle-parallel", "ac-ict");
    int requests = 8;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
    try {
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(requests);
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < requests; i++) {
        answers.add(pool.submit(() -> {
          together.await(30, java.util.concurrent.TimeUnit.SECONDS);
          return basicGet(GUESSER, official, PASSWORD).status();
        }));
      }
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Integer> answer : answers) {
        statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(statuses).as(statuses.toString()).containsOnly(200);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Camunda Admin and {@code POST /engine-rest/user/create} accept a user without a password; each of its logins
   * made Camunda's check fail on the missing hash, a 500. It is a wrong password, and the account is usable once
   * an administrator sets one.
   */
  @Test
  void aUserCreatedWithoutAPassword_isRefusedAsAWrongPassword_notAServerError() throws Exception {
    var identity = engine.getIdentityService();
    identity.saveUser(identity.newUser("throttle-no-password"));
    identity.createMembership("throttle-no-password", "ac-ict");
    Answer refused = basicGet(OFFICE, "throttle-no-password", "anything");
    assertThat(refused.status()).as(refused.text()).isEqualTo(401);

    var user = identity.createUserQuery().userId("throttle-no-password").singleResult();
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    Answer afterwards = basicGet(GUESSER, "throttle-no-password", PASSWORD);
    assertThat(afterwards.status()).as("with a password set: " + afterwards.text()).isEqualTo(200);
  }

  /** An administrator's unlock (Admin, or REST) or a new password ends the user's delays at once, from every address. */
  @Test
  void anAdministratorsUnlockOrANewPassword_endsTheDelay() throws Exception {
    String official = user("throttle-unlock", "ac-ict");
    assertThat(basicGet(OFFICE, official, "typo").status()).isEqualTo(401);
    engine.getIdentityService().unlockUser(official);
    Answer unlocked = basicGet(OFFICE, official, PASSWORD);
    assertThat(unlocked.status()).as("no wait after the unlock: " + unlocked.text()).isEqualTo(200);

    assertThat(basicGet(GUESSER, official, "forgotten").status()).isEqualTo(401);
    var identity = engine.getIdentityService();
    var user = identity.createUserQuery().userId(official).singleResult();
    user.setPassword(PASSWORD + "-new");
    identity.saveUser(user);
    Answer renewed = basicGet(GUESSER, official, PASSWORD + "-new");
    assertThat(renewed.status()).as("the new password at once: " + renewed.text()).isEqualTo(200);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** What follows the headers: the problem's JSON. */
  private static String body(Answer answer) {
    return answer.text().substring(answer.text().indexOf("\r\n\r\n") + 4);
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

package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The turns of password checks, per user and address, on a clock the test moves. */
class LoginThrottleTest {

  Instant now = Instant.parse("2026-11-30T10:00:00Z");
  final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  });

  private void wrong(String user, String address) {
    assertThat(throttle.attempt(user, address)).as("its turn").isZero();
    throttle.done(user, address, false);
  }

  @Test
  void wrongPasswords_delayThatUserFromThatAddress_doublingToAMinute() {
    long[] expected = {3, 6, 12, 24, 48, 60, 60};
    for (long seconds : expected) {
      wrong("uno-kaliganj", "10.0.0.9");
      assertThat(throttle.attempt("uno-kaliganj", "10.0.0.9")).as("the next waits")
          .isEqualTo(Duration.ofSeconds(seconds));
      now = now.plusSeconds(seconds);
    }
    assertThat(throttle.attempt("uno-kaliganj", "10.0.0.7")).as("the office's own address").isZero();
    assertThat(throttle.attempt("uno-sadar", "10.0.0.9")).as("another user").isZero();
  }

  @Test
  void aRightPassword_orFifteenQuietMinutes_startAfresh() {
    wrong("admin", "10.0.0.9");
    now = now.plusSeconds(3);
    assertThat(throttle.attempt("admin", "10.0.0.9")).isZero();
    throttle.done("admin", "10.0.0.9", true);
    wrong("admin", "10.0.0.9");
    assertThat(throttle.attempt("admin", "10.0.0.9")).as("first delay again").isEqualTo(Duration.ofSeconds(3));

    now = now.plusSeconds(3);
    wrong("admin", "10.0.0.9"); // the second: 6 s
    now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(7);
    wrong("admin", "10.0.0.9");
    assertThat(throttle.attempt("admin", "10.0.0.9")).as("forgotten").isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void forgettingAUser_endsItsDelaysFromEveryAddress_only() {
    wrong("uno-kaliganj", "10.0.0.9");
    wrong("uno-kaliganj", "10.0.0.7");
    wrong("uno-kaliganj-2", "10.0.0.9");
    throttle.forget("uno-kaliganj");
    assertThat(throttle.attempt("uno-kaliganj", "10.0.0.9")).isZero();
    assertThat(throttle.attempt("uno-kaliganj", "10.0.0.7")).isZero();
    assertThat(throttle.attempt("uno-kaliganj-2", "10.0.0.9")).as("another user, a name that begins the same")
        .isEqualTo(Duration.ofSeconds(3));
  }

  /** Parallel requests read the clock before they take their turns, in any order: none waits for another's. */
  @Test
  void aTurnTakenAMomentLater_isNoWait() {
    assertThat(throttle.attempt("programmer", "10.0.0.9")).isZero();
    now = now.minusNanos(400_000); // the next request read the clock 0.4 ms earlier, and came second
    assertThat(throttle.attempt("programmer", "10.0.0.9")).isZero();
  }

  /** A client's parallel requests run their checks at once; after a wrong password, one check at a time. */
  @Test
  void parallelChecks_untilAWrongPassword() {
    for (int i = 0; i < LoginThrottle.MAX_PARALLEL; i++) {
      assertThat(throttle.attempt("programmer", "10.0.0.9")).as("check " + i).isZero();
    }
    assertThat(throttle.attempt("programmer", "10.0.0.9")).as("more than that wait").isPositive();
    for (int i = 0; i < LoginThrottle.MAX_PARALLEL; i++) {
      throttle.done("programmer", "10.0.0.9", true);
    }
    assertThat(throttle.size()).isZero();

    wrong("uno-sadar", "10.0.0.9");
    now = now.plusSeconds(3);
    assertThat(throttle.attempt("uno-sadar", "10.0.0.9")).isZero();
    assertThat(throttle.attempt("uno-sadar", "10.0.0.9")).as("the second guess waits for the first").isPositive();
    throttle.done("uno-sadar", "10.0.0.9", false);
    assertThat(throttle.attempt("uno-sadar", "10.0.0.9")).isEqualTo(Duration.ofSeconds(6));
  }

  /** A guesser's many keys crowd out the least recently used, never the throttle itself. */
  @Test
  void atMostMaxKeys_theLeastRecentlyUsedDropped() {
    wrong("admin", "10.0.0.9");
    for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
      wrong("uno-kaliganj", "10.1." + (i / 256) + "." + (i % 256));
      if (i % 1000 == 0) {
        assertThat(throttle.attempt("admin", "10.0.0.9")).as("still waiting").isPositive();
      }
    }
    assertThat(throttle.size()).isEqualTo(LoginThrottle.MAX_KEYS);
    assertThat(throttle.attempt("admin", "10.0.0.9")).as("kept while in use").isPositive();
  }

  @Test
  void anIpv6ClientCountsAsItsSlash64() {
    assertThat(PasswordChecksThrottled.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(PasswordChecksThrottled.addressKey("2001:db8:1:2:1:2:3:4")).endsWith("/64");
    assertThat(PasswordChecksThrottled.addressKey("10.0.0.9")).isEqualTo("10.0.0.9");
  }
}

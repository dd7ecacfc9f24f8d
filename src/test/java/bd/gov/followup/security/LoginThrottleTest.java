package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The delay after wrong passwords, per user and address, on a clock the test moves. */
class LoginThrottleTest {

  Instant now = Instant.parse("2026-11-30T10:00:00Z");
  final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  });

  @Test
  void wrongPasswords_delayThatUserFromThatAddress_doublingToAMinute() {
    assertThat(throttle.waitFor("uno-kaliganj", "10.0.0.9")).isZero();
    long[] expected = {3, 6, 12, 24, 48, 60, 60};
    for (long seconds : expected) {
      throttle.failed("uno-kaliganj", "10.0.0.9");
      assertThat(throttle.waitFor("uno-kaliganj", "10.0.0.9")).isEqualTo(Duration.ofSeconds(seconds));
      now = now.plusSeconds(seconds);
      assertThat(throttle.waitFor("uno-kaliganj", "10.0.0.9")).as("after " + seconds + " s").isZero();
    }
    assertThat(throttle.waitFor("uno-kaliganj", "10.0.0.7")).as("the office's own address").isZero();
    assertThat(throttle.waitFor("uno-sadar", "10.0.0.9")).as("another user").isZero();
  }

  @Test
  void aRightPassword_orFifteenQuietMinutes_startAfresh() {
    throttle.failed("admin", "10.0.0.9");
    throttle.failed("admin", "10.0.0.9");
    now = now.plusSeconds(6);
    throttle.succeeded("admin", "10.0.0.9");
    throttle.failed("admin", "10.0.0.9");
    assertThat(throttle.waitFor("admin", "10.0.0.9")).as("first again").isEqualTo(Duration.ofSeconds(3));

    throttle.failed("admin", "10.0.0.9"); // the second: 6 s
    now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
    throttle.failed("admin", "10.0.0.9");
    assertThat(throttle.waitFor("admin", "10.0.0.9")).as("forgotten").isEqualTo(Duration.ofSeconds(3));
  }
}

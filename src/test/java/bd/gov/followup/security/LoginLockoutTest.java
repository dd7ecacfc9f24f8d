package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords never lock an official out, for good or for a while (application.yaml: loginMaxAttempts,
 * loginDelayMaxTime): the delay is per user and address, before the engine is asked (LoginThrottleOverHttpTest).
 */
@SpringBootTest
@ActiveProfiles("processtest")
class LoginLockoutTest {

  static final String PASSWORD = "Jhenaidah-Portal-2026#";

  @Autowired IdentityService identity;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identity.deleteUser("lockout-probe");
  }

  @Test
  void elevenWrongPasswords_neverLockTheUser() {
    User user = identity.newUser("lockout-probe");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    long now = ClockUtil.getCurrentTime().getTime();
    for (int attempt = 1; attempt <= 11; attempt++) {
      assertThat(identity.checkPassword("lockout-probe", "guess-" + attempt)).isFalse();
      now += 61_000; // each guess after the last one's delay has passed, so that every one counts
      ClockUtil.setCurrentTime(new Date(now));
    }
    assertThat(identity.createUserQuery().userId("lockout-probe").count()).isEqualTo(1);
    assertThat(identity.checkPassword("lockout-probe", PASSWORD)).as("not locked for good").isTrue();

    assertThat(identity.checkPassword("lockout-probe", "guess-12")).isFalse();
    assertThat(identity.checkPassword("lockout-probe", PASSWORD)).as("nor for a while, right after a wrong one")
        .isTrue();
  }
}

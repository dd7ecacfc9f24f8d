package bd.gov.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The application's start is known as such for as long as it runs, an application start inside it included. */
class ApplicationStartsTest {

  @Test
  void aStartInsideAnother_leavesTheOuterOneTheApplications() {
    boolean afterTheInner = ApplicationStarts.run(() -> {
      ApplicationStarts.run(() -> "a notice started by a step of the registration");
      return ApplicationStarts.running();
    });

    assertThat(afterTheInner).as("the registration goes on as the application's start").isTrue();
    assertThat(ApplicationStarts.running()).as("and ends as one").isFalse();
  }

  @Test
  void aStartThatFails_leavesNothingBehindOnTheThread() {
    try {
      ApplicationStarts.run(() -> {
        throw new IllegalStateException("refused");
      });
    } catch (IllegalStateException expected) {
      // as a refused registration
    }

    assertThat(ApplicationStarts.running()).isFalse();
  }
}

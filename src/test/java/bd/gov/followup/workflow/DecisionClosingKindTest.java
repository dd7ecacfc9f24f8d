package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A settlement's kind as the close API takes it: as the request writes it, or as the report names the state
 * (README: "also accepted as the report's state names it"), in any case, with {@code _} for {@code -}.
 */
class DecisionClosingKindTest {

  @ParameterizedTest
  @CsvSource({
    "not-implemented, NOT_IMPLEMENTED",
    "closed-not-implemented, NOT_IMPLEMENTED",
    "CLOSED_NOT_IMPLEMENTED, NOT_IMPLEMENTED",
    "implemented, IMPLEMENTED",
    "Closed-Implemented, IMPLEMENTED",
    "CONTINUED, CONTINUED",
    "' continued ', CONTINUED"
  })
  void aKindIsReadAsWrittenOrAsTheReportNamesIt(String given, DecisionClosing.Kind kind) {
    assertThat(DecisionClosing.Kind.of(given, "outcome")).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void noKindIsNotImplemented(String given) {
    assertThat(DecisionClosing.Kind.of(given, "outcome")).isEqualTo(DecisionClosing.Kind.NOT_IMPLEMENTED);
    assertThat(DecisionClosing.Kind.of(null, "outcome")).isEqualTo(DecisionClosing.Kind.NOT_IMPLEMENTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"done", "closed", "closed-done", "implemented-closed"})
  void anythingElseIsRefused_namingTheField(String given) {
    assertThatThrownBy(() -> DecisionClosing.Kind.of(given, "outcome"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("outcome: «" + given + "» নয়")
        .hasMessageContaining("not-implemented, implemented, continued");
  }
}

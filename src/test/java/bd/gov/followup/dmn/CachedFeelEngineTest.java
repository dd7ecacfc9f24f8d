package bd.gov.followup.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The parse cache changes nothing but the parsing: every unary test and expression of the kinds our tables use (and
 * some they do not yet) answers as Camunda's own FEEL engine answers, for every input, on first and later use.
 */
class CachedFeelEngineTest {

  final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
  final CachedFeelEngine cached = new CachedFeelEngine(List.of());

  static final List<String> UNARY_TESTS = List.of(
      "\"district\",\"upazila\",\"union\"", "\"union\"", "<= 0", "[1..5]", ">= 6", "-", "not(\"union\")",
      "null", "> 2, < -3", "? > 3 and ? < 10", "starts with(?, \"up\")", "[date(\"2026-01-01\")..date(\"2026-12-31\")]");
  static final List<Object> INPUTS = Arrays.asList("district", "union", "upazila", "", null, -4, 0, 1, 5, 6, 7,
      11, java.time.LocalDate.of(2026, 7, 30));

  @Test
  void everyUnaryTest_answersAsCamundasEngine_forEveryInput_again_and_again() {
    List<String> differences = new ArrayList<>();
    java.util.Set<String> outcomes = new java.util.HashSet<>();
    for (int round = 0; round < 3; round++) {
      for (String test : UNARY_TESTS) {
        for (Object input : INPUTS) {
          Object expected = outcome(() -> camunda.evaluateSimpleUnaryTests(test, "cellInput", cell(input)));
          Object actual = outcome(() -> cached.evaluateSimpleUnaryTests(test, "cellInput", cell(input)));
          outcomes.add(expected instanceof Exception ? "error" : String.valueOf(expected));
          if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            differences.add(test + " with " + input + ": " + expected + " / " + actual);
          }
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(outcomes).as("the inputs make the tests both pass and fail").contains("true", "false");
    assertThat(cached.cachedCount()).as("each test parsed once").isEqualTo(UNARY_TESTS.size());
  }

  @Test
  void expressions_answerAsCamundasEngine() {
    VariableContext variables = Variables.createVariables()
        .putValue("officeLevel", "union").putValue("workingDaysLate", 6).putValue("offices", List.of("a", "b"))
        .asVariableContext();
    for (String expression : List.of("officeLevel", "workingDaysLate", "workingDaysLate + 1", "\"office,uno\"",
        "count(offices)", "if workingDaysLate > 5 then \"adc\" else \"uno\"", "upper case(officeLevel)",
        "missingVariable")) {
      Object expected = outcome(() -> camunda.evaluateSimpleExpression(expression, variables));
      assertThat(String.valueOf(outcome(() -> cached.evaluateSimpleExpression(expression, variables))))
          .as(expression).isEqualTo(String.valueOf(expected));
      assertThat(String.valueOf(outcome(() -> cached.evaluateSimpleExpression(expression, variables))))
          .as(expression + ", parsed before").isEqualTo(String.valueOf(expected));
    }
  }

  @Test
  void aTestThatDoesNotParse_failsAsCamundasEngineFails_everyTime_andIsNotKept() {
    String broken = "[1..";
    String expected = ((Throwable) outcome(() -> camunda.evaluateSimpleUnaryTests(broken, "cellInput", cell(1))))
        .getMessage();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cached.evaluateSimpleUnaryTests(broken, "cellInput", cell(1)))
          .isInstanceOf(FeelException.class).hasMessage(expected);
    }
    assertThat(cached.cachedCount()).isZero();
  }

  static VariableContext cell(Object input) {
    return Variables.createVariables().putValue("cellInput", input).asVariableContext();
  }

  /** The value, or the exception (its type and message), so that failures are compared too. */
  static Object outcome(java.util.concurrent.Callable<Object> evaluation) {
    try {
      return evaluation.call();
    } catch (Exception e) {
      return e;
    }
  }
}

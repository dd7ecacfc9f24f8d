package bd.gov.followup.dmn;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.FailedParseResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine (FEEL-Scala, with its value mappers and custom functions) that parses each expression of a
 * decision table once instead of at every evaluation. Camunda caches compiled JUEL expressions and scripts of a
 * table but hands FEEL the text every time, and parsing was most of an EscalationRoute evaluation: 17 % of an
 * escalation's job time in a deadline storm (bench/README.md, round `routing`).
 *
 * <p>Evaluation is FEEL-Scala's own ({@link FeelEngineApi}): an expression sees the decision's variables as
 * {@link ScalaFeelEngine} gives them; a unary test gets the input value the way FEEL-Scala's Java API defines it.
 * A parse failure is not kept: the same error is raised at each evaluation, as before.
 */
public class CachedFeelEngine extends ScalaFeelEngine {

  /** Expressions come from deployed tables; the bound only guards against a client evaluating generated text. */
  static final int MAX_CACHED = 10_000;

  private final FeelEngineApi api;
  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  public CachedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
    this.api = new FeelEngineApi(feelEngine);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    return (T) valueOf(api.evaluate(parsed(expressions, expression, api::parseExpression), context(variableContext)));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    TypedValue input = variableContext.containsVariable(inputVariable) ? variableContext.resolve(inputVariable) : null;
    Object result = valueOf(api.evaluateWithInput(parsed(unaryTests, expression, api::parseUnaryTests),
        input == null ? null : input.getValue(), context(variableContext)));
    return Boolean.TRUE.equals(result);
  }

  /** How many distinct expressions and unary tests are parsed and kept (for tests). */
  public int cachedCount() {
    return expressions.size() + unaryTests.size();
  }

  private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
      Function<String, ParseResult> parser) {
    ParsedExpression known = cache.get(text);
    if (known != null) {
      return known;
    }
    ParseResult result = parser.apply(text);
    if (result.isFailure()) {
      throw LOGGER.evaluationException(((FailedParseResult) result).failure().message());
    }
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(text, result.parsedExpression());
    return result.parsedExpression();
  }

  private static Object valueOf(EvaluationResult result) {
    if (result.isFailure()) {
      throw LOGGER.evaluationException(((FailedEvaluationResult) result).failure().message());
    }
    return result.result();
  }

  private static CustomContext context(VariableContext variableContext) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    };
  }
}

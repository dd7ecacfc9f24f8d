package bd.gov.followup.dmn;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;

/** Makes the DMN engine's one FEEL engine: a {@link CachedFeelEngine} with the engine's custom FEEL functions. */
public class CachedFeelEngineFactory implements FeelEngineFactory {

  private final List<FeelCustomFunctionProvider> functionProviders;

  public CachedFeelEngineFactory(List<FeelCustomFunctionProvider> functionProviders) {
    this.functionProviders = functionProviders == null ? List.of() : List.copyOf(functionProviders);
  }

  @Override
  public FeelEngine createInstance() {
    return new CachedFeelEngine(functionProviders);
  }
}

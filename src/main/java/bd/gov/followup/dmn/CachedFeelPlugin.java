package bd.gov.followup.dmn;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives the process engine's DMN engine the {@link CachedFeelEngine} (Camunda's documented way to replace the FEEL
 * engine: {@code DefaultDmnEngineConfiguration.feelEngineFactory}, set before the engine builds its DMN engine).
 * Off with {@code followup.feel-parse-cache: false}, which leaves Camunda's own FEEL engine.
 */
@Component
@ConditionalOnProperty(name = "followup.feel-parse-cache", havingValue = "true", matchIfMissing = true)
public class CachedFeelPlugin extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new CachedFeelEngineFactory(configuration.getDmnFeelCustomFunctionProviders()));
    configuration.setDmnEngineConfiguration(dmn);
  }
}

package bd.gov.followup.db;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Long texts: registers {@link LongStringSerializer} ahead of Camunda's serializers (after those another plugin
 * registered), and {@link FormPropertyHistoryThatFits} as the history producer, so a long form field is kept whole
 * as a variable and its form-property record fits its column.
 */
@Component
public class LongStringVariables extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    serializers.add(new LongStringSerializer());
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    configuration.setCustomPreVariableSerializers(serializers);
    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new FormPropertyHistoryThatFits());
    }
  }
}

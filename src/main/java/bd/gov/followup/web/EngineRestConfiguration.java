package bd.gov.followup.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API as the starter configures it, with one change: form refusals from our task listeners answer
 * 400 instead of 500 ({@link FormRefusalExceptionMapper} replaces Camunda's mappers for ProcessEngineException and
 * RestException and delegates to them for everything else; two mappers for one type would leave the choice to
 * Jersey).
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
            .filter(type -> type != ProcessEngineExceptionHandler.class && type != RestExceptionHandler.class)
            .collect(Collectors.toSet());
        registerClasses(configuration);
        register(JacksonFeature.class);
        register(FormRefusalExceptionMapper.ForEngine.class);
        register(FormRefusalExceptionMapper.ForRest.class);
      }
    };
  }
}

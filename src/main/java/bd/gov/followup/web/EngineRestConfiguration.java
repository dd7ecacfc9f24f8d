package bd.gov.followup.web;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API as the starter configures it, with one change: form refusals from our task listeners answer
 * 400 instead of 500 ({@link FormRefusalExceptionMapper} replaces Camunda's mappers for ProcessEngineException and
 * RestException and delegates to them for everything else). Tasklist's own engine API gets the same mappers from
 * {@link WebappEngineApi}.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(FormRefusalExceptionMapper.inPlaceOfCamundas(CamundaRestResources.getConfigurationClasses()));
        register(JacksonFeature.class);
      }
    };
  }

  /** The case (CMMN) endpoints of both engine APIs, which this application has no tables for: 404, not 500. */
  @Bean
  FilterRegistrationBean<CaseEndpointsOff> caseEndpointsOff(JerseyApplicationPath restPath) {
    FilterRegistrationBean<CaseEndpointsOff> registration = new FilterRegistrationBean<>(new CaseEndpointsOff());
    registration.addUrlPatterns(restPath.getUrlMapping(), "/camunda/api/engine/*");
    return registration;
  }

  /** A negative page of either engine API's lists: 400, not the database's error. */
  @Bean
  FilterRegistrationBean<QueryPagingBounds> queryPagingBounds(JerseyApplicationPath restPath) {
    FilterRegistrationBean<QueryPagingBounds> registration = new FilterRegistrationBean<>(new QueryPagingBounds());
    registration.addUrlPatterns(restPath.getUrlMapping(), "/camunda/api/engine/*");
    return registration;
  }
}

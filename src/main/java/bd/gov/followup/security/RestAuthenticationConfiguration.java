package bd.gov.followup.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Nobody reaches the engine without logging in: the starter leaves {@code /engine-rest} open, so every request to it
 * and to our own {@code /api} must carry HTTP Basic credentials that Camunda's identity service accepts. The engine's
 * authorization checks then apply to the request as that user, with the user's groups.
 */
@Configuration
public class RestAuthenticationConfiguration {

  /** Our own Spring MVC controllers live under this path. */
  public static final String API_PATTERN = "/api/*";

  /** The minutes import (web.MeetingsController), whose body is one file. */
  static final String MINUTES_UPLOAD_PATH = "/api/meetings/import";

  /** Early in the chain: authentication comes before anything that reads the request. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthenticationFilter(JerseyApplicationPath restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addUrlPatterns(restPath.getUrlMapping());
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(ORDER);
    return registration;
  }

  /** Before the webapps' own authentication and CSRF filters see the request; they don't read its parameters. */
  @Bean
  FilterRegistrationBean<Filter> webappQueryPaging(ProcessEngine processEngine) {
    int limit = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getQueryMaxResultsLimit();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappQueryPaging(limit));
    registration.setName("webapp-query-paging");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /** First of all: the request a password check belongs to (PasswordChecksThrottled). */
  @Bean
  FilterRegistrationBean<Filter> passwordCheckRequests() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new PasswordChecksThrottled.RequestHolder());
    registration.setName("password-check-requests");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Before authentication: a cross-site write is refused whoever's credentials the browser attached. */
  @Bean
  FilterRegistrationBean<Filter> crossSiteWriteGuard(JerseyApplicationPath restPath,
      @Value("${FOLLOWUP_PUBLIC_ORIGIN:}") String publicOrigin, ObjectMapper objectMapper) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new CrossSiteWriteGuard(publicOrigin, objectMapper));
    registration.setName("cross-site-write-guard");
    registration.addUrlPatterns(restPath.getUrlMapping(), API_PATTERN);
    registration.setOrder(ORDER - 1);
    return registration;
  }

  /** Outermost: every answer carries it, a refusal of the filters below included. */
  @Bean
  FilterRegistrationBean<Filter> noSniff(JerseyApplicationPath restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new NoSniff());
    registration.setName("no-sniff");
    registration.addUrlPatterns(restPath.getUrlMapping(), API_PATTERN);
    registration.setOrder(ORDER - 4);
    return registration;
  }

  /** Then: a body too large for memory is refused before anyone reads it, the webapps' engine API included. */
  @Bean
  FilterRegistrationBean<Filter> requestBodyLimit(JerseyApplicationPath restPath, ObjectMapper objectMapper) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestBodyLimit(objectMapper, MINUTES_UPLOAD_PATH));
    registration.setName("request-body-limit");
    registration.addUrlPatterns(restPath.getUrlMapping(), API_PATTERN, "/camunda/api/*");
    registration.setOrder(ORDER - 3);
    return registration;
  }

  /** Around both authentication filters: their 401 gets a body that says what to do. */
  @Bean
  FilterRegistrationBean<Filter> unauthorizedProblem(JerseyApplicationPath restPath, ObjectMapper objectMapper) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new UnauthorizedProblem(objectMapper));
    registration.setName("unauthorized-problem");
    registration.addUrlPatterns(restPath.getUrlMapping(), API_PATTERN);
    registration.setOrder(ORDER - 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine processEngine) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ApiBasicAuthenticationFilter(processEngine));
    registration.setName("api-basic-authentication");
    registration.addUrlPatterns(API_PATTERN);
    registration.setOrder(ORDER);
    return registration;
  }
}

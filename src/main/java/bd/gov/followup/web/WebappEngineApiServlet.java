package bd.gov.followup.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Registers the webapps' "Engine Api" servlet with {@link WebappEngineApi} before Camunda's webapp initializer runs:
 * that initializer leaves a servlet of the same name alone, and has no other way to change the application's
 * exception mappers. Name, mapping and servlet class are the ones Camunda would register; without the webapps (and
 * their authentication and CSRF filters on that path) there is none.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
public class WebappEngineApiServlet implements ServletContextInitializer, Ordered {

  /** The name under which Camunda's {@code CamundaBpmWebappInitializer} registers the webapps' engine API. */
  static final String NAME = "Engine Api";

  private final CamundaBpmProperties camunda;

  public WebappEngineApiServlet(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    ServletRegistration.Dynamic servlet = servletContext.addServlet(NAME, ServletContainer.class);
    servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    servlet.setInitParameter("jakarta.ws.rs.Application", WebappEngineApi.class.getName());
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}

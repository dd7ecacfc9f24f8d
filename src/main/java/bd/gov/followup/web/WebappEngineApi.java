package bd.gov.followup.web;

import java.util.Set;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, through which Tasklist submits its forms) with our form
 * refusal mappers in place of Camunda's: a refused form answers 400 with the field to correct, as on /engine-rest,
 * instead of a 500 that also logs a stack trace for every official's typing slip. Registered by
 * {@link WebappEngineApiServlet}.
 */
public class WebappEngineApi extends EngineRestApplication {

  @Override
  public Set<Class<?>> getClasses() {
    return FormRefusalExceptionMapper.inPlaceOfCamundas(super.getClasses());
  }
}

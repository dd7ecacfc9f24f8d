package bd.gov.followup.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic check, telling {@link LoginThrottleFilter} when a password was right: only then does a
 * user's delay at an address end. A 2xx answer alone would not say so (the list of engines answers without
 * checking the password at all), and a guesser could end its own delay with it.
 */
public class ThrottledBasicAuthentication extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
    if (result.isAuthenticated()) {
      LoginThrottleFilter.passwordWasRight(request);
    }
    return result;
  }
}

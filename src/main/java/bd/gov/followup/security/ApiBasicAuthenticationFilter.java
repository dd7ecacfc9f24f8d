package bd.gov.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic (or, for reading, the webapps' login) for {@code /api/*}, checked the same way as the engine's REST API: the password against Camunda's
 * identity service (with its login throttling), then the engine's authentication set to the user, its groups and
 * tenants for the request, so that every engine call a controller makes is authorized as that user. Cleared after
 * the request, whatever happens: a pooled thread must never carry one user's authentication into the next request.
 */
public class ApiBasicAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider provider = new HttpBasicAuthenticationProvider();

  public ApiBasicAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identity = engine.getIdentityService();
    // a thread from the pool starts clean: no authentication left over, none checked against while logging in
    identity.clearAuthentication();
    String userId = webappUser(request);
    if (userId == null) {
      AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated()) {
        provider.augmentResponseByAuthenticationChallenge(response, engine);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      userId = result.getAuthenticatedUser();
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
        .map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .unlimitedList().stream().map(Tenant::getId).toList();
    try {
      identity.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The user logged in to the webapps, for reading only: a link in a Tasklist form (the progress report) opens
   * without a second login. Requests that change something need HTTP Basic, so the webapp session cannot be used
   * for cross-site request forgery here.
   */
  private String webappUser(HttpServletRequest request) {
    boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    HttpSession session = request.getSession(false);
    if (!reading || session == null || request.getHeader("Authorization") != null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication instanceof UserAuthentication user ? user.getName() : null;
  }
}

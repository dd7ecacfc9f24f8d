package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.MEETING_PROCESS;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may register a meeting: whoever may start MeetingFollowup (CREATE_INSTANCE on its definition: the committee's
 * secretary). Asked before Spring reads the request's body, so that an office learns nothing from a registration,
 * not even where its JSON fails to parse.
 */
@Component
class MayRegister implements HandlerInterceptor, WebMvcConfigurer {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  MayRegister(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/meetings", "/api/meetings/import");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if ("POST".equals(request.getMethod())) {
      check();
    }
    return true;
  }

  void check() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return; // no authentication in play (a call from inside the application)
    }
    boolean allowed = AsApplication.run(identityService, () -> authorizationService.isUserAuthorized(
        caller.getUserId(), caller.getGroupIds(), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, MEETING_PROCESS));
    if (!allowed) {
      throw new AuthorizationException("সভা নিবন্ধন করেন কমিটির সদস্য-সচিব / meetings are registered by a committee's"
          + " secretary, which user '" + caller.getUserId() + "' is not");
    }
  }
}

package bd.gov.followup.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * An office may read the decisions it takes part in — and no others. Candidate groups already give it its own
 * tasks; this grants its group READ on the decision's process instance when it is asked to take part.
 */
@Component
public class DecisionReadAccess {

  private final AuthorizationService authorizationService;

  public DecisionReadAccess(@Lazy AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grant(String groupId, String processInstanceId) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(processInstanceId)
        .count() > 0;
    if (granted) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(Resources.PROCESS_INSTANCE);
    authorization.setResourceId(processInstanceId);
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}

package bd.gov.followup.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A task's own grants to an office. Camunda grants a candidate group the task when the group is added, but keeps
 * the grant when the group is removed (DefaultAuthorizationProvider): an office a task moves away from would still
 * see and complete it, from the link in its earlier mail or over REST. Whoever moves a task revokes it here.
 */
@Component
public class TaskGrants {

  private final AuthorizationService authorizationService;

  public TaskGrants(@Lazy AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Removes the group's grants on the task (delegation code: Camunda checks no authorization here). */
  public void revoke(String taskId, String groupId) {
    authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
        .groupIdIn(groupId).unlimitedList()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
  }
}

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

  /**
   * Removes the group's grants on the task and on its history (delegation code: Camunda checks no authorization
   * here).
   */
  public void revoke(String taskId, String groupId) {
    for (Resources resource : TASK_RESOURCES) {
      authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(taskId)
          .groupIdIn(groupId).unlimitedList()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
  }

  /**
   * Removes a user's own grants on the task, as its claim gave them: unassigning leaves them (Camunda grants a new
   * assignee, it never takes the old one's back), so a clerk of an office the task moved from could still work on it.
   */
  public void revokeUser(String taskId, String userId) {
    for (Resources resource : TASK_RESOURCES) {
      authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(taskId)
          .userIdIn(userId).unlimitedList()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
  }

  private static final Resources[] TASK_RESOURCES = {Resources.TASK, Resources.HISTORIC_TASK};
}

package bd.gov.followup.security;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A user's hold on an office's tasks ends when the user leaves the office. Camunda gives whoever claims a task a grant
 * of its own on it (and on its history) and keeps both, and the claim, when the user leaves the group or is deleted:
 * an official transferred to another upazila still filed the old office's report in its name, claimed it again after
 * the secretary released it, read the decision's history, and a new account under a deleted user's id inherited all
 * of it. When a membership or a user is deleted, the user's own grants on tasks and task history go (an office's
 * users work through their group's grants, which stay), and its claims on tasks of offices it is no longer in are
 * released. Deleting an office's group in Admin is every member leaving it, and ends the grants to the group too.
 */
@Component
public class GrantsEndWithTheOffice extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private static final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof DeleteGroupCmd) {
        return deleteGroup(command, CommandFields.read(command, "groupId"));
      }
      T result = next.execute(command);
      if (command instanceof DeleteMembershipCmd || command instanceof DeleteUserCmd) {
        String userId = CommandFields.read(command, "userId");
        if (userId != null) {
          CommandContext context = Context.getCommandContext();
          String leftGroup = command instanceof DeleteMembershipCmd ? CommandFields.read(command, "groupId") : null;
          context.runWithoutAuthorization(() -> {
            release(context.getProcessEngineConfiguration(), userId, command instanceof DeleteUserCmd, leftGroup);
            return null;
          });
        }
      }
      return result;
    }

    /**
     * Camunda deletes a group's memberships in one statement (no DeleteMembershipCmd runs), and of the grants only
     * those on the group itself: every member leaves the office here as one removed from it would, and the grants to
     * the group go, or a group created later under its id (the directory sync, an administrator) would inherit them.
     * The members are read before the group goes; nothing is released if its deletion is refused.
     */
    private <T> T deleteGroup(Command<T> command, String groupId) {
      CommandContext context = Context.getCommandContext();
      ProcessEngineConfigurationImpl engine = context.getProcessEngineConfiguration();
      List<String> members = groupId == null ? List.of() : context.runWithoutAuthorization(() ->
          engine.getIdentityService().createUserQuery().memberOfGroup(groupId).unlimitedList().stream()
              .map(User::getId).toList());
      T result = next.execute(command);
      if (groupId != null) {
        context.runWithoutAuthorization(() -> {
          members.forEach(member -> release(engine, member, false, groupId));
          revokeGrantsTo(engine.getAuthorizationService(), groupId);
          return null;
        });
      }
      return result;
    }
  }

  /** Those on the group itself (and its tenants') Camunda deletes in the same command: left to it. */
  private static void revokeGrantsTo(AuthorizationService authorizations, String groupId) {
    for (Authorization grant : List.copyOf(authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .unlimitedList())) {
      boolean onTheGroup = grant.getResourceType() == Resources.GROUP.resourceType()
          && groupId.equals(grant.getResourceId());
      if (!onTheGroup && grant.getResourceType() != Resources.TENANT.resourceType()) {
        authorizations.deleteAuthorization(grant.getId());
      }
    }
  }

  /** @param leftGroup the group the user left, which the query below still finds (its deletion is not flushed yet) */
  private static void release(ProcessEngineConfigurationImpl engine, String userId, boolean deleted, String leftGroup) {
    Set<String> groups = deleted ? Set.of() : engine.getIdentityService().createGroupQuery().groupMember(userId)
        .unlimitedList().stream().map(Group::getId).filter(id -> !id.equals(leftGroup)).collect(Collectors.toSet());
    TaskService tasks = engine.getTaskService();
    for (Task task : tasks.createTaskQuery().taskAssignee(userId).unlimitedList()) {
      Set<String> offices = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).collect(Collectors.toSet());
      if (deleted || Collections.disjoint(offices, groups)) {
        tasks.setAssignee(task.getId(), null);
      }
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Authorization own : List.copyOf(authorizations.createAuthorizationQuery().userIdIn(userId).unlimitedList())) {
      int type = own.getResourceType();
      if (type == Resources.TASK.resourceType() || type == Resources.HISTORIC_TASK.resourceType()) {
        authorizations.deleteAuthorization(own.getId());
      }
    }
  }
}

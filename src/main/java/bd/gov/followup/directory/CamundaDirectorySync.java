package bd.gov.followup.directory;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mirrors the directory into Camunda: one group per office and per set, and the authorizations each role needs.
 * Idempotent: what exists is left alone, what the file adds appears; no group is deleted (an office that left the
 * file keeps its group and its history until an administrator removes it in Camunda Admin). The committee's roles
 * are the exception: an office that no longer holds one loses the committee's access (Cockpit, every process,
 * task and instance), or a chair's office that changed hands would keep it.
 */
@Component
public class CamundaDirectorySync {

  private static final Logger log = LoggerFactory.getLogger(CamundaDirectorySync.class);

  /**
   * Every process of the product: the committee's roles see all of them, in Cockpit the offices' notices
   * (notify.NoticeTasks) beside the decisions they are about.
   */
  static final String MEETING_PROCESS_KEY = "MeetingFollowup";
  static final List<String> PROCESS_KEYS = List.of(MEETING_PROCESS_KEY, "DecisionFollowup", "Notice");

  /** Engine property: the groups that held the committee's roles at the last sync, to notice one that lost it. */
  static final String COMMITTEE_GROUPS_PROPERTY = "followup.committee-groups";

  static final String GROUP_TYPE_OFFICE = "office";
  static final String GROUP_TYPE_SET = "office-set";

  private final OfficeDirectory directory;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final ManagementService managementService;
  private final TaskService taskService;

  public CamundaDirectorySync(OfficeDirectory directory, IdentityService identityService,
      AuthorizationService authorizationService, ManagementService managementService, TaskService taskService) {
    this.directory = directory;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.managementService = managementService;
    this.taskService = taskService;
  }

  /** @return how many groups were created (0 on a restart with an unchanged file) */
  public int sync() {
    int created = 0;
    for (Office office : directory.offices()) {
      created += ensureGroup(office.id(), office.nameBn(), GROUP_TYPE_OFFICE);
      grant(office.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    for (OfficeSet set : directory.sets()) {
      created += ensureGroup(set.id(), set.nameBn(), GROUP_TYPE_SET);
    }
    // every committee's roles: each watches the district's decisions (read only, as before there were several);
    // which chair decides a late one and which secretary registers a meeting follows its committee
    List<String> committee = List.copyOf(directory.committeeRoleGroups());
    java.util.Set<String> secretaries = directory.secretaryGroups();
    String before = managementService.getProperties().get(COMMITTEE_GROUPS_PROPERTY);
    for (String former : before == null || before.isBlank() ? new String[0] : before.split(",")) {
      if (!committee.contains(former)) {
        int revoked = revokeCommitteeAccess(former);
        log.warn("Directory {}: '{}' no longer holds a committee role; {} committee grants revoked",
            directory.id(), former, revoked);
      }
    }
    for (String committeeRole : committee) {
      // the committee watches everything and acts through its forms and the application (close, register): no
      // UPDATE, DELETE or history removal, which would let it write a decision's variables past the forms' checks
      // or delete a decision; exactly these, so that the wider grants of earlier versions are narrowed
      grant(committeeRole, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      for (String key : PROCESS_KEYS) {
        boolean registers = key.equals(MEETING_PROCESS_KEY) && secretaries.contains(committeeRole);
        grantExactly(committeeRole, Resources.PROCESS_DEFINITION, key, registers
            ? new Permission[] {Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.CREATE_INSTANCE}
            : new Permission[] {Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, Permissions.READ_HISTORY});
      }
      grantExactly(committeeRole, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
      grantExactly(committeeRole, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
      if (secretaries.contains(committeeRole)) {
        // the secretary registers meetings, also from Tasklist's start form
        grantExactly(committeeRole, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.CREATE);
      } else {
        grantExactly(committeeRole, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      }
      // TASK_WORK, not UPDATE (nor TASK_ASSIGN, which lets Camunda's task update through too): the secretary fills
      // in any office's form (a report brought on paper), but neither role renames an office's task, moves its due
      // date away from the decision's deadline, or hands it to a user, who could be another office's and would then
      // file its report in the office's name
      grantExactly(committeeRole, Resources.TASK, "*", Permissions.READ, TaskPermissions.TASK_WORK);
      grant(committeeRole, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
      // the offices by name: Cockpit's human tasks and a task's candidates otherwise show bare ids ("uno-kaliganj")
      grantExactly(committeeRole, Resources.GROUP, "*", Permissions.READ);
      grant(committeeRole, Resources.DEPLOYMENT, "*", Permissions.READ);
    }
    managementService.setProperty(COMMITTEE_GROUPS_PROPERTY, String.join(",", committee));
    warnOfOfficesThatLeft();
    if (created > 0) {
      log.info("Directory {}: created {} Camunda groups", directory.id(), created);
    }
    return created;
  }

  /**
   * An office whose group is still here but that the file no longer lists: its open tasks stay in its members'
   * Tasklist, but no reminder reaches it by mail and no lead can choose it. Said in the log at every start, with
   * what is still open, so that an administrator moves the work or restores the office.
   */
  private void warnOfOfficesThatLeft() {
    java.util.Set<String> listed = new java.util.HashSet<>();
    directory.offices().forEach(office -> listed.add(office.id()));
    for (Group group : identityService.createGroupQuery().groupType(GROUP_TYPE_OFFICE).unlimitedList()) {
      if (!listed.contains(group.getId())) {
        long open = taskService.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks().count();
        log.warn("Directory {}: office '{}' ({}) is no longer in the file; {} open tasks are still its own",
            directory.id(), group.getId(), group.getName(), open);
      }
    }
  }

  /** Deletes the group's grants of the kinds {@link #sync} gives the committee's roles; an office's own stay. */
  private int revokeCommitteeAccess(String groupId) {
    int revoked = 0;
    for (Authorization grant : authorizationService.createAuthorizationQuery().groupIdIn(groupId).list()) {
      String id = grant.getResourceId();
      boolean committeeKind = grant.getResourceType() == Resources.APPLICATION.resourceType()
          ? "cockpit".equals(id)
          : "*".equals(id) || (grant.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()
              && PROCESS_KEYS.contains(id));
      if (committeeKind) {
        authorizationService.deleteAuthorization(grant.getId());
        revoked++;
      }
    }
    return revoked;
  }

  private int ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return 0;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    try {
      identityService.saveGroup(group);
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      // two nodes started together with a new office: the other node's insert won, and the group is there
      if (identityService.createGroupQuery().groupId(id).count() == 0) {
        throw e;
      }
      return 0;
    }
    return 1;
  }

  /** The group's grant on the resource holds exactly these permissions: missing ones added, others taken away. */
  void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(groupId, resource, resourceId, permissions);
    int exact = 0;
    for (Permission permission : permissions) {
      exact |= permission.getValue();
    }
    for (Authorization existing : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).list()) {
      AuthorizationEntity entity = (AuthorizationEntity) existing;
      if (entity.getPermissions() != exact) {
        entity.setPermissions(exact);
        try {
          authorizationService.saveAuthorization(entity);
        } catch (org.camunda.bpm.engine.OptimisticLockingException anotherNodeDidIt) {
          // nodes upgrading together: the first one's narrowing is the same
        }
      }
    }
  }

  /**
   * Grants the permissions: a new grant, or the missing ones added to the group's grant on the resource (a database
   * from before a permission was added to a role gets it too).
   */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list().stream().findFirst().orElse(null);
    if (existing != null) {
      boolean missing = false;
      for (Permission permission : permissions) {
        if (!existing.isPermissionGranted(permission)) {
          existing.addPermission(permission);
          missing = true;
        }
      }
      if (missing) {
        authorizationService.saveAuthorization(existing);
      }
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    try {
      authorizationService.saveAuthorization(authorization);
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      // two nodes started together: the other node's grant (unique per group and resource) won
      boolean grantedMeanwhile = authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
          .resourceId(resourceId).count() > 0;
      if (!grantedMeanwhile) {
        throw e;
      }
      grant(groupId, resource, resourceId, permissions); // theirs, with what this version adds to it
    }
  }

  /** The group ids a demo or real user of this office belongs to: the office and its sets. */
  public List<String> groupsOf(Office office) {
    List<String> groups = new ArrayList<>();
    groups.add(office.id());
    groups.addAll(office.sets());
    return groups;
  }
}

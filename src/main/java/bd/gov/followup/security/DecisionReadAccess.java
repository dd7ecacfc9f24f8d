package bd.gov.followup.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * An office may read the decisions it takes part in — and no others. Candidate groups already give it its own
 * tasks; this grants its group, when it is asked to take part: READ on the decision's process instance (running),
 * and READ on the historic process instances of the decision and of its meeting
 * ({@code enableHistoricInstancePermissions}, application.yaml). With these the office reads the meeting's progress
 * report, showing the rows of its own decisions; an office asked about none of the meeting's decisions cannot read
 * the meeting at all. A meeting's row of a group may permit nothing (made for a step that then failed,
 * {@link #grantMeeting}): whoever asks whether a group reads a meeting asks for READ, not for a row.
 */
@Component
public class DecisionReadAccess {

  private final AuthorizationService authorizationService;
  private final ProcessEngineConfigurationImpl configuration;
  private final LaterMeetings carryingMeetings;

  public DecisionReadAccess(@Lazy AuthorizationService authorizationService,
      @Lazy ProcessEngineConfigurationImpl configuration, LaterMeetings carryingMeetings) {
    this.authorizationService = authorizationService;
    this.configuration = configuration;
    this.carryingMeetings = carryingMeetings;
  }

  /**
   * Also READ on the later meetings that carry the decision over and whose minutes stand: their reports list it,
   * and an office asked after such a meeting came in (a late acceptance, a new lead, a UNO's review) is not among
   * those {@link #grantCarriedOver} copied then.
   *
   * @param execution any execution of the decision's instance
   */
  public void grant(String groupId, DelegateExecution execution) {
    String decision = execution.getProcessInstanceId();
    String root = rootProcessInstanceId(execution);
    grant(groupId, Resources.PROCESS_INSTANCE, decision, Permissions.READ, root);
    grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, decision, HistoricProcessInstancePermissions.READ, root);
    DelegateExecution meeting = execution.getProcessInstance().getSuperExecution();
    if (meeting != null) {
      grantMeeting(groupId, meeting.getProcessInstanceId(), root);
      // a later meeting is a root instance of its own; sibling decisions carried to it may grant it at one moment
      carryingMeetings.withStandingMinutes(decision, meeting).forEach(later -> grantMeeting(groupId, later, later));
    }
  }

  /**
   * A new meeting carries over open decisions of earlier ones: the offices taking part in them (those that read them)
   * read the new meeting too, whose report lists them and is where the next meeting reads what it owes. Its own
   * decisions it then sees only where it takes part, as for any meeting. Called once the minutes stand (registered
   * as they are, or kept in their review): minutes under review were sent to nobody yet. In the step's own
   * transaction: nothing else grants this meeting before its decisions start, in that same transaction.
   *
   * @param meeting an execution of the new meeting's instance
   */
  public void grantCarriedOver(List<String> carriedDecisionIds, DelegateExecution meeting) {
    if (carriedDecisionIds.isEmpty()) {
      return;
    }
    Set<String> groups = new TreeSet<>();
    for (String decision : carriedDecisionIds) {
      authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(decision)
          .hasPermission(HistoricProcessInstancePermissions.READ).unlimitedList().stream()
          .map(Authorization::getGroupId).filter(java.util.Objects::nonNull).forEach(groups::add);
    }
    String root = rootProcessInstanceId(meeting);
    groups.forEach(group -> grant(group, Resources.HISTORIC_PROCESS_INSTANCE, meeting.getProcessInstanceId(),
        HistoricProcessInstancePermissions.READ, root));
  }

  /**
   * Minutes discarded in their review were never sent to anyone: the offices let read them (by a release that
   * granted carried-over offices at registration) no longer do.
   */
  public void revokeMeeting(String meetingId) {
    for (Resources resource : List.of(Resources.HISTORIC_PROCESS_INSTANCE, Resources.PROCESS_INSTANCE)) {
      authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(meetingId).unlimitedList()
          .stream().filter(grant -> grant.getGroupId() != null)
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
  }

  /**
   * The meeting's grant is shared by its decisions, and two of them may grant it at the same moment (sibling
   * decisions escalating to one UNO at 09:00, on one node or two): a second insert would break the grants' unique
   * index and fail its whole transaction (on PostgreSQL the failed statement aborts it anyway), the escalation then
   * retried ten minutes later. Yet READ must come and go with the step that asked for it: a step that fails after
   * its grant (an escalation job, a lead's completion refused) must not leave the office reading the meeting. So the
   * row is made without any permission, in a transaction of its own, where the race is harmless (a colleague's row is
   * as good as ours, and a row that grants nothing may outlive a failed step), and READ is added to it in the step's
   * own transaction. Two steps adding it at once meet in the row's revision, as Camunda's optimistic locking has
   * it: the later update waits for the earlier and finds the row changed (ColleagueGrantedFirst). Not while the
   * meeting itself starts in this transaction (registration): nobody else can see it yet, and the row commits or
   * rolls back with it.
   */
  private void grantMeeting(String groupId, String meetingId, String root) {
    boolean meetingStored = configuration.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(meetingId).count() > 0;
    if (!meetingStored) {
      grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, meetingId, HistoricProcessInstancePermissions.READ, root);
      return;
    }
    Permission read = HistoricProcessInstancePermissions.READ;
    if (grantedInThisCommand(groupId, Resources.HISTORIC_PROCESS_INSTANCE, meetingId, read)) {
      return; // the review that kept the minutes granted a carried-over office, which leads a decision
    }
    AuthorizationEntity row = row(groupId, Resources.HISTORIC_PROCESS_INSTANCE, meetingId);
    if (row == null) {
      row = permissionlessRow(groupId, meetingId, root);
    }
    if (row.isPermissionGranted(read)) {
      return;
    }
    row.addPermission(read); // written when the step's command ends, in its transaction (the entity is dirty)
    Context.getCommandContext().getDbEntityManager().registerOptimisticLockingListener(
        new ColleagueGrantedFirst());
  }

  /** The office's row for the meeting, made without any permission in a transaction of its own if there is none. */
  private AuthorizationEntity permissionlessRow(String groupId, String meetingId, String root) {
    for (int attempt = 1; ; attempt++) {
      RuntimeException failure = null;
      try {
        configuration.getCommandExecutorTxRequiresNew().execute(command -> {
          // as in the delegate that called us: the logged-in lead may not create grants, the application does
          command.disableAuthorizationCheck();
          if (row(groupId, Resources.HISTORIC_PROCESS_INSTANCE, meetingId) == null) {
            saveNew(groupId, Resources.HISTORIC_PROCESS_INSTANCE, meetingId, null, root);
          }
          return null;
        });
      } catch (RuntimeException raced) {
        // a colleague's insert met ours in the unique index, and may not have committed yet: wait for it
        failure = raced;
        rowWithin(groupId, meetingId, 2_000);
      }
      AuthorizationEntity row = committedRow(groupId, meetingId);
      if (row != null) {
        return row;
      }
      if (attempt == 2) {
        throw failure != null ? failure : new org.camunda.bpm.engine.ProcessEngineException(
            "The grant of " + groupId + " on meeting " + meetingId + " was made, yet is not there");
      }
    }
  }

  /**
   * The row as committed now: the step's own session would answer a query it asked before from MyBatis' cache
   * (none), not from the database, where the other transaction committed it.
   */
  private AuthorizationEntity committedRow(String groupId, String meetingId) {
    Context.getCommandContext().getDbSqlSession().getSqlSession().clearCache();
    return row(groupId, Resources.HISTORIC_PROCESS_INSTANCE, meetingId);
  }

  private boolean rowWithin(String groupId, String meetingId, long millis) {
    long until = System.currentTimeMillis() + millis;
    while (true) {
      if (committedRow(groupId, meetingId) != null) {
        return true;
      }
      if (System.currentTimeMillis() >= until) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** The group's grant on the resource, whatever it permits; at most one (the grants' unique index). */
  private AuthorizationEntity row(String groupId, Resource resource, String resourceId) {
    return (AuthorizationEntity) authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
  }

  /** The instance at the top of the call hierarchy: the meeting for its decisions. */
  static String rootProcessInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getId();
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission read, String root) {
    if (grantedInThisCommand(groupId, resource, resourceId, read)) {
      return;
    }
    AuthorizationEntity existing = row(groupId, resource, resourceId);
    if (existing == null) {
      saveNew(groupId, resource, resourceId, read, root);
    } else if (!existing.isPermissionGranted(read)) {
      // a meeting's row that a failed step made (grantMeeting): READ goes in with this step
      existing.addPermission(read);
      Context.getCommandContext().getDbEntityManager().registerOptimisticLockingListener(
          new ColleagueGrantedFirst());
    }
  }

  private void saveNew(String groupId, Resource resource, String resourceId, Permission read, String root) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    if (read != null) {
      authorization.addPermission(read);
    }
    AuthorizationEntity saved = (AuthorizationEntity) authorizationService.saveAuthorization(authorization);
    // Camunda copies the root instance and removal time from the historic instance, but finds none while that
    // instance starts in this very transaction (it is not flushed yet), and the grant would then never be removed
    // by the history cleanup: the root's end writes the removal time only to rows that name the root. The row is
    // inserted when the command ends, so what is set here goes in with it.
    if (resource == Resources.HISTORIC_PROCESS_INSTANCE && saved.getRootProcessInstanceId() == null) {
      saved.setRootProcessInstanceId(root);
    }
  }

  /**
   * A grant made earlier in the same transaction is not in the database yet, so the query above misses it: a
   * meeting's decisions start together, and their lead office is granted the meeting once per decision.
   */
  private static boolean grantedInThisCommand(String groupId, Resource resource, String resourceId,
      Permission read) {
    CommandContext command = Context.getCommandContext();
    return command != null && command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
        .stream()
        .anyMatch(a -> groupId.equals(a.getGroupId()) && a.getResourceType() == resource.resourceType()
            && resourceId.equals(a.getResourceId()) && a.isPermissionGranted(read));
  }
}

package bd.gov.followup.security;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.entitymanager.OptimisticLockingListener;
import org.camunda.bpm.engine.impl.db.entitymanager.OptimisticLockingResult;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A step added READ to an office's permissionless row for a meeting (DecisionReadAccess#grantMeeting), and its update
 * found the row changed: a colleague's step (a sibling decision, on this node or another) added READ first and
 * committed — the database let our update wait for it — or the row went with the office or the discarded minutes.
 * Either way there is nothing left to grant, and the step goes on rather than failing for a grant it did not need.
 *
 * <p>Camunda asks every listener of the entity type and keeps the last answer, so the answer is read from the row
 * itself, the same for every instance registered: a group's grant on a historic instance that permits READ alone,
 * which only this update writes (a row made permissionless, then given READ).
 */
final class ColleagueGrantedFirst implements OptimisticLockingListener {

  @Override
  public Class<AuthorizationEntity> getEntityType() {
    return AuthorizationEntity.class;
  }

  @Override
  public OptimisticLockingResult failedOperation(DbOperation operation) {
    return operation.getOperationType() == DbOperationType.UPDATE && operation instanceof DbEntityOperation update
        && update.getEntity() instanceof AuthorizationEntity row && readAddedToAMeetingsRow(row)
        ? OptimisticLockingResult.IGNORE : OptimisticLockingResult.THROW;
  }

  private static boolean readAddedToAMeetingsRow(AuthorizationEntity row) {
    return row.getGroupId() != null && row.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()
        && row.getPermissions() == HistoricProcessInstancePermissions.READ.getValue();
  }
}

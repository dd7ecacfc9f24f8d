package bd.gov.followup.security;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The committee a task belongs to: the secretary's and the chair's office of its meeting, which registration keeps
 * on the meeting and each of its decisions (workflow.ProcessVariables' {@code secretaryGroup} and
 * {@code chairGroup}, named here as security comes before workflow). A task outside any meeting, or of an instance
 * from before they were kept, is the directory's first committee's.
 */
final class TaskCommittee {

  private TaskCommittee() {}

  /** The task's committee's secretary and chair offices, in that order. */
  static List<String> groupsOf(TaskEntity task, OfficeDirectory directory) {
    Object secretary = task.getVariable("secretaryGroup");
    Object chair = task.getVariable("chairGroup");
    return List.of(secretary == null ? directory.secretary().id() : secretary.toString(),
        chair == null ? directory.chair().id() : chair.toString());
  }

  /** The offices the task asks (its candidate groups): their users are colleagues on it. */
  static List<String> candidateGroupsOf(TaskEntity task) {
    return task.getIdentityLinks().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLinkEntity::getGroupId).filter(java.util.Objects::nonNull).toList();
  }
}

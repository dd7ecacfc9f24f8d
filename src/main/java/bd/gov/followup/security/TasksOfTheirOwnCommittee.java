package bd.gov.followup.security;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The committees' secretaries and chairs may work on any task (TASK_WORK on every task: the secretary fills in an
 * office's form when its report comes on paper) — of their own committee's meetings. With several committees in a
 * district that grant would let the development committee's secretary review the web portal committee's minutes,
 * name its leads or file its offices' reports. So a user of a committee role who works on a task (claims, completes,
 * submits, delegates, comments) that is neither its office's (a candidate group) nor of a meeting of its committee
 * is refused, even a task it holds: its claim may date from before its committee handed the meeting over. Every
 * other user is left to Camunda's own checks, as is the administrator.
 */
@Component
public class TasksOfTheirOwnCommittee extends RestrictedTaskCommandCheck {

  private final OfficeDirectory directory;

  public TasksOfTheirOwnCommittee(OfficeDirectory directory) {
    super(List.of(ClaimTaskCmd.class, CompleteTaskCmd.class, SubmitTaskFormCmd.class, DelegateTaskCmd.class,
        AddCommentCmd.class));
    this.directory = directory;
  }

  @Override
  protected void check(String taskId, CommandContext context) {
    List<String> groups = context.getAuthentication().getGroupIds();
    Set<String> committeeRoles = directory.committeeRoleGroups();
    if (taskId == null || groups == null || groups.stream().noneMatch(committeeRoles::contains)) {
      return; // a comment on an instance, or an office's user: Camunda's checks
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return;
    }
    // not its holder for holding it: a claim made for the old committee outlives a handover cut short
    boolean ownOffice = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLinkEntity::getGroupId).anyMatch(groups::contains);
    if (ownOffice || TaskCommittee.groupsOf(task, directory).stream().anyMatch(groups::contains)) {
      return;
    }
    throw new AuthorizationException("কাজটি অন্য কমিটির সভার; এতে কাজ করেন সেই কমিটির সদস্য-সচিব, সভাপতি বা সংশ্লিষ্ট দপ্তর"
        + " / the task is of another committee's meeting: its secretary, its chair or the office it asks do it");
  }
}

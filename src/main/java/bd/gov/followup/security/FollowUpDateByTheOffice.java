package bd.gov.followup.security;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A task's follow-up date is Tasklist's "remind me on" for whoever works on it: it changes nothing of the decision.
 * Camunda checks every change of a saved task as assigning (TASK_ASSIGN or UPDATE), which no office holds, so an
 * office's clerk could not set one. A save that changes the follow-up date alone is let through for a user who may
 * work on the task (Camunda's TASK_WORK, in one of its offices or its meeting's committee) while nobody else holds
 * it; a save that changes anything else (its due date, name, assignee, …) is refused, saying what. The administrator
 * and the application's steps are not affected, nor is creating a task (standalone tasks are off).
 */
@Component
public class FollowUpDateByTheOffice extends SpringBootProcessEnginePlugin {

  private final OfficeDirectory directory;

  public FollowUpDateByTheOffice(OfficeDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof SaveTaskCmd) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = CommandFields.read(command, "task");
        if (task != null && task.getRevision() > 0 && CommandCaller.isRestrictedUser(context)
            && mayChange(task, context)) {
          context.disableAuthorizationCheck(); // Camunda's check would ask TASK_ASSIGN for the follow-up date too
          try {
            return next.execute(command);
          } finally {
            context.enableAuthorizationCheck();
          }
        }
      }
      return next.execute(command);
    }
  }

  /** True for a change of the follow-up date alone by whoever may work on the task; refuses any other change. */
  private boolean mayChange(TaskEntity task, CommandContext context) {
    List<String> changed = changes(task);
    if (changed.isEmpty()) {
      return false; // nothing changes: Camunda's own check and answer
    }
    if (!changed.equals(List.of(TaskEntity.FOLLOW_UP_DATE))) {
      changed.remove(TaskEntity.FOLLOW_UP_DATE);
      throw new AuthorizationException(TaskChangeTexts.refused(changed));
    }
    String holder = task.getAssignee();
    if (holder != null && !holder.equals(context.getAuthenticatedUserId())) {
      throw new AuthorizationException(ClaimHolderCompletes.heldBy(holder));
    }
    List<String> groups = context.getAuthentication().getGroupIds();
    boolean ownTask = holder != null || groups != null
        && (TaskCommittee.candidateGroupsOf(task).stream().anyMatch(groups::contains)
            || TaskCommittee.groupsOf(task, directory).stream().anyMatch(groups::contains));
    if (!ownTask) {
      return false; // another office's task: Camunda's answer
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task); // the office's own grant, as for claiming or completing it
    }
    return true;
  }

  /**
   * What the save really changes. The REST resource sets every field from the request: a date the database gave as a
   * Timestamp is "changed" to an equal Date, and a value set back to what it was is no change.
   */
  private static List<String> changes(TaskEntity task) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, PropertyChange> change : task.getPropertyChanges().entrySet()) {
      if (!same(change.getValue().getOrgValue(), change.getValue().getNewValue())) {
        changed.add(change.getKey());
      }
    }
    return changed;
  }

  private static boolean same(Object before, Object after) {
    if (before instanceof Date a && after instanceof Date b) {
      return a.getTime() == b.getTime();
    }
    return Objects.equals(before, after);
  }
}

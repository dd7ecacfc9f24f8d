package bd.gov.followup.security;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A claimed task can be given back. Unclaiming is Camunda's "set the assignee to nobody", which it checks as assigning
 * (TASK_ASSIGN or UPDATE): neither an office nor the committee holds that (the committee would then also rename and
 * re-date an office's task), so a secretary who claimed Kaliganj's report to look at it locked Kaliganj out of its own
 * task, and a user who left an office kept its tasks. A claim says who of the office works on the task; only its
 * holder completes it ({@link ClaimHolderCompletes}). So the office itself must be able to take it back: the user who
 * holds the task, a colleague of the same office (a member of one of the task's candidate groups: the head of office
 * when the clerk who claimed it is on leave), and the secretary and chair of its meeting's committee may unclaim it;
 * anyone else, and any other assignment, is checked by Camunda as before.
 */
@Component
public class ReleaseByTheOfficeOrCommittee extends SpringBootProcessEnginePlugin {

  private final OfficeDirectory directory;

  public ReleaseByTheOfficeOrCommittee(OfficeDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AssignTaskCmd && CommandFields.read(command, "userId") == null) {
        CommandContext context = Context.getCommandContext();
        if (CommandCaller.isRestrictedUser(context) && mayUnclaim(command, context)) {
          context.disableAuthorizationCheck();
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

  private boolean mayUnclaim(Object unclaim, CommandContext context) {
    String taskId = CommandFields.read(unclaim, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getAssignee() == null) {
      return false; // Camunda's own answer
    }
    if (task.getAssignee().equals(context.getAuthenticatedUserId())) {
      return true;
    }
    List<String> groups = context.getAuthentication().getGroupIds();
    return groups != null && (TaskCommittee.groupsOf(task, directory).stream().anyMatch(groups::contains)
        || TaskCommittee.candidateGroupsOf(task).stream().anyMatch(groups::contains));
  }
}

package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A task's comment or attachment, asked for by its id, is read by whoever reads the task. Camunda checks the task
 * before listing its comments (GET /task/{id}/comment, what Tasklist shows), but not before one comment or attachment
 * named by id: any logged-in user read the application's notices, the verifiers' reasons and the requests to
 * report on any task, its ids guessed (they follow the clock) or taken from a forwarded link. Now a user who finds the
 * task neither open nor in the history gets Camunda's own answer for a comment that does not exist (404), as the list
 * does. The application's own steps and the administrator read as before.
 */
@Component
public class CommentsForTheTasksReaders extends SpringBootProcessEnginePlugin {

  private static final List<Class<?>> READS =
      List.of(GetTaskCommentCmd.class, GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private static final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (READS.stream().anyMatch(kind -> kind.isInstance(command))) {
        CommandContext context = Context.getCommandContext();
        String taskId = CommandFields.read(command, "taskId");
        if (taskId != null && CommandCaller.isRestrictedUser(context) && !readable(taskId, context)) {
          return null; // not there, to this user: a 403 would say that the task exists
        }
      }
      return next.execute(command);
    }
  }

  /** The caller's own queries, with Camunda's checks: the open task, or its history (a decision's reader). */
  private static boolean readable(String taskId, CommandContext context) {
    ProcessEngineConfigurationImpl engine = context.getProcessEngineConfiguration();
    return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
        || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
  }
}

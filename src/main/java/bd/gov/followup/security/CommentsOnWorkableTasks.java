package bd.gov.followup.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A user comments only on a task they may work on. Camunda's comment command checks nothing but that the task
 * exists (and its REST resource, that the user reads the task's history, which every office taking part in the
 * decision does): an office could write on another office's report task, where the application's own notices and
 * the verifiers' remarks stand as the official record. The check is Camunda's own for working on a task
 * (candidates and the committee pass); the application's steps run without authorization checks, as Camunda
 * runs custom code, and are not affected.
 */
@Component
public class CommentsOnWorkableTasks extends SpringBootProcessEnginePlugin {

  private static final Field TASK_ID = field("taskId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private static final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AddCommentCmd comment) {
        String taskId = taskId(comment);
        CommandContext context = Context.getCommandContext();
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null) {
          for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
          }
        }
      }
      return next.execute(command);
    }
  }

  private static String taskId(AddCommentCmd command) {
    try {
      return (String) TASK_ID.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(String name) {
    try {
      Field field = AddCommentCmd.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      // a Camunda upgrade renamed it: fail at startup, not by letting comments through
      throw new IllegalStateException("AddCommentCmd has no field " + name, e);
    }
  }
}

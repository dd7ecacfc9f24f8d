package bd.gov.followup.security;

import java.lang.reflect.Field;
import bd.gov.followup.minutes.BengaliDigits;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
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
 * runs custom code, and are not affected, nor is the administrator. Nobody but the administrator changes or
 * deletes a comment once written.
 */
@Component
public class CommentsOnWorkableTasks extends SpringBootProcessEnginePlugin {

  private static final Field TASK_ID = field("taskId");
  private static final Field PROCESS_INSTANCE_ID = field("processInstanceId");
  private static final Field MESSAGE = field("message");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private static final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      boolean user = CommandCaller.isRestrictedUser(context);
      if (user && command instanceof AddCommentCmd comment) {
        check(comment, context);
      }
      if (user && (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
          || command instanceof DeleteProcessInstanceCommentCmd)) {
        // Camunda lets whoever may update a task rewrite or delete any of its comments, the application's notices
        // and the verifiers' reasons among them: the record stays as written
        throw new AuthorizationException("মন্তব্য বদলানো বা মোছা যায় না; নতুন মন্তব্য লিখুন / comments are the"
            + " decision's record: they are not changed or deleted, write a new one");
      }
      return next.execute(command);
    }
  }

  /**
   * On an open task the user may work on, and on that task's decision only: a completed task is no one's to write
   * on any more (Camunda's resource finds it in the history), and a comment carries the instance it names, where
   * the application's notices about the decision stand.
   */
  private static void check(AddCommentCmd comment, CommandContext context) {
    String taskId = (String) read(TASK_ID, comment);
    String instance = (String) read(PROCESS_INSTANCE_ID, comment);
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (taskId != null && task == null) {
      throw new AuthorizationException("কাজটি আর খোলা নেই; এতে মন্তব্য লেখা যায় না / the task is no longer open: no"
          + " comments on it");
    }
    if (task != null && instance != null && !instance.equals(task.getProcessInstanceId())) {
      throw new AuthorizationException("মন্তব্য কেবল এই কাজের সিদ্ধান্তে লেখা যায় / a comment on a task belongs to that"
          + " task's decision, not " + instance);
    }
    if (task != null) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
    }
    // as long as a form's text may be (FormTextLimit): every reader of the decision downloads its comments
    Object message = read(MESSAGE, comment);
    int length = message == null ? 0 : message.toString().length();
    if (length > FormTextLimit.LIMIT) {
      throw new BadUserRequestException("message: মন্তব্যটি খুব দীর্ঘ, সর্বোচ্চ " + BengaliDigits.of(FormTextLimit.LIMIT)
          + " অক্ষর (এখানে " + BengaliDigits.of(length) + ") / the comment is too long: at most " + FormTextLimit.LIMIT
          + " characters, this one has " + length);
    }
  }


  private static Object read(Field field, AddCommentCmd command) {
    try {
      return field.get(command);
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

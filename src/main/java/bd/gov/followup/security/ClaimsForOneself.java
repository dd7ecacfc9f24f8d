package bd.gov.followup.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * An office claims its task for itself, not for somebody else. Camunda's claim takes any user id and checks only
 * that the caller may work on the task (TASK_WORK, what an office has), and the assignee then may work on it too:
 * an office could hand its report to a user of another office, who would file it. Claiming for another user is
 * assigning, so it needs what assigning needs (Camunda's own check: TASK_ASSIGN or UPDATE, the committee's); the
 * application's steps and the administrator are not affected.
 */
@Component
public class ClaimsForOneself extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  private static final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof ClaimTaskCmd) {
        check(command, Context.getCommandContext());
      }
      return next.execute(command);
    }
  }

  private static void check(Object claim, CommandContext context) {
    String caller = context.getAuthenticatedUserId();
    String claimant = CommandFields.read(claim, "userId");
    if (!context.isAuthorizationCheckEnabled() || caller == null || claimant == null || claimant.equals(caller)
        || CommandCaller.isAdministrator(context)) {
      return;
    }
    String taskId = CommandFields.read(claim, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // Camunda's own answer: no such task
    }
    try {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskAssign(task);
      }
    } catch (AuthorizationException e) {
      throw new AuthorizationException("কাজটি কেবল নিজের জন্য নেওয়া যায়, অন্য কারও নামে নয় / you may claim a task for"
          + " yourself, not for " + claimant + ": handing it to someone else is assigning it");
    }
  }

}

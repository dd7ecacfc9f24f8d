package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;

/**
 * A rule on what a user may do to a task that Camunda's authorizations cannot say (they grant per task, not per
 * holder, committee or process): before a command of the kinds named runs, inside its context so that the task and
 * the user are known, the rule may refuse it with an {@code AuthorizationException}. Only a restricted user's
 * commands are checked ({@link CommandCaller#isRestrictedUser}): the application's own steps and the administrator
 * pass.
 */
abstract class RestrictedTaskCommandCheck extends SpringBootProcessEnginePlugin {

  private final List<Class<?>> kinds;

  protected RestrictedTaskCommandCheck(List<Class<?>> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Check());
  }

  /** Refuses the command on this task (null: the command names none) by throwing, or lets it run by returning. */
  protected abstract void check(String taskId, CommandContext context);

  private final class Check extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (kinds.stream().anyMatch(kind -> kind.isInstance(command))) {
        CommandContext context = Context.getCommandContext();
        if (CommandCaller.isRestrictedUser(context)) {
          check(CommandFields.read(command, "taskId"), context);
        }
      }
      return next.execute(command);
    }
  }
}

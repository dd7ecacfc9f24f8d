package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Commands of these kinds are the application's (and the administrator's) alone: a logged-in user's is refused with
 * the message before the engine runs it, whatever it names ({@link CommandCaller#isRestrictedUser}).
 */
final class RefusedToUsers extends CommandInterceptor {

  private final String message;
  private final List<Class<?>> commands;

  RefusedToUsers(String message, Class<?>... commands) {
    this.message = message;
    this.commands = List.of(commands);
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (commands.stream().anyMatch(kind -> kind.isInstance(command))
        && CommandCaller.isRestrictedUser(Context.getCommandContext())) {
      throw new AuthorizationException(message);
    }
    return next.execute(command);
  }
}

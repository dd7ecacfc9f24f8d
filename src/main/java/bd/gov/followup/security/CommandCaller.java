package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who runs a command, as the checks that intercept Camunda's commands ask it. */
final class CommandCaller {

  private CommandCaller() {}

  /** The administrator ({@code camunda-admin}): the checks never restrict it. */
  static boolean isAdministrator(CommandContext context) {
    List<String> groups = context.getAuthentication() == null ? null : context.getAuthentication().getGroupIds();
    return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
  }
}

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

  /**
   * A logged-in user other than the administrator, outside the application's own steps (which run without
   * authorization checks, as Camunda runs custom code): whom the checks restrict.
   */
  static boolean isRestrictedUser(CommandContext context) {
    return context.isAuthorizationCheckEnabled() && context.getAuthenticatedUserId() != null
        && !isAdministrator(context);
  }
}

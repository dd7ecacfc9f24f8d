package bd.gov.followup.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Marker;

/**
 * Keeps an official's typing slip out of the error log. The engine logs every exception that ends a command at
 * ERROR with its whole stack trace ("ENGINE-16004 Exception while closing command context", about 140 lines),
 * including the refusals of our form checks: a wrong date or an empty reason filled the log as if the server had
 * failed, and hid the failures that matter. Only that logger's events caused by a refusal of our checks (exactly
 * a {@link BadUserRequestException}, which answers the user with 400 and the message; not its subclasses, which the
 * engine throws on misuse, e.g. NotFoundException), and Camunda's refusal of a weak password, are dropped; a task
 * that was no longer open for a user's request is said in one INFO line ({@link #staleTask}); every other exception is
 * logged as before.
 * Installed by {@link FormRefusalLogging}.
 */
public class FormRefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  /**
   * Camunda's refusal of a password against its policy (user create, a password change): a plain
   * ProcessEngineException of this text, an administrator's slip like an official's, answered 400.
   */
  public static final String WEAK_PASSWORD = "Password does not match policy";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || level == null
        || !level.isGreaterOrEqual(Level.ERROR)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last; // SLF4J's convention: a throwable as the last argument of a parameterized message
    }
    if (refusal(thrown)) {
      return FilterReply.DENY;
    }
    String stale = staleTask(thrown);
    if (stale != null) {
      STALE.info("A task was no longer open for a user's request (a task list not yet refreshed): {}", stale);
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  /** Where a stale task is said, in one line: the user got 404 "no longer open" (FormRefusalExceptionMapper). */
  static final String STALE_TASK_LOGGER = "bd.gov.followup.ops.StaleTask";
  private static final org.slf4j.Logger STALE = org.slf4j.LoggerFactory.getLogger(STALE_TASK_LOGGER);

  /** The engine's commands on a task a user names: the ones Tasklist and the REST API send. */
  private static final java.util.Set<String> USER_TASK_COMMANDS = java.util.Set.of(
      "CompleteTaskCmd", "SubmitTaskFormCmd", "ClaimTaskCmd", "AssignTaskCmd", "SetTaskVariablesCmd",
      "GetTaskFormVariablesCmd", "GetRenderedTaskFormCmd", "GetDeployedTaskFormCmd", "GetTaskFormCmd",
      "AddCommentCmd", "CreateAttachmentCmd", "SaveTaskCmd", "AddIdentityLinkCmd", "DeleteIdentityLinkCmd",
      "GetTaskVariableCmd", "GetTaskVariableCmdTyped", "GetTaskVariablesCmd", "RemoveTaskVariablesCmd", "SetTaskOwnerCmd");

  /**
   * "Cannot find task with id …" thrown by the command a user sent about that task (two clerks on one task, a task
   * list opened before the decision moved on): the official is answered 404 and refreshes; the engine's ERROR with
   * its stack trace, 18 of them in an exploratory tester's 40 minutes, made an operator look for a failure. Not when
   * the command ran inside a step of a process (a delegate or listener of ours looked for a missing task: a bug).
   *
   * @return the engine's message, or null when the exception is anything else
   */
  static String staleTask(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof org.camunda.bpm.engine.exception.NullValueException
          && STALE_MESSAGE.matcher(message).lookingAt()
          || cause instanceof NullPointerException && message.contains("because \"task\" is null")) {
        return sentByAUser(cause.getStackTrace()) ? cause.getMessage() : null;
      }
    }
    return null;
  }

  /**
   * The engine's ways of saying the task a command names is not there; and its deployed form of such a task fails on
   * the null task itself (a NullPointerException naming it).
   */
  private static final java.util.regex.Pattern STALE_MESSAGE =
      java.util.regex.Pattern.compile("Cannot find task with id|[Tt]ask '?\\S+? (?:doesn't exist|not found)");

  private static boolean sentByAUser(StackTraceElement[] stack) {
    boolean command = false;
    for (StackTraceElement frame : stack) {
      String name = frame.getClassName();
      if (!command) {
        command = name.startsWith("org.camunda.bpm.engine.impl.") // impl.cmd, and impl for GetDeployedTaskFormCmd
            && USER_TASK_COMMANDS.contains(name.substring(name.lastIndexOf('.') + 1));
      } else if (name.startsWith("org.camunda.bpm.engine.impl.delegate.")
          || name.startsWith("org.camunda.bpm.engine.impl.pvm.")) {
        return false; // called from a step of a process
      }
    }
    return command;
  }

  static boolean refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause.getClass() == BadUserRequestException.class
          || cause.getClass() == ProcessEngineException.class && WEAK_PASSWORD.equals(cause.getMessage())) {
        return true;
      }
    }
    return false;
  }
}

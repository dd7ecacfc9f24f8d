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
 * engine throws on misuse, e.g. NotFoundException), and Camunda's refusal of a weak password, are dropped; every other
 * exception is logged as before.
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
    return refusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
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

package bd.gov.followup.ops;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Installs {@link FormRefusalLogFilter} once logging is set up, in code rather than in a logback-spring.xml: such a
 * file replaces Spring Boot's own configuration, whose base.xml always adds a log file in /tmp, where Boot's default
 * writes one only when {@code logging.file.name} asks for it.
 */
@Component
public class FormRefusalLogging {

  public FormRefusalLogging() {
    install(LoggerFactory.getILoggerFactory());
  }

  /** Once per logger context: a test JVM starts several application contexts on one. */
  static void install(ILoggerFactory factory) {
    if (factory instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(FormRefusalLogFilter.class::isInstance)) {
      FormRefusalLogFilter filter = new FormRefusalLogFilter();
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
  }
}

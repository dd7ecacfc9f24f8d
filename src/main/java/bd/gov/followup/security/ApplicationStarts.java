package bd.gov.followup.security;

import java.util.function.Supplier;

/**
 * A process the application itself starts on a user's behalf (a meeting registered from its minutes) with variables
 * of its own making, not a start form's fields: the checks of what a user's start may carry let it through.
 */
public final class ApplicationStarts {

  private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

  private ApplicationStarts() {}

  /** Runs the application's start on this thread. */
  public static <T> T run(Supplier<T> start) {
    boolean outer = running(); // a notice started inside a meeting's registration: the registration goes on after it
    RUNNING.set(Boolean.TRUE);
    try {
      return start.get();
    } finally {
      if (!outer) {
        RUNNING.remove();
      }
    }
  }

  /** True while the application starts a process on this thread. */
  public static boolean running() {
    return Boolean.TRUE.equals(RUNNING.get());
  }
}

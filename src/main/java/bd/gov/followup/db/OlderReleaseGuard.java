package bd.gov.followup.db;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A release never starts on a database a newer release has run. Started on it (a rollback by starting the old jar
 * again), a release deployed its own processes as the newest version, so meetings registered meanwhile ran on the
 * old processes; the newer processes' timers named steps it lacks and failed at 09:00 as incidents; and it widened
 * grants the newer release had narrowed — all without a word at the start. Each release marks the database with its
 * data generation ({@link #GENERATION}); a start of an older generation is refused before anything is deployed,
 * naming the way back (the backup taken before the upgrade). {@code followup.allow-older-release=true} starts it all
 * the same, for an operator who knows what the newer release changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before any plugin that writes: the grants, the admin, the directory's mark
public class OlderReleaseGuard extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(OlderReleaseGuard.class);

  /** The engine property: the highest data generation that has run on this database. */
  static final String PROPERTY = "followup.data-generation";
  static final String ALLOW = "followup.allow-older-release";

  /**
   * This release's data generation. Raise it with a release whose processes, variables or grants an earlier release
   * cannot run (a new step's bean, a new variable the reports read): 2 = the later meeting's three settlements (1 Dec
   * 2026); releases before carried no mark.
   */
  public static final int GENERATION = 2;

  private final boolean allowOlder;

  public OlderReleaseGuard(@Value("${" + ALLOW + ":false}") boolean allowOlder) {
    this.allowOlder = allowOlder;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    check(engine.getManagementService(), GENERATION);
  }

  void check(ManagementService management, int generation) {
    String marked = management.getProperties().get(PROPERTY);
    int newest = parse(marked);
    if (newest > generation) {
      if (!allowOlder) {
        throw new IllegalStateException("A newer release of Decision Follow-up (data generation " + newest + ") has run"
            + " on this database; this release is generation " + generation + ". Started on it, this release would"
            + " deploy its older processes as the newest, fail the newer processes' steps as incidents and widen"
            + " grants the newer release narrowed. Start the newer release, or restore the backup taken before the"
            + " upgrade (README: upgrading; the demo: delete ./data/demo* and start afresh). " + ALLOW
            + "=true starts it all the same.");
      }
      log.warn("{}=true: starting generation {} on a database a newer release (generation {}) has run", ALLOW,
          generation, newest);
      return;
    }
    if (newest < generation) {
      try {
        management.setProperty(PROPERTY, Integer.toString(generation));
      } catch (RuntimeException anotherNodeMarkedItFirst) {
        // nodes of a cluster starting at once on one database: the other's mark is checked as any other
        if (parse(management.getProperties().get(PROPERTY)) < generation) {
          throw anotherNodeMarkedItFirst;
        }
      }
    }
  }

  private static int parse(String marked) {
    if (marked == null) {
      return 0;
    }
    try {
      return Integer.parseInt(marked.strip());
    } catch (NumberFormatException unreadable) {
      throw new IllegalStateException("The engine property " + PROPERTY + " holds '" + marked + "', not a number: "
          + "set it right in ACT_GE_PROPERTY, or delete it");
    }
  }
}

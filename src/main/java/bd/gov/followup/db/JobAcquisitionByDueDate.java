package bd.gov.followup.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The job executor takes due jobs oldest first, through an index on the due date, instead of scanning the whole job
 * table at every acquisition.
 *
 * <p>Camunda's acquisition query has no order and no usable index: it reads {@code ACT_RU_JOB} from the start until
 * it has found a batch of due, unlocked jobs, so each acquisition costs the whole table (the future deadlines and
 * reminders of every open decision, plus, during a deadline storm, the rows of the jobs already run). With
 * {@code ensureJobDueDateNotNull} every job gets a due date (an asynchronous step: its creation time), which drops
 * the query's {@code DUEDATE_ IS NULL OR} and leaves the range {@code DUEDATE_ <= now}; with
 * {@code jobExecutorAcquireByDueDate} it is ordered by {@code DUEDATE_}, so the database walks
 * {@code FOLLOWUP_IDX_JOB_DUEDATE} from the oldest due job and stops after one batch, and an idle poll reads no
 * future timer at all. The query also excludes jobs whose process instance has a job running (exclusive jobs);
 * PostgreSQL answers that by reading the whole table for locked jobs at every acquisition unless
 * {@code FOLLOWUP_IDX_JOB_LOCKED} (partial: locked jobs only) gives it the few. Together: 12 ms → 0.3 ms per
 * acquisition with 10,000 due jobs among 110,000 (bench/README.md, round {@code acquisition-index}).
 * Jobs run in the order in which they fell due: a step that a user's action made asynchronous
 * waits behind the timers that fell due before it, as it would behind any backlog.
 *
 * <p>A job that an earlier version left without a due date would never be acquired under this query, so the start
 * gives those jobs the current time once (raising their revision, so that a node still running the old settings
 * cannot overwrite it). Every node of a cluster must run with the same setting. {@code
 * followup.job-acquisition-by-due-date: false} restores Camunda's defaults; the index then stays, unused.
 */
@Component
@ConditionalOnProperty(name = "followup.job-acquisition-by-due-date", havingValue = "true", matchIfMissing = true)
public class JobAcquisitionByDueDate extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionByDueDate.class);

  public static final String INDEX = "FOLLOWUP_IDX_JOB_DUEDATE";

  /** PostgreSQL only (a partial index): the jobs that are locked, a handful at any time. */
  public static final String LOCK_INDEX = "FOLLOWUP_IDX_JOB_LOCKED";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setJobExecutorAcquireByDueDate(true);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      int dated = prepare(configuration.getDataSource(), configuration.getDatabaseTablePrefix(),
          "postgres".equals(configuration.getDatabaseType()));
      if (dated > 0) {
        log.info("Job acquisition by due date: {} jobs without a due date were given the current time", dated);
      }
    } catch (SQLException e) {
      // without the index the query is still correct, only as slow as before; without the update, old jobs wait
      throw new IllegalStateException("Job acquisition by due date: could not prepare ACT_RU_JOB: " + e.getMessage(), e);
    }
  }

  /** Creates the indexes when missing and dates the jobs that have no due date; returns how many it dated. */
  static int prepare(DataSource dataSource, String tablePrefix, boolean postgres) throws SQLException {
    String table = (tablePrefix == null ? "" : tablePrefix) + "ACT_RU_JOB";
    try (Connection connection = dataSource.getConnection();
         var statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        createIndex(statement, "CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + table + " (DUEDATE_)");
        if (postgres) {
          createIndex(statement, "CREATE INDEX IF NOT EXISTS " + LOCK_INDEX + " ON " + table
              + " (LOCK_EXP_TIME_) WHERE LOCK_OWNER_ IS NOT NULL");
        }
        return statement.executeUpdate("UPDATE " + table
            + " SET DUEDATE_ = CURRENT_TIMESTAMP, REV_ = REV_ + 1 WHERE DUEDATE_ IS NULL");
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * Two nodes starting at once on a database without the index both pass {@code IF NOT EXISTS}; the second then
   * fails on the name when the first commits. Once more, it finds the index.
   */
  private static void createIndex(Statement statement, String sql) throws SQLException {
    try {
      statement.execute(sql);
    } catch (SQLException concurrentCreate) {
      statement.execute(sql);
    }
  }
}

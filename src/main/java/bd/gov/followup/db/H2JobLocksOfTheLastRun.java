package bd.gov.followup.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 file database a start releases the job locks left by the run before. The job executor locks
 * the jobs it acquires for five minutes ({@code lock-time-in-millis}) and never unlocks those it had not run when
 * the JVM stops; Camunda then waits for the locks to expire, so after any restart — a routine one for a new form, as
 * after a crash — notices, mails and steps held up to five minutes, and a locked mail job held every other mail of
 * its decision behind it. An embedded file database has one process (H2 locks the file), so every lock at start is
 * the last run's. Not on PostgreSQL, where other nodes' locks are live; nor for an H2 shared with AUTO_SERVER.
 */
@Component
public class H2JobLocksOfTheLastRun extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(H2JobLocksOfTheLastRun.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    try {
      int released = release(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
      if (released > 0) {
        log.info("Released {} job locks of the last run: those jobs run now, not when their locks expire", released);
      }
    } catch (SQLException e) {
      // the jobs still run, only as late as before
      log.warn("Could not release the job locks of the last run: {}", e.getMessage());
    }
    try {
      int claims = releaseMailClaims(configuration.getDataSource());
      if (claims > 0) {
        log.info("Released {} mails the last run was sending: they are sent now (again, if the server had them)",
            claims);
      }
    } catch (SQLException e) {
      // those mails still go out, when their claims lapse
      log.warn("Could not release the mail claims of the last run: {}", e.getMessage());
    }
  }

  /** Releases the locks when the database is a file of this process alone; returns how many. */
  static int release(DataSource dataSource, String tablePrefix) throws SQLException {
    return updateIfTheLastRunWasThisProcess(dataSource, "UPDATE " + (tablePrefix == null ? "" : tablePrefix)
        + "ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1 WHERE LOCK_OWNER_ IS NOT NULL");
  }

  /**
   * Releases the mail claims of the last run (notify.MailClaims): its jobs, released above, would otherwise find
   * their mails claimed by the dead run and wait five minutes for the claims to lapse. Returns how many.
   */
  static int releaseMailClaims(DataSource dataSource) throws SQLException {
    return updateIfTheLastRunWasThisProcess(dataSource, "UPDATE followup_mail_outbox SET sending_by = NULL,"
        + " sending_since = NULL WHERE sending_by IS NOT NULL");
  }

  private static int updateIfTheLastRunWasThisProcess(DataSource dataSource, String update) throws SQLException {
    try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      String url = connection.getMetaData().getURL();
      if (url == null || !url.startsWith("jdbc:h2:file:") && !url.startsWith("jdbc:h2:./")
          || url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
        return 0; // in memory (one JVM's tests share it across contexts), or shared with other processes
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        return statement.executeUpdate(update);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}

package bd.gov.followup.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL only: statistics on the two permission bits that every task list tests, so the planner knows how
 * many of a user's authorizations pass them.
 *
 * <p>Camunda's task query joins the user's and groups' authorizations with
 * {@code (RESOURCE_TYPE_ = 7 AND PERMS_ & 2 = 2 OR RESOURCE_TYPE_ = 6 AND PERMS_ & 64 = 64)}. Without statistics on
 * those expressions PostgreSQL guesses that 0.5 % of the rows pass each, estimates a clerk's 5,000 task
 * authorizations at about 24 rows, reads them all once and compares every task of the page with every one of them
 * (250,000 comparisons for a page of 50). With the statistics it looks up each task's authorization by
 * {@code RESOURCE_ID_} instead: 82 → 18 ms for an office's list at 100,000 open tasks (bench/README.md, section 3).
 *
 * <p>Created once ({@code CREATE STATISTICS IF NOT EXISTS}, PostgreSQL 14 or later) after Camunda's schema exists,
 * then {@code ANALYZE ACT_RU_AUTHORIZATION} so that they count at once; autovacuum keeps them current. An older
 * server or a missing right only costs the speed-up: the start goes on with a warning. Remove with
 * {@code DROP STATISTICS followup_stx_auth_perms}. {@code followup.postgres-task-list-statistics: false} leaves
 * them out.
 */
@Component
@ConditionalOnProperty(name = "followup.postgres-task-list-statistics", havingValue = "true", matchIfMissing = true)
public class PostgresTaskListStatistics extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(PostgresTaskListStatistics.class);

  public static final String NAME = "followup_stx_auth_perms";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try {
      if (create(configuration.getDataSource())) {
        log.info("PostgreSQL: created statistics {} on ACT_RU_AUTHORIZATION's permission bits", NAME);
      }
    } catch (SQLException e) {
      log.warn("PostgreSQL: statistics {} not created (the task lists work, slower): {}", NAME, e.getMessage());
    }
  }

  /** Creates the statistics and analyzes the table when they are missing; true if it created them. */
  static boolean create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
         var statement = connection.createStatement()) {
      if (exists(connection)) {
        return false;
      }
      statement.execute("CREATE STATISTICS IF NOT EXISTS " + NAME
          + " ON (PERMS_ & 2), (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION");
      statement.execute("ANALYZE ACT_RU_AUTHORIZATION");
      return true;
    }
  }

  /** True when the statistics exist in the connection's schema search path. */
  public static boolean exists(Connection connection) throws SQLException {
    try (var query = connection.prepareStatement("SELECT 1 FROM pg_statistic_ext s"
        + " JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE s.stxname = ? AND n.nspname = ANY (current_schemas(false))")) {
      query.setString(1, NAME);
      try (var rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}

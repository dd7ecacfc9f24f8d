package bd.gov.followup.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One node at a time brings the shared database in line with its files after the deployment: the directory's groups,
 * grants and Tasklist filters, the committees' handover, the open tasks' office choices. Each of those steps reads
 * what is there and adds what is missing; two nodes of a cluster started together (a restart after a new directory
 * file, containers started at once) both found a chair's filter missing and both created it, so every official saw
 * it twice, and both handed a meeting over. The lock is the row Camunda's own engines serialize their start on
 * ({@code startup.lock} in {@code ACT_GE_PROPERTY}, locked {@code FOR UPDATE}), held on a connection of its own from
 * before the first of those steps to after the last; a node started meanwhile waits for it, then finds the work done.
 */
@Component
public class ClusterStartupLock implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);

  private final DataSource dataSource;
  private final ProcessEngine engine;
  private Connection held;

  public ClusterStartupLock(DataSource dataSource, @Lazy ProcessEngine engine) {
    this.dataSource = dataSource;
    this.engine = engine;
  }

  /** Before the first post-deployment step. */
  @EventListener(PostDeployEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public synchronized void acquire() throws SQLException {
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    Connection connection = dataSource.getConnection();
    long start = System.nanoTime();
    try {
      connection.setAutoCommit(false);
      try (Statement lock = connection.createStatement()) {
        lock.executeQuery("SELECT VALUE_ FROM " + (prefix == null ? "" : prefix)
            + "ACT_GE_PROPERTY WHERE NAME_ = 'startup.lock' FOR UPDATE").close();
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    held = connection;
    long waited = (System.nanoTime() - start) / 1_000_000;
    if (waited >= 1_000) {
      log.info("Waited {} ms for another node to finish its start", waited);
    }
  }

  /** After the last post-deployment step. */
  @EventListener(PostDeployEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      connection.rollback(); // nothing was written: the lock goes with the transaction
    } catch (SQLException e) {
      log.warn("The start lock's connection did not close cleanly ({}); the database ends its transaction", e.getMessage());
    } finally {
      held = null;
    }
  }

  /** A start that failed on the way: the lock goes before the pool does. */
  @Override
  public void destroy() {
    release();
  }
}

package bd.gov.followup.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Nodes started together bring the database in line with their files one at a time ({@code db.ClusterStartupLock}):
 * each read the Tasklist filters, found one missing (after an upgrade that adds one, or a new directory file) and
 * created it, so every official saw it twice. Here another node is in the middle of its start (it holds the lock, as
 * {@code ClusterStartupLock} does) while a second JVM starts on a database whose filters are missing: that node waits
 * for the lock before it makes any, then makes each once.
 */
class NodesStartedTogetherTest {

  private String url;
  private NodeProcess node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) node.close();
    if (url != null) PostgresDatabases.drop(url);
  }

  @Test
  void aNodeStartedWhileAnotherStarts_waitsForIt_thenMakesEachFilterOnce() throws Exception {
    PostgresDatabases.assumeReachable();
    url = PostgresDatabases.createFresh("together");
    // the first node alone on the empty database: the schema, the processes, the filters (bench/README.md)
    List<String> filters;
    try (Node first = Node.postgres("node-0", url, Map.of())) {
      filters = jdbc().queryForList("select name_ from act_ru_filter order by name_", String.class);
      first.engine().getFilterService().createFilterQuery().list()
          .forEach(filter -> first.engine().getFilterService().deleteFilter(filter.getId()));
    }
    assertThat(filters).as("the directory's filters").hasSizeGreaterThan(3);

    try (Connection starting = DriverManager.getConnection(url, PostgresDatabases.user(), PostgresDatabases.password())) {
      // another node in the middle of its start
      starting.setAutoCommit(false);
      starting.createStatement()
          .executeQuery("select value_ from act_ge_property where name_ = 'startup.lock' for update").close();
      node = NodeProcess.start("node-a", url + "?ApplicationName=node-a",
          Map.of("camunda.bpm.job-execution.enabled", false), Path.of("target", "together", "node-a.log"));
      await("node-a waiting for the start lock").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
          .until(() -> {
            assertThat(node.tail(3)).as("node-a finished its start without waiting").doesNotContain(NodeMain.READY);
            return jdbc().queryForObject("select count(*) from pg_stat_activity where application_name = 'node-a'"
                + " and wait_event_type = 'Lock'", Integer.class) > 0;
          });
      assertThat(jdbc().queryForObject("select count(*) from act_ru_filter", Integer.class))
          .as("no filter made while the other node starts").isZero();
      starting.rollback(); // that node's start is over
    }
    node.awaitReady(Duration.ofMinutes(4));

    assertThat(jdbc().queryForList("select name_ from act_ru_filter order by name_", String.class))
        .as("each filter once").isEqualTo(filters);
  }

  private JdbcTemplate jdbc() {
    return new JdbcTemplate(new DriverManagerDataSource(url, PostgresDatabases.user(), PostgresDatabases.password()));
  }
}

package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A start on the H2 file releases the mail claims of the run before (notify.MailClaims), as it releases its job
 * locks: an embedded file has one process, so a claim at start is a dead run's, and its mail goes out now instead of
 * when the claim lapses five minutes later. Never on a database that others may share (in memory here).
 */
class H2MailClaimsOfTheLastRunTest {

  @Test
  void aStartOnTheFileReleasesTheClaims_notInMemory(@TempDir Path dir) throws Exception {
    JdbcDataSource file = h2("jdbc:h2:file:" + dir.resolve("followup").toAbsolutePath());
    JdbcDataSource memory = h2("jdbc:h2:mem:claims-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    for (JdbcDataSource database : new JdbcDataSource[] {file, memory}) {
      new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(database);
      new JdbcTemplate(database).update("INSERT INTO followup_mail_outbox (id, recipient, subject, body, queued_at,"
          + " sending_by, sending_since) VALUES ('m1', 'ac-ict@jhenaidah.test', 's', 'b', ?, 'node-dead x', ?)",
          new Timestamp(0), new Timestamp(0));
    }

    assertThat(H2JobLocksOfTheLastRun.releaseMailClaims(file)).isEqualTo(1);
    assertThat(H2JobLocksOfTheLastRun.releaseMailClaims(memory)).isZero();

    assertThat(claimant(file)).isNull();
    assertThat(claimant(memory)).as("in memory: maybe another context's, alive").isEqualTo("node-dead x");
  }

  static JdbcDataSource h2(String url) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    return source;
  }

  static String claimant(JdbcDataSource database) {
    return new JdbcTemplate(database).queryForObject("SELECT sending_by FROM followup_mail_outbox WHERE id = 'm1'",
        String.class);
  }
}

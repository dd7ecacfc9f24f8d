package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.DecisionFollowupApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A rollback by starting the older jar on the upgraded database is refused at the start, with the way back; it
 * starts only when the operator says so. Each start is the whole application on one H2 file.
 */
class OlderReleaseGuardTest {

  @TempDir Path data;

  @Test
  void aDatabaseANewerReleaseRan_refusesThisRelease_unlessAllowed() throws Exception {
    String url = "jdbc:h2:file:" + data.resolve("followup").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    start(url).close();
    assertThat(mark(url)).as("the first start marks the database").isEqualTo(String.valueOf(OlderReleaseGuard.GENERATION));

    // as the next release will have left it
    String newer = String.valueOf(OlderReleaseGuard.GENERATION + 1);
    execute(url, "UPDATE ACT_GE_PROPERTY SET VALUE_ = '" + newer + "' WHERE NAME_ = '" + OlderReleaseGuard.PROPERTY + "'");
    assertThatThrownBy(() -> start(url).close())
        .hasStackTraceContaining("A newer release of Decision Follow-up (data generation " + newer + ") has run on this"
            + " database; this release is generation " + OlderReleaseGuard.GENERATION)
        .hasStackTraceContaining("restore the backup taken before the upgrade");

    start(url, "--" + OlderReleaseGuard.ALLOW + "=true").close();
    assertThat(mark(url)).as("allowed, it leaves the newer mark").isEqualTo(newer);
  }

  private static String mark(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
         Statement s = c.createStatement();
         ResultSet rows = s.executeQuery(
             "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = '" + OlderReleaseGuard.PROPERTY + "'")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
         Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(String url, String... more) {
    String[] args = {
      "--spring.profiles.active=processtest",
      "--spring.main.banner-mode=off",
      "--server.port=0",
      "--spring.datasource.url=" + url,
      "--spring.datasource.username=sa",
      "--spring.datasource.password="};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return new SpringApplicationBuilder(DecisionFollowupApplication.class).run(all);
  }
}

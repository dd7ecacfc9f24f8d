package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A statement that meets a row another transaction holds waits for that transaction as long as a busy server may
 * take to commit, and then sees its outcome. H2 gives up after 2 s by default: on a loaded server the same minutes
 * sent twice at once got "Timeout trying to lock table" (an error) instead of "registered already".
 */
class H2LockWaitTest {

  /** Longer than H2's default lock timeout (2 s), well within the application's. */
  private static final long HELD_MILLIS = 3_000;

  @ParameterizedTest
  @ValueSource(strings = {"application.yaml", "application-demo.yaml"})
  void aSecondInsertOfAKeyHeldBeyondTwoSecondsWaitsAndIsRefusedAsADuplicate(String configuration, @TempDir Path dir)
      throws Exception {
    String url = H2DurabilityTest.configuredUrl(configuration).replaceFirst("jdbc:h2:file:[^;]+", "jdbc:h2:file:"
        + dir.resolve("followup").toAbsolutePath().toString().replace('\\', '/'));
    try (Connection first = DriverManager.getConnection(url, "sa", "");
        Connection second = DriverManager.getConnection(url, "sa", "")) {
      first.createStatement().execute("create table memo_key (memo varchar(50) primary key)");
      first.setAutoCommit(false);
      first.createStatement().execute("insert into memo_key values ('৫৬.০৪.৪৪০০')");

      CompletableFuture<Throwable> secondInsert = CompletableFuture.supplyAsync(() -> catchThrowable(() ->
          second.createStatement().execute("insert into memo_key values ('৫৬.০৪.৪৪০০')")));
      Thread.sleep(HELD_MILLIS);
      first.commit();

      Throwable refused = secondInsert.get(30, TimeUnit.SECONDS);
      assertThat(refused).as(url).isInstanceOf(SQLException.class);
      assertThat(((SQLException) refused).getSQLState()).as(refused.getMessage()).isEqualTo("23505"); // unique key
    }
  }
}

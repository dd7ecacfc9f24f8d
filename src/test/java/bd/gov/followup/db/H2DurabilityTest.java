package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A commit on the embedded H2 database is on disk when it returns: a JVM killed right after (kill -9, the OOM killer,
 * systemd's stop timeout) keeps it. H2 writes commits up to 500 ms late by default, and a report an official had
 * been answered 204 for was open again after such a kill. Checked with the datasource URL as the application's
 * profiles configure it, in a JVM of its own that commits and halts at once.
 */
class H2DurabilityTest {

  @ParameterizedTest
  @ValueSource(strings = {"application.yaml", "application-demo.yaml"})
  void aCommitSurvivesTheJvmKilledRightAfter(String configuration, @TempDir Path dir) throws Exception {
    String url = configuredUrl(configuration).replaceFirst("jdbc:h2:file:[^;]+", "jdbc:h2:file:"
        + dir.resolve("followup").toAbsolutePath().toString().replace('\\', '/'));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url)
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(CommitThenHalt.HALTED);

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows = connection.createStatement().executeQuery("select count(*) from committed")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the commits made before the kill, with " + url).isEqualTo(3);
    }
  }

  static String configuredUrl(String file) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(file));
    Properties properties = yaml.getObject();
    String url = properties.getProperty("spring.datasource.url");
    assertThat(url).as(file).startsWith("jdbc:h2:file:");
    return url;
  }

  /** Commits three rows, one transaction each, then halts the JVM as kill -9 would: no shutdown hook, no close. */
  public static final class CommitThenHalt {
    static final int HALTED = 42;

    public static void main(String[] args) throws Exception {
      Connection connection = DriverManager.getConnection(args[0], "sa", "");
      connection.createStatement().execute("create table committed (id int)");
      connection.setAutoCommit(false);
      for (int i = 1; i <= 3; i++) {
        connection.createStatement().execute("insert into committed values (" + i + ")");
        connection.commit();
      }
      Runtime.getRuntime().halt(HALTED);
    }
  }
}

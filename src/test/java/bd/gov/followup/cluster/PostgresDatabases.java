package bd.gov.followup.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for tests: one per Spring context, so runs and contexts never see each other's data.
 * Server from system properties {@code pgtest.host}, {@code pgtest.port}, {@code pgtest.user}, {@code pgtest.password}
 * (or {@code PGTEST_HOST}…, or libpq's {@code PGHOST}…, as {@code .ci/postgres.sh} reads them); defaults:
 * 127.0.0.1:5432, postgres, no password (trust), as on the CI machine.
 */
public final class PostgresDatabases {

  /** Databases this class creates start with this; {@code .ci/postgres.sh} drops leftovers. */
  public static final String PREFIX = "followup_t_";

  private PostgresDatabases() {}

  public static String host() { return setting("pgtest.host", "PGHOST", "127.0.0.1"); }
  public static String port() { return setting("pgtest.port", "PGPORT", "5432"); }
  public static String user() { return setting("pgtest.user", "PGUSER", "postgres"); }
  public static String password() { return setting("pgtest.password", "PGPASSWORD", ""); }

  /** CI, which starts the server, sets this ({@code PGTEST_REQUIRED=true}): a missing server fails, not skips. */
  public static boolean required() {
    return Boolean.parseBoolean(setting("pgtest.required", "PGTEST_REQUIRED", "false"));
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
  }

  /** True when the server answers within two seconds. */
  public static boolean reachable() {
    DriverManager.setLoginTimeout(2);
    try (Connection ignored = DriverManager.getConnection(url("postgres"), user(), password())) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * For tests that need the server: fails when {@code -Dpgtest.required=true} (CI, which starts the server) and it
   * does not answer; otherwise skips the test.
   */
  public static void assumeReachable() {
    boolean reachable = reachable();
    if (required()) {
      assertThat(reachable)
          .as("PostgreSQL on %s:%s (start it: .ci/postgres.sh)", host(), port()).isTrue();
    }
    Assumptions.assumeTrue(reachable, "PostgreSQL is not reachable");
  }

  /** Creates an empty database with a unique name and returns its JDBC URL. */
  public static String createFresh(String label) {
    String name = PREFIX + label + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + " on " + url("postgres")
          + " (start PostgreSQL: .ci/postgres.sh)", e);
    }
    return url(name);
  }

  /**
   * The JDBC URL of a named database of the benchmark's own, kept between runs; created (empty) when missing. Its
   * name must start with {@link #PREFIX} too, so that {@code .ci/postgres.sh} clears it away with the rest.
   */
  public static String createIfMissing(String name) {
    if (!name.startsWith(PREFIX) || !name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("a kept benchmark database is named " + PREFIX + "…: " + name);
    }
    try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
         Statement s = c.createStatement();
         var found = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      if (!found.next()) {
        s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + name + " on " + url("postgres"), e);
    }
    return url(name);
  }

  /** Drops a database made by {@link #createFresh}, closing whatever still holds it. */
  public static void drop(String jdbcUrl) {
    String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    if (!name.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a test database: " + name);
    }
    try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
         Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop " + name, e);
    }
  }

  /** A system property, else its environment form ({@code PGTEST_HOST}), else libpq's own ({@code PGHOST}). */
  private static String setting(String key, String libpqVariable, String fallback) {
    String value = System.getProperty(key);
    if (value == null) {
      value = System.getenv(key.toUpperCase().replace('.', '_'));
    }
    if (value == null) {
      value = System.getenv(libpqVariable);
    }
    return value == null ? fallback : value;
  }
}

package bd.gov.followup.cluster;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Profile {@code pgtest}: every Spring context that a test starts gets a fresh PostgreSQL database of its own,
 * whatever datasource its other profiles name (e.g. the in-memory H2 of {@code processtest}). Registered in
 * {@code src/test/resources/META-INF/spring.factories}; does nothing without the profile. Activate it beside a test's
 * own profiles with {@code -Dspring.profiles.include=pgtest} (a test's {@code @ActiveProfiles} overrides
 * {@code spring.profiles.active}, not {@code include}).
 */
public class PostgresTestEnvironment implements EnvironmentPostProcessor, Ordered {

  public static final String PROFILE = "pgtest";

  /** Set by a test whose contexts must share one database instead of a fresh one each. */
  public static final String SHARED_DATABASE_URL = "pgtest.database-url";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)
        || environment.getPropertySources().contains("pgtest-database")) {
      return;
    }
    // a test that restarts the application on the same database names it (RestartAfterDowntimeTest)
    String url = environment.getProperty(SHARED_DATABASE_URL);
    if (url == null || url.isBlank()) {
      url = PostgresDatabases.createFresh("pt");
    }
    environment.getPropertySources().addFirst(new MapPropertySource("pgtest-database", Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", PostgresDatabases.user(),
        "spring.datasource.password", PostgresDatabases.password(),
        "spring.datasource.driver-class-name", "org.postgresql.Driver")));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the config files, so the active profiles are known
  }
}

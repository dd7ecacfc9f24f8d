package bd.gov.followup.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.DecisionFollowupApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class SchemaVersionCheckTest {

  @TempDir Path data;

  @Test
  void schemaOfTheEngine_orOneMinorAhead_isAccepted() {
    assertThatCode(() -> SchemaVersionCheck.check(List.of("7.23.0", "7.24.0"), "7.24.0")).doesNotThrowAnyException();
    assertThatCode(() -> SchemaVersionCheck.check(List.of("7.24.0", "7.24.1"), "7.24.3")).doesNotThrowAnyException();
    assertThatCode(() -> SchemaVersionCheck.check(List.of("7.25.0"), "7.24.0")).doesNotThrowAnyException();
    assertThatCode(() -> SchemaVersionCheck.check(List.of(), "7.24.0")).doesNotThrowAnyException();
  }

  @Test
  void olderSchema_isRefused_namingTheUpgradeScript() {
    assertThatThrownBy(() -> SchemaVersionCheck.check(List.of("7.22.0", "7.23.0"), "7.24.0"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("schema is version 7.23")
        .hasMessageContaining("_engine_7.23_to_7.24.sql");
    assertThatThrownBy(() -> SchemaVersionCheck.check(List.of("7.20.0"), "7.24.0"))
        .as("several versions behind: the first script, which exists").hasMessageContaining("_engine_7.20_to_7.21.sql")
        .hasMessageContaining("ends in 7.24");
    assertThatThrownBy(() -> SchemaVersionCheck.check(List.of("6.9.0"), "7.0.0"))
        .hasMessageContaining("older");
  }

  @Test
  void schemaTwoMinorVersionsAhead_isRefused() {
    assertThatThrownBy(() -> SchemaVersionCheck.check(List.of("7.26.0"), "7.24.0"))
        .hasMessageContaining("newer than this application's engine");
    assertThatThrownBy(() -> SchemaVersionCheck.check(List.of("8.0.0"), "7.24.0"))
        .hasMessageContaining("newer");
  }

  @Test
  void applicationRefusesToStart_onADatabaseWhoseUpgradeScriptsWereNotRun() throws Exception {
    String url = "jdbc:h2:file:" + data.resolve("followup").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    // first start: Camunda creates the schema of its own release, and the check accepts it
    start(url).close();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
         Statement s = c.createStatement()) {
      var rows = s.executeQuery("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).startsWith(ProductPropertiesUtil.getProductVersion().replaceAll("^(\\d+\\.\\d+).*", "$1"));
      // the database as a release one minor version older would have left it
      s.executeUpdate("UPDATE ACT_GE_SCHEMA_LOG SET VERSION_ = '7.23.0'");
    }
    assertThatThrownBy(() -> start(url).close())
        .hasStackTraceContaining("The database's Camunda schema is version 7.23, older than this application's engine");
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(DecisionFollowupApplication.class).run(
        "--spring.profiles.active=processtest",
        "--spring.main.banner-mode=off",
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=sa",
        "--spring.datasource.password=");
  }
}

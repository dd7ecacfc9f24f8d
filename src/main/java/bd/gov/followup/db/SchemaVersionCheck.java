package bd.gov.followup.db;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.management.SchemaLogEntry;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database whose Camunda schema is older than the engine: the schema's version is the newest
 * in Camunda's own log ({@code ACT_GE_SCHEMA_LOG}, written by the create and upgrade scripts).
 *
 * <p>Camunda checks only that its tables exist ({@code schema-update: true} creates missing ones, {@code false}
 * checks their presence), never their version. A new release of this application on a database whose upgrade
 * scripts were not run would start and then fail on the first query that meets a missing column, in front of the
 * officials. A schema one minor version ahead is accepted with a warning: Camunda's rolling update runs the old
 * engine on the upgraded schema while nodes are replaced one by one.
 */
@Component
public class SchemaVersionCheck extends SpringBootProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(SchemaVersionCheck.class);

  private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    List<SchemaLogEntry> entries = engine.getManagementService().createSchemaLogQuery().list();
    // ProcessEngine.VERSION is a legacy constant ("fox"); the release is in the engine's product properties
    check(entries.stream().map(SchemaLogEntry::getVersion).toList(), ProductPropertiesUtil.getProductVersion());
  }

  /** Throws when the schema (the highest version in its log) is older, or more than one minor version newer. */
  static void check(List<String> schemaLogVersions, String engineVersion) {
    Optional<int[]> schema = schemaLogVersions.stream()
        .map(SchemaVersionCheck::majorMinor)
        .flatMap(Optional::stream)
        .max(Comparator.<int[]>comparingInt(v -> v[0]).thenComparingInt(v -> v[1]));
    int[] engine = majorMinor(engineVersion).orElseThrow(
        () -> new IllegalStateException("engine version not understood: " + engineVersion));
    if (schema.isEmpty()) {
      log.warn("Camunda's schema log is empty: the database's schema version cannot be checked");
      return;
    }
    int[] found = schema.get();
    String foundText = found[0] + "." + found[1];
    String engineText = engine[0] + "." + engine[1];
    int distance = (found[0] - engine[0]) * 1000 + (found[1] - engine[1]);
    if (distance < 0) {
      throw new ProcessEngineException("The database's Camunda schema is version " + foundText + ", older than this"
          + " application's engine (" + engineVersion + "). Run Camunda's upgrade scripts on the database first, from"
          + " sql/upgrade/*_engine_" + foundText + "_to_" + found[0] + "." + (found[1] + 1) + ".sql up to the one that"
          + " ends in " + engineText + ", then start again.");
    }
    if (distance > 1) {
      throw new ProcessEngineException("The database's Camunda schema is version " + foundText + ", newer than this"
          + " application's engine (" + engineVersion + ") by more than one minor version: start the release that"
          + " matches the database.");
    }
    if (distance == 1) {
      log.warn("The database's Camunda schema ({}) is one minor version ahead of this engine ({}): accepted for a"
          + " rolling update; replace this node with the new release.", foundText, engineVersion);
    }
  }

  private static Optional<int[]> majorMinor(String version) {
    Matcher matcher = version == null ? null : MAJOR_MINOR.matcher(version.trim());
    if (matcher == null || !matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))});
  }
}

package bd.gov.followup.cluster;

import bd.gov.followup.DecisionFollowupApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node in this JVM: the whole application (web, REST, webapps, job executor) with the
 * {@code postgres} profile on a given database, on a free port, with its own engine name and job-log hostname.
 */
public final class Node implements AutoCloseable {

  private final String name;
  private final ConfigurableApplicationContext context;

  private Node(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  /** Starts a node on PostgreSQL ({@code postgres} profile, as in production); extra properties win. */
  public static Node postgres(String name, String jdbcUrl, Map<String, Object> extra) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("DB_URL", jdbcUrl);
    properties.put("DB_USER", PostgresDatabases.user());
    properties.put("DB_PASSWORD", PostgresDatabases.password());
    properties.put("spring.datasource.hikari.pool-name", "db-" + name);
    properties.putAll(extra);
    return start(name, "postgres", properties);
  }

  /** Starts a node with the given profile (e.g. {@code bench-h2}) and properties. */
  public static Node start(String name, String profiles, Map<String, Object> extra) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", 0);
    properties.put("camunda.bpm.generate-unique-process-engine-name", true);
    properties.put("camunda.bpm.generate-unique-process-application-name", true);
    // the job log's HOSTNAME_ column names the node that ran each job
    properties.put("camunda.bpm.generic-properties.properties.hostname", name);
    properties.put("spring.main.banner-mode", "off");
    properties.put("followup.unhardened-test-run", true); // a test node, neither prod nor demo (ProfileGuard)
    properties.putAll(extra);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(DecisionFollowupApplication.class)
        .profiles(profiles.split(","))
        // as command-line arguments: they win over application.yaml (builder properties are only defaults)
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    return new Node(name, context);
  }

  public String name() { return name; }

  public ProcessEngine engine() { return context.getBean(ProcessEngine.class); }

  public <T> T bean(Class<T> type) { return context.getBean(type); }

  public int port() { return ((WebServerApplicationContext) context).getWebServer().getPort(); }

  public boolean running() { return context.isActive(); }

  @Override
  public void close() {
    if (context.isActive()) {
      context.close();
    }
  }
}

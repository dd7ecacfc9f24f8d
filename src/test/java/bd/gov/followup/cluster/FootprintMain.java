package bd.gov.followup.cluster;

import bd.gov.followup.DecisionFollowupApplication;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark 4 of issue 8, run in a JVM of its own (FollowupBench starts it): starts the application, or the bare
 * Camunda Spring Boot application (the same engine, REST API and webapps from the same classpath and
 * application.yaml, none of our beans or processes), on a fresh H2 file; prints the seconds from JVM start until
 * the context is ready and the resident memory (VmRSS after a GC, and the peak VmHWM) as one line, then exits.
 */
public final class FootprintMain {

  /** The bare engine: Camunda's auto-configuration only, scanning this empty class's package for nothing. */
  @SpringBootApplication(scanBasePackages = "bd.gov.followup.cluster.bare")
  static class BareCamunda {}

  public static void main(String[] args) throws Exception {
    boolean bare = "bare".equals(args[0]);
    String h2 = args[1];
    ConfigurableApplicationContext context = new SpringApplicationBuilder(
        bare ? BareCamunda.class : DecisionFollowupApplication.class)
        .profiles("bench")
        .run("--server.port=0", "--spring.main.banner-mode=off", "--followup.unhardened-test-run=true",
            "--spring.datasource.url=jdbc:h2:file:" + h2 + ";DB_CLOSE_ON_EXIT=FALSE",
            // the bare engine deploys nothing (our BPMN would need our beans); the application deploys its own
            "--camunda.bpm.auto-deployment-enabled=" + !bare);
    double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    System.gc();
    // a benchmark's main, not a test: wall-clock time for the collector to hand memory back before RSS is read
    Thread.sleep(2000);
    long rss = status("VmRSS:");
    long peak = status("VmHWM:");
    System.out.printf("FOOTPRINT %s %.2f %d %d%n", bare ? "bare" : "app", seconds, rss, peak);
    SpringApplication.exit(context);
    System.exit(0);
  }

  /** A kB figure from /proc/self/status. */
  static long status(String field) throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field))
        .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
  }
}

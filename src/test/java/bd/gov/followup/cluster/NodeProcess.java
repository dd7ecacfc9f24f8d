package bd.gov.followup.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application node in a second JVM ({@link NodeMain} on this JVM's classpath), on PostgreSQL like
 * {@link Node#postgres}, so that it can be killed as a crash kills it: {@link #kill()} sends SIGKILL, which no
 * shutdown hook, finally block or connection pool sees. Its output goes to a log file.
 */
public final class NodeProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile(NodeMain.READY + " name=\\S+ lockOwner=(\\S+)");

  private final String name;
  private final Process process;
  private final Path log;
  private String lockOwner;

  private NodeProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Launches the node; it starts in the background ({@link #awaitReady}). */
  public static NodeProcess start(String name, String jdbcUrl, Map<String, Object> extra, Path log) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", // a short life: start fast, stay small
        "-Dfile.encoding=UTF-8",
        "-cp", classpath(),
        NodeMain.class.getName(), name, jdbcUrl));
    extra.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start(); // standard input stays a pipe: NodeMain exits when it closes
      return new NodeProcess(name, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot launch " + name, e);
    }
  }

  /** Surefire runs tests from a manifest-only jar and names the real classpath in this property. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** Waits until the node's application context is up; fails with the log's tail if it dies first. */
  public NodeProcess awaitReady(Duration timeout) {
    await(name + " ready (log " + log + ")").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(40));
      }
      Matcher ready = READY.matcher(text());
      if (ready.find()) {
        lockOwner = ready.group(1);
        return true;
      }
      return false;
    });
    return this;
  }

  /** The job executor's lock owner: {@code ACT_RU_JOB.LOCK_OWNER_} of the jobs this node has acquired. */
  public String lockOwner() { return lockOwner; }

  public String name() { return name; }

  public long pid() { return process.pid(); }

  /** SIGKILL, as the kernel's OOM killer or a pulled plug would; returns the exit status (128 + 9). */
  public int kill() throws IOException, InterruptedException {
    int kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
    if (kill != 0) {
      throw new IllegalStateException("kill -9 " + process.pid() + " failed with " + kill);
    }
    return process.waitFor();
  }

  public String tail(int lines) throws IOException {
    List<String> all = text().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** The log so far (bytes cut mid-character while the node writes are replaced, not refused). */
  private String text() throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}

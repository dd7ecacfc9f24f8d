package bd.gov.followup.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The main of a node in a JVM of its own ({@link NodeProcess} launches it): {@code NodeMain <name> <jdbc-url>
 * [--key=value …]} starts {@link Node#postgres} and prints {@value #READY} with the job executor's lock owner, which
 * names the node's locks in {@code ACT_RU_JOB.LOCK_OWNER_}. It exits when its standard input closes, so it never
 * outlives the test JVM that started it (unless that JVM itself is killed).
 */
public final class NodeMain {

  static final String READY = "NODE READY";

  private NodeMain() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    String jdbcUrl = args[1];
    Map<String, Object> extra = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] pair = args[i].substring(2).split("=", 2);
      extra.put(pair[0], pair[1]);
    }
    Node node = Node.postgres(name, jdbcUrl, extra);
    String lockOwner = ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration())
        .getJobExecutor().getLockOwner();
    System.out.println(READY + " name=" + name + " lockOwner=" + lockOwner);
    System.out.flush();
    while (System.in.read() != -1) {
      // the parent writes nothing; EOF means it went away
    }
    node.close();
    System.exit(0);
  }
}

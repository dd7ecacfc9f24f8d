package bd.gov.followup.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * An earlier release's decision process (src/test/resources/previous-versions), deployed as an upgraded installation
 * still runs it: beside this release's forms and DMN, which formRefBinding="deployment" finds next to the BPMN. It
 * becomes the newest version until the test deletes its deployment.
 */
public final class EarlierProcessVersions {

  private EarlierProcessVersions() {}

  public static Deployment deploy(ProcessEngine engine, String bpmnResource) throws IOException {
    var deployment = engine.getRepositoryService().createDeployment().name("earlier version (test)")
        .addClasspathResource(bpmnResource);
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form") || f.toString().endsWith(".dmn")).toList()) {
        deployment.addString(file.getFileName().toString(), Files.readString(file));
      }
    }
    return deployment.deploy();
  }
}

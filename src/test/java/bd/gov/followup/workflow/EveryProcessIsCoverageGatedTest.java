package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The coverage gate checks only the processes a test class ran: a new diagram in {@code processes/}, or a process
 * test class that loses its coverage configuration, would go unchecked without a word. So every executable process
 * of {@code processes/} must belong to exactly one process test class that imports a configuration asking for
 * 100 % of that process (and excluding every other, which its own class gates), and that checks the library's
 * report afterwards ({@link CoverageMeasuredListener}).
 */
class EveryProcessIsCoverageGatedTest {

  record Gate(Class<?> testClass, Class<?> configuration, ProcessEngineCoverageProperties properties) {}

  static final List<Gate> GATES = List.of(
      new Gate(DecisionFollowupProcessTest.class, DecisionCoverageConfiguration.class,
          new DecisionCoverageConfiguration().processEngineCoverageProperties()),
      new Gate(MeetingFollowupProcessTest.class, MeetingCoverageConfiguration.class,
          new MeetingCoverageConfiguration().processEngineCoverageProperties()),
      new Gate(NoticeProcessTest.class, NoticeCoverageConfiguration.class,
          new NoticeCoverageConfiguration().processEngineCoverageProperties()));

  @Test
  void everyProcessOfTheDiagramsHasOneTestClassThatMustCoverAllOfIt() throws IOException {
    Set<String> processes = executableProcesses(Path.of("processes"));
    assertThat(processes).contains("DecisionFollowup", "MeetingFollowup", "Notice");

    Map<String, Class<?>> gatedBy = new HashMap<>();
    for (Gate gate : GATES) {
      String name = gate.testClass().getSimpleName();
      Import imported = gate.testClass().getAnnotation(Import.class);
      assertThat(imported).as(name + " imports the coverage listener and its configuration").isNotNull();
      assertThat(imported.value()).as(name).contains(ProcessEngineCoverageConfiguration.class, gate.configuration());
      TestExecutionListeners listeners = gate.testClass().getAnnotation(TestExecutionListeners.class);
      assertThat(listeners).as(name + " checks the coverage was measured").isNotNull();
      assertThat(listeners.listeners()).as(name).contains(CoverageMeasuredListener.class);
      assertThat(listeners.mergeMode()).as(name + " keeps the library's listener")
          .isEqualTo(TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS);
      assertThat(gate.properties().getClassCoverageAssertionConditions()).as(name + ": 100 % asked")
          .isNotEmpty()
          .allMatch(condition -> condition.matches(1.0) && !condition.matches(0.999));
      Set<String> covered = new TreeSet<>(processes);
      covered.removeAll(gate.properties().getExcludedProcessDefinitionKeys());
      assertThat(covered).as(name + " gates one process").hasSize(1);
      assertThat(gatedBy.put(covered.iterator().next(), gate.testClass())).as("gated by one class only").isNull();
    }
    assertThat(gatedBy.keySet()).as("every process of processes/ is gated").isEqualTo(processes);
  }

  static Set<String> executableProcesses(Path folder) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable).map(Process::getId).forEach(ids::add);
      }
    }
    return ids;
  }
}

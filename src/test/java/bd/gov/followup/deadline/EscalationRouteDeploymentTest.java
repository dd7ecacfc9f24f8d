package bd.gov.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the DMN into a bare in-memory engine (no Spring): the engine enforces a history time to live and parses
 * the file the way the application will.
 */
class EscalationRouteDeploymentTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() throws Exception {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setProcessEngineName("escalation-route-test")
            .setJdbcUrl("jdbc:h2:mem:escalation-route-test;DB_CLOSE_DELAY=-1")
            .setJobExecutorActivate(false)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .buildProcessEngine();
    try (InputStream dmn = Files.newInputStream(Path.of("processes/escalation-route.dmn"))) {
      engine.getRepositoryService().createDeployment().addInputStream("escalation-route.dmn", dmn).deploy();
    }
  }

  @AfterAll
  static void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void deploysWithItsHistoryTimeToLive() {
    DecisionDefinition definition =
        engine.getRepositoryService()
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey("EscalationRoute")
            .singleResult();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    assertThat(definition.getName()).isEqualTo("এসকেলেশন পথ / Escalation route");
  }

  @Test
  void evaluatesThroughTheDecisionService() {
    DmnDecisionResult result =
        engine.getDecisionService()
            .evaluateDecisionByKey("EscalationRoute")
            .variables(Variables.createVariables().putValue("officeLevel", "union").putValue("workingDaysLate", 6))
            .evaluate();
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("notifyGroups", "office,uno,adc")
        .containsEntry("escalateTo", "adc");
  }
}

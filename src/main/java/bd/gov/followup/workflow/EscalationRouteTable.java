package bd.gov.followup.workflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The EscalationRoute table (escalation-route.dmn) as Task_RouteEscalation asks it, once per late office. The table
 * is the one deployed with the decision's process definition (what {@code decisionRefBinding="deployment"} would
 * pick), so a running decision keeps the rules it started with.
 *
 * <p>It is evaluated through the DecisionService inside the routing step's command: Camunda links each evaluation
 * to the execution it runs in (its history listener reads the current execution context), so Cockpit shows every
 * evaluation on the decision's instance and on Task_RouteEscalation, as a business rule task with a decisionRef
 * would — without the multi-instance loop that a decisionRef per office needed, whose bookkeeping variables were
 * most of an escalation's writes (bench/README.md, round `routing`).
 */
@Component
public class EscalationRouteTable {

  public static final String DECISION_KEY = "EscalationRoute";

  /** process definition id → the EscalationRoute definition deployed with it */
  private final Map<String, String> definitionOfProcess = new ConcurrentHashMap<>();

  /** The table's single answer for one office ({@code escalateTo}, {@code notifyGroups}); empty when no rule matches. */
  public Map<String, Object> route(DelegateExecution execution, String officeLevel, int workingDaysLate) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    String definitionId = definitionOfProcess.computeIfAbsent(execution.getProcessDefinitionId(),
        processDefinitionId -> deployedWith(engine, processDefinitionId));
    DmnDecisionResultEntries result = engine.getDecisionService()
        .evaluateDecisionById(definitionId)
        .variables(Variables.createVariables()
            .putValue(ProcessVariables.OFFICE_LEVEL, officeLevel)
            .putValue(ProcessVariables.WORKING_DAYS_LATE, workingDaysLate))
        .evaluate()
        .getSingleResult();
    return result == null ? Map.of() : result.getEntryMap();
  }

  private static String deployedWith(ProcessEngineServices engine, String processDefinitionId) {
    String deploymentId = engine.getRepositoryService().getProcessDefinition(processDefinitionId).getDeploymentId();
    DecisionDefinition table = engine.getRepositoryService().createDecisionDefinitionQuery()
        .deploymentId(deploymentId).decisionDefinitionKey(DECISION_KEY).singleResult();
    if (table == null) {
      throw new IllegalStateException("No " + DECISION_KEY + " table in deployment " + deploymentId
          + " of process definition " + processDefinitionId);
    }
    return table.getId();
  }
}

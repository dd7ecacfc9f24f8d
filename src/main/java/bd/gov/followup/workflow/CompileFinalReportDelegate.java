package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Every decision is settled: counts how many were implemented and closed unimplemented, and the rate. */
@Component("compileFinalReport")
public class CompileFinalReportDelegate implements JavaDelegate {

  private final HistoryService historyService;

  public CompileFinalReportDelegate(@Lazy HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int implemented = 0;
    int closed = 0;
    for (HistoricProcessInstance decision : historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(execution.getProcessInstanceId())
        .unlimitedList()) { // the meeting's decisions; runs under the secretary's login when the last one ends
      HistoricVariableInstance outcome = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(decision.getId())
          .variableName(OUTCOME)
          .singleResult();
      if (outcome != null && "implemented".equals(outcome.getValue())) {
        implemented++;
      } else {
        closed++;
      }
    }
    int total = implemented + closed;
    execution.setVariable(DECISIONS_IMPLEMENTED, implemented);
    execution.setVariable(DECISIONS_CLOSED, closed);
    execution.setVariable(IMPLEMENTATION_RATE, total == 0 ? 0.0 : Math.round(1000.0 * implemented / total) / 10.0);
  }
}

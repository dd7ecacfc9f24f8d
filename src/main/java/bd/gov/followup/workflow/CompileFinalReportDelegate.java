package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
    // runs after the last decision's commit (asyncBefore), so its outcome is in the history; one query for all
    String[] decisions = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(execution.getProcessInstanceId())
        .unlimitedList() // the meeting's decisions; the job runs without a login
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    java.util.List<Object> outcomes = decisions.length == 0 ? java.util.List.of()
        : historyService.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(decisions)
            .variableName(OUTCOME)
            .unlimitedList().stream()
            .map(outcome -> (Object) outcome.getValue())
            .toList();
    long implemented = outcomes.stream().filter("implemented"::equals).count();
    // continued by a later meeting's decision: counted there, neither for nor against this meeting's rate
    long continued = outcomes.stream().filter("continued"::equals).count();
    long closed = decisions.length - implemented - continued;
    long total = implemented + closed;
    execution.setVariable(DECISIONS_IMPLEMENTED, (int) implemented);
    execution.setVariable(DECISIONS_CLOSED, (int) closed);
    execution.setVariable(DECISIONS_CONTINUED, (int) continued);
    execution.setVariable(IMPLEMENTATION_RATE, total == 0 ? 0.0 : Math.round(1000.0 * implemented / total) / 10.0);
  }
}

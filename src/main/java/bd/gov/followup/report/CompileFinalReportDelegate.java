package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every decision is settled: counts how many were implemented and closed unimplemented, and the rate. In the report
 * package, beside the other steps of the meeting's end, because it counts as the report does (ProgressReports).
 */
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
    // per decision, its outcome as the report reads it: a settlement of an earlier process version by its closeKind
    Map<String, Map<String, Object>> byDecision = new HashMap<>();
    if (decisions.length > 0) {
      historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(decisions)
          .variableNameIn(OUTCOME, CLOSE_KIND)
          .unlimitedList()
          .forEach(v -> byDecision.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
              .put(v.getName(), v.getValue()));
    }
    List<String> outcomes = byDecision.values().stream()
        .map(v -> ProgressReports.settledAs((String) v.get(OUTCOME), v.get(CLOSE_KIND)))
        .toList();
    long implemented = outcomes.stream().filter("implemented"::equals).count();
    // continued by a later meeting's decision: counted there, neither for nor against this meeting's rate
    long continued = outcomes.stream().filter("continued"::equals).count();
    long closed = decisions.length - implemented - continued;
    long total = implemented + closed;
    execution.setVariable(DECISIONS_IMPLEMENTED, (int) implemented);
    execution.setVariable(DECISIONS_CLOSED, (int) closed);
    execution.setVariable(DECISIONS_CONTINUED, (int) continued);
    // every decision continued by a later meeting's: no rate of this meeting's own (not 0 %)
    execution.setVariable(IMPLEMENTATION_RATE, total == 0 ? null : Math.round(1000.0 * implemented / total) / 10.0);
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Counts an office's first report on the decision (the roll-up the chair and the report read) and clears the last
 * verdict so the verifier starts fresh (an office's «not our work» is no report, and is not counted); on earlier process versions, also names the report's verifiers. Runs as an exclusive job, so offices reporting at once never collide.
 */
@Component("recordReport")
public class RecordReportDelegate implements JavaDelegate {

  private final ReportVerifiers reportVerifiers;
  private final ReviewFormTexts reviewFormTexts;

  public RecordReportDelegate(ReportVerifiers reportVerifiers, ReviewFormTexts reviewFormTexts) {
    this.reportVerifiers = reportVerifiers;
    this.reviewFormTexts = reviewFormTexts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(VERIFIER_GROUPS)) {
      // a decision still on a version whose verify task (next) names the decision-wide ${verifierGroups}: this
      // report's own verifiers, local to its office, so that there too nobody verifies their own report
      execution.setVariableLocal(VERIFIER_GROUPS, JsonVariables.stringList(reportVerifiers.forReport(execution)));
    }
    // an office saying the work is not its own has reported nothing: its verifier decides whether it is withdrawn
    if (!ReportCheckListener.notOurWork(execution) && !Boolean.TRUE.equals(execution.getVariable(REPORTED))) {
      execution.setVariable(REPORTED, true);
      Integer reported = (Integer) execution.getVariable(OFFICES_REPORTED);
      execution.setVariable(OFFICES_REPORTED, (reported == null ? 0 : reported) + 1);
    }
    // a first report or a resubmission: the office no longer owes one, its verification comes next
    reviewFormTexts.refresh(execution, execution, ReviewFormTexts.Change.reported((String) execution.getVariable(OFFICE)));
    Object returned = execution.getVariable(RETURN_REASON);
    if (returned != null && !returned.toString().isBlank()) {
      // a resubmission: its verifier reads why it came back, to check that it was mended
      execution.setVariableLocal(EARLIER_RETURN_REASON, returned.toString());
    }
    clear(execution, VERDICT);
    clear(execution, RETURN_REASON);
  }

  /** Only a returned report has a verdict to clear: Camunda writes every set, unchanged or not, into the history. */
  private static void clear(DelegateExecution execution, String name) {
    if (!"".equals(execution.getVariable(name))) {
      execution.setVariable(name, "");
    }
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.CHAIR_REMARKS;
import static bd.gov.followup.workflow.ProcessVariables.REVIEWER_REMARKS_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Every reviewer's remarks on the late decision, named and dated, a line each on the decision, as the progress report
 * gives them («উপজেলা নির্বাহী অফিসার, কালীগঞ্জ (০১/০২/২০২৪): …», «সভাপতি (২০/০২/২০২৪): …»): the mails that quote
 * remarks quote these, not only the last review's {@code chairRemarks} under the chair's name — a UNO's remarks are
 * not the chair's, and a second review's do not replace the first's.
 */
public final class ReviewerRemarksRecord {

  private ReviewerRemarksRecord() {}

  /** A review decided with remarks: its reviewer's line, after the earlier ones. Blank remarks add nothing. */
  static void add(DelegateExecution decision, String by, Object remarks) {
    String text = remarks == null ? "" : remarks.toString().strip().replaceAll("\\s*\\R\\s*", " ");
    if (text.isBlank()) {
      return;
    }
    String line = by + " (" + DecisionTexts.day(DeadlineClock.today()) + "): " + text;
    Object before = decision.getProcessInstance().getVariableLocal(REVIEWER_REMARKS_TEXT);
    decision.getProcessInstance().setVariableLocal(REVIEWER_REMARKS_TEXT,
        before == null || before.toString().isBlank() ? line : before + "\n" + line);
  }

  /**
   * The remarks a mail quotes: every reviewer's, a line each; for a decision whose reviews came before the record was
   * kept, its last remarks under the chair's name, as before; empty for none.
   */
  public static String of(VariableScope decision) {
    Object record = decision.getVariable(REVIEWER_REMARKS_TEXT);
    if (record != null && !record.toString().isBlank()) {
      return record.toString();
    }
    Object remarks = decision.getVariable(CHAIR_REMARKS);
    return remarks == null || remarks.toString().isBlank() ? "" : "সভাপতি: " + remarks.toString().strip();
  }
}

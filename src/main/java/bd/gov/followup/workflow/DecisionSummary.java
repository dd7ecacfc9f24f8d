package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What messages say about a decision, read from its process variables.
 *
 * @param deadline the working day it falls due
 * @param deadlineMoved in Bengali, why that is not the date set (a weekend or holiday); empty when it is
 * @param memoNumber the memo number as the minutes write it (a decision started before it was kept: its key, in
 *     Bengali digits)
 */
public record DecisionSummary(
    String memoKey, int number, String title, String text, String meetingTitle, LocalDate deadline,
    String deadlineMoved, String memoNumber) {

  public DecisionSummary {
    deadlineMoved = deadlineMoved == null ? "" : deadlineMoved;
    memoNumber = memoNumber == null ? BengaliDigits.toBengali(memoKey == null ? "" : memoKey) : memoNumber;
  }

  public static DecisionSummary of(VariableScope scope) {
    Object deadline = scope.getVariable(DEADLINE);
    Object number = scope.getVariable(DECISION_NUMBER);
    return new DecisionSummary(
        (String) scope.getVariable(MEMO_KEY),
        number == null ? 0 : (Integer) number,
        (String) scope.getVariable(DECISION_TITLE),
        (String) scope.getVariable(DECISION_TEXT),
        (String) scope.getVariable(MEETING_TITLE),
        deadline == null || deadline.toString().isBlank() ? null : LocalDate.parse(deadline.toString()),
        (String) scope.getVariable(DEADLINE_MOVED_TEXT),
        (String) scope.getVariable(MEMO_NUMBER));
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.DEADLINE;
import static bd.gov.followup.workflow.ProcessVariables.ESCALATED;
import static bd.gov.followup.workflow.ProcessVariables.ESCALATIONS;
import static bd.gov.followup.workflow.ProcessVariables.LAST_ESCALATION_AT;
import static bd.gov.followup.workflow.ProcessVariables.NEXT_CHECKPOINT_AT;
import static bd.gov.followup.workflow.ProcessVariables.UNO_REVIEW_LAPSES_AT;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * When the deadline watch sends a late decision up again: {@code lastEscalationAt} plus five working days
 * ({@code DeadlineWatch}). The clock starts when the decision is escalated, and starts again when a reviewer acts on
 * it (a reminder letter, a new lead): the offices then get their five working days from the letter, however long the
 * reviewer took, instead of sending the decision straight back. A UNOs' rung is the exception: it lasts the
 * EscalationRoute table's days from the escalation ({@code unoReviewLapsesAt}), one UNO's letter does not move it
 * while another UNO's review is open, and when it lapses the decision goes up at once.
 */
final class EscalationClock {

  private EscalationClock() {}

  /**
   * The watch's escalation checkpoint fired: counted here, before the reviewer's choice, because "extend" and
   * "close" never come back to the planner. The reviewer's days count from when it fired (after a downtime, later
   * than planned), not from when it was planned.
   */
  static void escalated(DelegateExecution execution) {
    execution.setVariable(ESCALATED, true);
    Date planned = (Date) execution.getVariable(NEXT_CHECKPOINT_AT);
    Date now = DeadlineClock.toDate(DeadlineClock.now());
    execution.setVariable(LAST_ESCALATION_AT, planned != null && planned.after(now) ? planned : now);
    Integer escalations = (Integer) execution.getVariable(ESCALATIONS);
    execution.setVariable(ESCALATIONS, escalations == null ? 1 : escalations + 1);
  }

  /**
   * A UNO referred the decision to the chair before its rung lapsed: one more escalation, and the chair's five
   * working days start now.
   */
  static void referred(DelegateExecution execution) {
    rungOver(execution);
    execution.setVariable(ESCALATED, true);
    execution.setVariable(LAST_ESCALATION_AT, DeadlineClock.toDate(DeadlineClock.now()));
    Integer escalations = (Integer) execution.getVariable(ESCALATIONS);
    execution.setVariable(ESCALATIONS, escalations == null ? 1 : escalations + 1);
  }

  /**
   * A UNO sent its letter on its own review of the rung (SubProcess_UnoReview, one instance per UNO). The rung is
   * the decision's as a whole: while another UNO's review is still open, the clock stays with the escalation, so that
   * when the rung lapses the watch finds the decision due to go up and gives it to the chair at once (and the late
   * offices hear of it that day). The last UNO to act completes the rung: the five working days start from its letter,
   * the latest one, as after any reviewer's.
   */
  static void unoActed(DelegateExecution execution) {
    if (execution.getVariable(UNO_RUNG_STILL_OPEN) instanceof Integer open && open > 1) {
      return; // this UNO's instance is one of those still open: the others' reviews go on
    }
    rungOver(execution);
    reviewerActed(execution);
  }

  /**
   * The UNOs' rung ended before its lapse: its lapse is no longer the moment the decision goes up again (the watch
   * takes a lapse still set as one that happened).
   */
  private static void rungOver(DelegateExecution execution) {
    if (execution.hasVariable(UNO_REVIEW_LAPSES_AT)) {
      execution.removeVariable(UNO_REVIEW_LAPSES_AT);
    }
  }

  /** The multi-instance rung's count of UNO reviews not yet completed, this one included (Camunda's own variable). */
  private static final String UNO_RUNG_STILL_OPEN = "nrOfActiveInstances";

  /**
   * A reviewer acted on the late decision: the five working days start now. Not when the lead has meanwhile set a
   * later deadline (the decision is no longer escalated; the watch plans from that date). A review task opened
   * before this version has no {@code escalated} yet: it is counted now, or it would go straight back up.
   */
  static void reviewerActed(DelegateExecution execution) {
    Object escalated = execution.getVariable(ESCALATED);
    Object deadline = execution.getVariable(DEADLINE);
    boolean late = deadline != null && DeadlineClock.today().isAfter(java.time.LocalDate.parse(deadline.toString()));
    if (Boolean.FALSE.equals(escalated) && !late) {
      return;
    }
    if (!Boolean.TRUE.equals(escalated)) {
      // escalated by a version that counted on the way back from the reviewer: count it here, once
      execution.setVariable(ESCALATED, true);
      Integer escalations = (Integer) execution.getVariable(ESCALATIONS);
      execution.setVariable(ESCALATIONS, escalations == null ? 1 : escalations + 1);
    }
    execution.setVariable(LAST_ESCALATION_AT, DeadlineClock.toDate(DeadlineClock.now()));
  }
}

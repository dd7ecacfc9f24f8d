package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.DEADLINE;
import static bd.gov.followup.workflow.ProcessVariables.UNOS_TOLD_OF_LAPSE;

import bd.gov.followup.deadline.ReminderSchedule;
import bd.gov.followup.notify.Notifier;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The UNOs' rung lapsed (Event_UnoReviewLapsed, the timer of the rung's working days): every UNO review still open
 * ends, and the decision goes on up the ladder. Each UNO whose review was still open is told once, by a notice in
 * Tasklist in the review's place and by mail where its office has an address, that its time was up, that the review
 * left its Tasklist and that the chair has the decision now; a UNO that sent its letter (its review done) is not.
 *
 * <p>On the end of the boundary event, the one way a lapse takes: a referral (Event_UnoReferred, told by
 * ChairDecisionCheckListener), a later deadline (Event_NoLongerOverdueAtUno, ReviewWithdrawnNotice), a settlement
 * (DecisionClosedNotice) and an implementation (ImplementedDuringReviewNotice) never pass it, so nobody is told
 * twice. By then the reviews are cancelled, so who was still reviewing is the rung's UNOs less those that acted, as
 * for a withdrawal.
 *
 * <p>The escalation that follows the lapse (at once) would also send each of these UNOs the «অবগতি» copy that its
 * offices went on to the chair: the same news, a second notice on the same day. This notice says it all instead —
 * how late the decision is, that the chair has it, and what the UNO's upazila still owes now — and records whom it
 * told (UNOS_TOLD_OF_LAPSE), whom that escalation then sends no copy.
 */
@Component("unoReviewLapsedNotice")
public class UnoReviewLapsedNotice implements ExecutionListener {

  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;
  private final UpazilaStillOwing stillOwing;
  private final ReminderSchedule schedule;

  public UnoReviewLapsedNotice(Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions,
      UpazilaStillOwing stillOwing, ReminderSchedule schedule) {
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
    this.stillOwing = stillOwing;
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DecisionSummary decision = DecisionSummary.of(execution);
    LocalDate today = DeadlineClock.today();
    int late = schedule.workingDaysLate(LocalDate.parse((String) execution.getVariable(DEADLINE)),
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toInstant());
    String instance = execution.getProcessInstanceId();
    List<String> told = ReviewWithdrawnNotice.stillReviewing(execution);
    for (String uno : told) {
      notifier.notifyOfficeByNotice(uno, messages.unoReviewLapsed(decision, officeOptions.label(uno), today,
          Math.max(late, 1), stillOwing.line(instance, uno)), instance);
    }
    if (!told.isEmpty()) {
      execution.getProcessInstance().setVariable(UNOS_TOLD_OF_LAPSE, JsonVariables.stringList(told));
    }
  }
}

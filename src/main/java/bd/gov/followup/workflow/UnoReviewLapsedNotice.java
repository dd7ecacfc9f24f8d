package bd.gov.followup.workflow;

import bd.gov.followup.notify.Notifier;
import java.time.LocalDate;
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
 */
@Component("unoReviewLapsedNotice")
public class UnoReviewLapsedNotice implements ExecutionListener {

  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;

  public UnoReviewLapsedNotice(Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions) {
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DecisionSummary decision = DecisionSummary.of(execution);
    LocalDate today = DeadlineClock.today();
    for (String uno : ReviewWithdrawnNotice.stillReviewing(execution)) {
      notifier.notifyOfficeByNotice(uno, messages.unoReviewLapsed(decision, officeOptions.label(uno), today),
          execution.getProcessInstanceId());
    }
  }
}

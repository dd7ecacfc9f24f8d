package bd.gov.followup.workflow;

import bd.gov.followup.notify.Notifier;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The offices' work is done (the last report verified, or the last office owing work withdrawn) while a UNO's or the
 * chair's review of the decision's lateness is open: the terminate end event Event_DecisionImplemented is about to
 * end those reviews with the decision. Each reviewing office (every UNO whose review is still open, the chair's
 * office) is told once, by a notice in Tasklist in the review's place and by mail where it has an address, that the
 * review ended because the decision was implemented, and on which day.
 *
 * <p>On the take of Flow_ToDecisionImplemented, the one way into that end event: there the reviews are still open (a
 * terminate end event cancels its scope's other executions before its own start listeners run), and only an
 * implementation passes it. A settlement by a later meeting or the close endpoint (DecisionClosedNotice), the chair's
 * own close, and a review withdrawn because the lead set a later deadline (ReviewWithdrawnNotice) never take this
 * flow, so nobody is told twice; a UNO whose review is done (its letter sent) has no open review and is not told.
 */
@Component("implementedDuringReviewNotice")
public class ImplementedDuringReviewNotice implements ExecutionListener {

  private final PendingOffices pendingOffices;
  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;

  public ImplementedDuringReviewNotice(
      PendingOffices pendingOffices, Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions) {
    this.pendingOffices = pendingOffices;
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    var reviewers = pendingOffices.openReviewers(instance);
    if (reviewers.isEmpty()) {
      return; // the usual case: implemented with no review open
    }
    DecisionSummary decision = DecisionSummary.of(execution);
    LocalDate today = DeadlineClock.today();
    for (String reviewer : reviewers) {
      notifier.notifyOfficeByNotice(reviewer,
          messages.reviewEndedImplemented(decision, officeOptions.label(reviewer), today), instance);
    }
  }
}

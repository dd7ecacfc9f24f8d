package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A review withdrawn because the lead set a later deadline (Event_NoLongerOverdue, Event_NoLongerOverdueAtUno): its
 * reviewer — the chair, or each UNO of the rung — is told why the task left its Tasklist, by a notice in its place
 * there and by mail.
 */
@Component("reviewWithdrawnNotice")
public class ReviewWithdrawnNotice implements ExecutionListener {

  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;

  public ReviewWithdrawnNotice(Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions) {
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> reviewers = "Event_NoLongerOverdueAtUno".equals(execution.getCurrentActivityId())
        ? JsonVariables.readStrings(execution.getVariable(UNO_GROUPS), UNO_GROUPS)
        : List.of((String) execution.getVariable(CHAIR_GROUP));
    DecisionSummary decision = DecisionSummary.of(execution);
    for (String reviewer : reviewers) {
      notifier.notifyOfficeByNotice(reviewer, messages.reviewWithdrawn(decision, officeOptions.label(reviewer)),
          execution.getProcessInstanceId());
    }
  }
}

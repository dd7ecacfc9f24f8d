package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.DecisionMessages;
import bd.gov.followup.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The chair chose "remind": every office still owing work gets the chair's reminder letter (তাগিদপত্র). */
@Component("sendReminderLetter")
public class SendReminderLetterDelegate implements JavaDelegate {

  private final PendingOffices pendingOffices;
  private final OfficeOptions officeOptions;
  private final DecisionMessages messages;
  private final Notifier notifier;

  public SendReminderLetterDelegate(
      PendingOffices pendingOffices, OfficeOptions officeOptions, DecisionMessages messages, Notifier notifier) {
    this.pendingOffices = pendingOffices;
    this.officeOptions = officeOptions;
    this.messages = messages;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionSummary decision = DecisionSummary.of(execution);
    String remarks = (String) execution.getVariable(CHAIR_REMARKS);
    int letters = 0;
    for (PendingOffices.PendingTask pending : pendingOffices.of(execution.getProcessInstanceId())) {
      notifier.notifyOffice(
          pending.officeId(),
          messages.reminderLetter(decision, officeOptions.label(pending.officeId()), remarks),
          pending.task().getId(),
          execution.getProcessInstanceId());
      letters++;
    }
    execution.setVariable("reminderLettersSent", letters);
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.DecisionMessages;
import bd.gov.followup.notify.Notifier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A verdict is accept or send back; sending back needs a reason, which the office then reads on its form and in a
 * mail: its report task comes back without anyone telling it otherwise. Nobody verifies a report they sent: the
 * task's candidates never include the reporting office ({@link ReportVerifiers#of(String, String)}); a committee
 * member, who may complete any task, is refused here when it is of the reporting office or sent the report.
 */
@Component("verificationCheck")
public class VerificationCheckListener implements TaskListener {

  private final DecisionMessages messages;
  private final Notifier notifier;
  private final OfficeOptions officeOptions;

  public VerificationCheckListener(DecisionMessages messages, Notifier notifier, OfficeOptions officeOptions) {
    this.messages = messages;
    this.notifier = notifier;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null && (user.getUserId().equals(task.getExecution().getVariableLocal(REPORTED_BY))
        || (user.getGroupIds() != null && user.getGroupIds().contains((String) task.getVariable(OFFICE))))) {
      throw new BadUserRequestException(VERDICT + ": নিজের দপ্তরের বা নিজের দাখিল করা হালনাগাদ তথ্য যাচাই করা যায় না;"
          + " অন্য যাচাইকারী বা সভাপতি যাচাই করবেন / a report of one's own office, or sent by oneself, cannot be"
          + " verified by oneself; another verifier or the chair will");
    }
    Object verdict = task.getVariable(VERDICT);
    if (VERDICT_ACCEPTED.equals(verdict)) {
      return;
    }
    if (!VERDICT_RETURNED.equals(verdict)) {
      throw new BadUserRequestException(VERDICT + ": গ্রহণ বা ফেরত বেছে নিন / choose accept or send back");
    }
    Object reason = task.getVariable(RETURN_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new BadUserRequestException(RETURN_REASON + ": ফেরতের কারণ লিখুন / give the reason for sending it back");
    }
    String office = (String) task.getVariable(OFFICE);
    notifier.notifyOffice(office, messages.reportReturned(DecisionSummary.of(task.getExecution()),
        officeOptions.label(office), reason.toString()), null, task.getProcessInstanceId());
  }
}

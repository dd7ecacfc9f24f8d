package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A verdict is accept or send back; sending back needs a reason, which the office then reads on its form and in a
 * mail: its report task comes back without anyone telling it otherwise. Nobody verifies a report they sent: the
 * task's candidates never include the reporting office or the sender's ({@link ReportVerifiers}); a committee member,
 * who may claim or hand on any task, cannot pass it to anyone else either: only a verifier or the chair completes it.
 */
@Component("verificationCheck")
public class VerificationCheckListener implements TaskListener {

  private final DecisionMessages messages;
  private final Notifier notifier;
  private final OfficeOptions officeOptions;
  private final ReportVerifiers reportVerifiers;
  private final ReviewFormTexts reviewFormTexts;

  public VerificationCheckListener(DecisionMessages messages, Notifier notifier, OfficeOptions officeOptions,
      ReportVerifiers reportVerifiers, ReviewFormTexts reviewFormTexts) {
    this.messages = messages;
    this.notifier = notifier;
    this.officeOptions = officeOptions;
    this.reportVerifiers = reportVerifiers;
    this.reviewFormTexts = reviewFormTexts;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ReportVerifiers.Roles roles = reportVerifiers.roles(task);
    ReportVerifiers.Report report =
        new ReportVerifiers.Report((String) task.getVariable(OFFICE), (String) task.getVariable(REPORTED_BY));
    String refusal = user == null || user.getUserId() == null ? null : reportVerifiers.refusal(user.getUserId(),
        user.getGroupIds() == null ? List.of() : user.getGroupIds(), roles, report);
    if (refusal != null) {
      // says why, and who verifies instead: the secretary refused for a colleague's report reads that it is
      // not a matter of its roles
      throw new BadUserRequestException(VERDICT + ": " + refusal + "; নিজের দপ্তরের বা নিজের দাখিল করা তথ্য নিজে যাচাই করা"
          + " যায় না; যাচাই করবেন / nobody verifies their own office's or their own report; verified by: "
          + officeOptions.names(reportVerifiers.mayVerify(roles, report)));
    }
    Object verdict = task.getVariable(VERDICT);
    String office = (String) task.getVariable(OFFICE);
    if (VERDICT_ACCEPTED.equals(verdict)) {
      Object reason = task.getVariable(RETURN_REASON);
      if (reason != null && !reason.toString().isEmpty()) {
        // a reason sent with an acceptance (a REST client's form) says nothing: the report would print it beside
        // «যাচাইকৃত»
        task.setVariable(RETURN_REASON, "");
      }
      reviewFormTexts.refresh(task, task.getExecution(), ReviewFormTexts.Change.completing(task.getId(), List.of()));
      return;
    }
    if (!VERDICT_RETURNED.equals(verdict)) {
      throw new BadUserRequestException(VERDICT + ": গ্রহণ বা ফেরত বেছে নিন / choose accept or send back");
    }
    Object reason = task.getVariable(RETURN_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new BadUserRequestException(RETURN_REASON + ": ফেরতের কারণ লিখুন / give the reason for sending it back");
    }
    // sent back: the office owes its report again (the task comes next)
    reviewFormTexts.refresh(task, task.getExecution(), ReviewFormTexts.Change.sendingBack(task.getId(), List.of(office)));
    notifier.notifyOffice(office, messages.reportReturned(DecisionSummary.of(task.getExecution()),
        officeOptions.label(office), reason.toString()), null, task.getProcessInstanceId());
  }
}

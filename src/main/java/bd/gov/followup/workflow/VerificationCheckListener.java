package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A verdict is accept or send back; sending back needs a reason, which the office then reads. */
@Component("verificationCheck")
public class VerificationCheckListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
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
  }
}

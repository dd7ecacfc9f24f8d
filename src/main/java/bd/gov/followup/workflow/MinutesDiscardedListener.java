package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.MEMO_KEY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Minutes discarded in their review (Event_MinutesDiscarded) give their memo number back: the right minutes are
 * registered under it as if the discarded ones had never come in, while the meeting's history keeps what was
 * discarded, by whom and why.
 */
@Component("minutesDiscarded")
public class MinutesDiscardedListener implements ExecutionListener {

  private final MeetingRegistration registration;

  public MinutesDiscardedListener(MeetingRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void notify(DelegateExecution execution) {
    registration.release((String) execution.getVariable(MEMO_KEY), execution.getProcessInstanceId());
  }
}

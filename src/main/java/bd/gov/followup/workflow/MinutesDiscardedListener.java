package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.MEMO_KEY;

import bd.gov.followup.security.DecisionReadAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Minutes discarded in their review (Event_MinutesDiscarded) give their memo number back: the right minutes are
 * registered under it as if the discarded ones had never come in, while the meeting's history keeps what was
 * discarded, by whom and why — for the committee: an office let read the meeting (the carried-over decisions' offices,
 * granted at registration before this release) reads it no more.
 */
@Component("minutesDiscarded")
public class MinutesDiscardedListener implements ExecutionListener {

  private final MeetingRegistration registration;
  private final DecisionReadAccess readAccess;

  public MinutesDiscardedListener(MeetingRegistration registration, DecisionReadAccess readAccess) {
    this.registration = registration;
    this.readAccess = readAccess;
  }

  @Override
  public void notify(DelegateExecution execution) {
    registration.release((String) execution.getVariable(MEMO_KEY), execution.getProcessInstanceId());
    readAccess.revokeMeeting(execution.getProcessInstanceId());
  }
}

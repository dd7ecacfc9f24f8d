package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The later meetings that carry a decision over, whose reports its offices read too. Answered by the report, which
 * knows what a meeting carries over (report.MeetingsCarryingADecision); asked here, so that security does not
 * depend on the report, which depends on it.
 */
public interface LaterMeetings {

  /**
   * @param decisionId the decision's process instance
   * @param meeting an execution of the decision's own meeting
   * @return the process instances of the later meetings whose minutes stand and that carry the decision over
   */
  List<String> withStandingMinutes(String decisionId, DelegateExecution meeting);
}

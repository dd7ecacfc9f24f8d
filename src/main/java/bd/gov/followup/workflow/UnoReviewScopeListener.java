package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Starts one UNO's review on the rung (SubProcess_UnoReview): the UNO, its choice, remarks and who decided are created
 * here, local to the instance, so that one UNO's form never overwrites another's, and the letter a UNO chose reads
 * that UNO's choice. As a review opening, the decision's last choice goes: its remarks are kept to read above the
 * form (the chair's review does the same as it opens, TaskPresentationListener).
 */
@Component("unoReviewScope")
public class UnoReviewScopeListener implements ExecutionListener {

  private static final List<String> CHOICE = List.of(CHAIR_DECISION, NEW_DEADLINE, NEW_LEAD_GROUP, CHAIR_REMARKS);

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(UNO_GROUP, execution.getVariable(UNO_GROUP));
    // each instance starts in the same transaction: the first moves the remarks, the others find nothing to move
    DelegateExecution decision = execution.getProcessInstance();
    Object earlier = decision.getVariableLocal(CHAIR_REMARKS);
    if (earlier != null) {
      decision.setVariableLocal(PREVIOUS_REVIEW_REMARKS, earlier.toString());
    }
    for (String choice : CHOICE) {
      if (decision.getVariableLocal(choice) != null) {
        decision.setVariableLocal(choice, null);
      }
      execution.setVariableLocal(choice, null);
    }
    execution.setVariableLocal(REVIEWED_BY, null);
  }
}

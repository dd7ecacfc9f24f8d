package bd.gov.followup.workflow;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** No decision workflow starts before the secretary has confirmed the extracted minutes. */
@Component("minutesReviewCheck")
public class MinutesReviewCheckListener implements TaskListener {

  public static final String MINUTES_APPROVED = "minutesApproved";

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(MINUTES_APPROVED))) {
      throw new BadUserRequestException(
          MINUTES_APPROVED + ": কার্যবিবরণী যাচাই নিশ্চিত করুন / confirm that the minutes were checked");
    }
  }
}

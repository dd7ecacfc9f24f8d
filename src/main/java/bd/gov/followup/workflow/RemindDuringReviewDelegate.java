package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.WorkingDayCalendar;
import bd.gov.followup.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * While the chair's review of a late decision is open, the watch that reminds the late offices daily is paused at it:
 * a chair who takes a week left the offices a week without a word, and nobody reminded the chair. Run daily by the
 * review's timer, on working days only: the offices (and the verifiers) are reminded as the watch would, and the
 * chair once five working days have passed since the review opened or since the chair's last reminder.
 */
@Component("remindDuringReview")
public class RemindDuringReviewDelegate implements JavaDelegate {

  static final int CHAIR_EVERY_WORKING_DAYS = 5;
  /** The reminder of the UNOs' rung (the chair's review has its own, Task_RemindDuringReview). */
  static final String UNO_RUNG_REMINDER = "Task_RemindDuringUnoReview";
  /** on the review task: the working day of the review (counted from its start) the chair was last reminded on */
  static final String CHAIR_REMINDED_AT = "chairRemindedAtWorkingDay";

  private final SendRemindersDelegate offices;
  private final WorkingDayCalendar calendar;
  private final DecisionMessages messages;
  private final Notifier notifier;
  private final OfficeOptions officeOptions;

  public RemindDuringReviewDelegate(SendRemindersDelegate offices, WorkingDayCalendar calendar,
      DecisionMessages messages, Notifier notifier, OfficeOptions officeOptions) {
    this.offices = offices;
    this.calendar = calendar;
    this.messages = messages;
    this.notifier = notifier;
    this.officeOptions = officeOptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!calendar.isWorkingDay(DeadlineClock.today())) {
      return; // no mail on a Friday, a Saturday or a holiday, as the watch plans its reminders
    }
    if (UNO_RUNG_REMINDER.equals(execution.getCurrentActivityId())
        && execution.getVariable(UNO_REVIEW_LAPSES_AT) instanceof java.util.Date lapses
        && !lapses.after(DeadlineClock.toDate(DeadlineClock.now()))) {
      // the rung lapses now too (both fall due at the reminders' hour, in either order): its escalation tells the
      // offices they are late, and a reminder first would tell them twice, seconds apart
      return;
    }
    offices.execute(execution);
    Task review = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION)
        .singleResult();
    if (review == null) {
      return;
    }
    int open = calendar.workingDaysBetween(DeadlineClock.fromDate(review.getCreateTime()).toLocalDate(),
        DeadlineClock.today());
    // counted from the last reminder, not by the day's number: a day missed (the server was down) would skip one
    var tasks = execution.getProcessEngineServices().getTaskService();
    Object last = tasks.getVariableLocal(review.getId(), CHAIR_REMINDED_AT);
    int since = open - (last instanceof Integer day ? day : 0);
    if (since >= CHAIR_EVERY_WORKING_DAYS) {
      String chair = (String) execution.getVariable(CHAIR_GROUP);
      notifier.notifyOffice(chair, messages.reviewPending(DecisionSummary.of(execution), officeOptions.label(chair), open),
          review.getId(), execution.getProcessInstanceId());
      tasks.setVariableLocal(review.getId(), CHAIR_REMINDED_AT, open);
    }
  }
}

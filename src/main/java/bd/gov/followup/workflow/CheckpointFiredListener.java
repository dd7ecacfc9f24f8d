package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.ReminderSchedule;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The deadline watch's timer fired: a reminder or the deadline-day notice that fires only once the decision is already
 * late — the server was down across the deadline and the escalation's moment — is the escalation, as the watch plans
 * for a decision found late. Otherwise the offices got the overdue notice twice, seconds apart: from the late
 * reminder, then from the escalation the watch planned right after it.
 */
@Component("checkpointFired")
public class CheckpointFiredListener implements ExecutionListener {

  private final ReminderSchedule schedule;

  public CheckpointFiredListener(ReminderSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object kind = execution.getVariable(CHECKPOINT_KIND);
    Object deadline = execution.getVariable(DEADLINE);
    if ("ESCALATION".equals(kind) || Boolean.TRUE.equals(execution.getVariable(ESCALATED)) || deadline == null) {
      return; // once escalated, the watch's daily overdue reminders are the late ones
    }
    int late = schedule.workingDaysLate(LocalDate.parse(deadline.toString()),
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toInstant());
    if (late > 0) {
      execution.setVariable(CHECKPOINT_KIND, "ESCALATION"); // Task_FindLateOffices counts the days late
    }
  }
}

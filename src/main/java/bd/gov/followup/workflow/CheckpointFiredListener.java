package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.Checkpoint;
import bd.gov.followup.deadline.ReminderSchedule;
import bd.gov.followup.deadline.WorkingDayCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The deadline watch's timer fired. A checkpoint planned as late (an escalation, an overdue reminder) for a deadline
 * that has since moved later is nothing ({@link #NOT_DUE}). A reminder or the deadline-day notice that fires only
 * once the decision is already late — the server was down across the deadline and the escalation's moment — is the
 * escalation, as the watch plans for a decision found late. Otherwise the offices got the overdue notice twice, seconds apart: from the late
 * reminder, then from the escalation the watch planned right after it. For the same reason a reminder, the
 * deadline-day notice or a daily overdue reminder that fires on a Friday, a Saturday or a holiday (the watch plans
 * them on working days only: the server was down until that day) sends nothing that day: a reminder or the notice is
 * owed on the next working morning ({@link #CHECKPOINT_OWED}; by then it may be the escalation, which tells the
 * offices once that they are late), an overdue reminder comes with the next working day's.
 */
@Component("checkpointFired")
public class CheckpointFiredListener implements ExecutionListener {

  private final ReminderSchedule schedule;
  private final WorkingDayCalendar calendar;

  public CheckpointFiredListener(ReminderSchedule schedule, WorkingDayCalendar calendar) {
    this.schedule = schedule;
    this.calendar = calendar;
  }

  /** The checkpoint fired for a lateness that is no more: Gateway_CheckpointKind sends nothing and plans again. */
  static final String NOT_DUE = "NOT_DUE";

  @Override
  public void notify(DelegateExecution execution) {
    Object kind = execution.getVariable(CHECKPOINT_KIND);
    Object deadline = execution.getVariable(DEADLINE);
    if (deadline == null) {
      return;
    }
    int late = schedule.workingDaysLate(LocalDate.parse(deadline.toString()),
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toInstant());
    boolean plannedLate = Checkpoint.Kind.ESCALATION.name().equals(kind)
        || Checkpoint.Kind.OVERDUE_REMINDER.name().equals(kind);
    if (plannedLate && late == 0) {
      // planned for a deadline that has moved on since: the lead accepted with a later date while this timer was
      // due but not yet run (replan leaves a due timer be). The decision is not late: no overdue notice, no review
      // for the chair; the watch plans from the new date.
      execution.setVariable(CHECKPOINT_KIND, NOT_DUE);
      return;
    }
    boolean escalated = Boolean.TRUE.equals(execution.getVariable(ESCALATED));
    if (!Checkpoint.Kind.ESCALATION.name().equals(kind) && (late == 0 || escalated)
        && !calendar.isWorkingDay(DeadlineClock.today())) {
      // no mail on a day off; a late decision not yet escalated still escalates now, as the watch has it
      if (!plannedLate) {
        execution.setVariable(CHECKPOINT_OWED, true);
      }
      execution.setVariable(CHECKPOINT_KIND, NOT_DUE);
      return;
    }
    if (Checkpoint.Kind.ESCALATION.name().equals(kind) || escalated) {
      return; // once escalated, the watch's daily overdue reminders are the late ones
    }
    if (late > 0) {
      execution.setVariable(CHECKPOINT_KIND, "ESCALATION"); // Task_FindLateOffices counts the days late
    }
  }
}

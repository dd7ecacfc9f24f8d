package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.Checkpoint;
import bd.gov.followup.deadline.DeadlineWatch;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The deadline watch's planner: sets the timer for the next checkpoint after now. Only one checkpoint is ever pending, and a timer that fires late covers everything missed up to now, so after
 * downtime an overdue reminder or escalation fires once, not once per missed day.
 */
@Component("planNextCheckpoint")
public class PlanNextCheckpointDelegate implements JavaDelegate {

  /** The watch's timer: the one element that waits for the next checkpoint. */
  static final String CHECKPOINT_TIMER = "Event_CheckpointReached";

  private final DeadlineWatch watch;
  private final ManagementService managementService;
  private final HistoryService historyService;

  public PlanNextCheckpointDelegate(DeadlineWatch watch, @Lazy ManagementService managementService,
      @Lazy HistoryService historyService) {
    this.watch = watch;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // an escalation that fired was recorded on its way to the reviewer (EscalationClock). A checkpoint planned before
    // has fired by now — today, however late after a downtime, or it came due before a review — so today's is sent;
    // none is planned at the start or after the chair's extension (ExtendDeadlineDelegate), when today's may be owed
    boolean planned = execution.getVariable(NEXT_CHECKPOINT_AT) != null;
    boolean owed = Boolean.TRUE.equals(execution.getVariable(CHECKPOINT_OWED));
    if (owed) {
      execution.removeVariable(CHECKPOINT_OWED); // planned now: owed once
    }
    record(execution, next(execution, planned ? DeadlineClock.now() : null, owed));
  }

  /**
   * The deadline changed outside the watch (the lead set another date on accepting): the pending timer moves to the
   * checkpoint of the new date, so no reminder or escalation fires for the old one. Nothing changes when the plan is
   * the same, while no timer waits (the reviewer has the decision: the watch plans afresh afterwards), or when the
   * timer is already due (it fires as planned and plans from the new date).
   *
   * @param newDeadline whether the deadline changed: today's reminder or notice, if its time has passed, is then due
   *     now; for the same deadline it was sent already (or was not due when the watch was last planned)
   */
  public void replan(DelegateExecution execution, boolean newDeadline) {
    Job timer = managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(CHECKPOINT_TIMER).timers().singleResult();
    if (timer == null || !timer.getDuedate().after(DeadlineClock.toDate(DeadlineClock.now()))) {
      return;
    }
    Checkpoint next = next(execution, newDeadline ? lastFired(execution) : DeadlineClock.now(), false);
    Date at = DeadlineClock.toDate(next.at());
    if (at.equals(timer.getDuedate()) && next.kind().name().equals(execution.getVariable(CHECKPOINT_KIND))) {
      return;
    }
    record(execution, next);
    managementService.setJobDuedate(timer.getId(), at);
  }

  /**
   * When the watch's timer last fired for this decision (its job log), or null: a reminder sent today for the old
   * deadline means no second one today for the new.
   */
  private LocalDateTime lastFired(DelegateExecution execution) {
    List<HistoricJobLog> fired = historyService.createHistoricJobLogQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityIdIn(CHECKPOINT_TIMER).successLog()
        .orderByTimestamp().desc().listPage(0, 1);
    return fired.isEmpty() ? null : DeadlineClock.fromDate(fired.get(0).getTimestamp());
  }

  private Checkpoint next(DelegateExecution execution, LocalDateTime lastCheckpoint, boolean reminderOwed) {
    Date lastEscalation = (Date) execution.getVariable(LAST_ESCALATION_AT);

    return watch.next(
        LocalDate.parse((String) execution.getVariable(DEADLINE)),
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toInstant(),
        Boolean.TRUE.equals(execution.getVariable(ESCALATED)),
        lastEscalation == null ? null : DeadlineClock.fromDate(lastEscalation),
        // the meeting's own reminders; without them the application's default (followup.deadline.reminder-offsets)
        JsonVariables.readIntegers(execution.getVariable(REMINDER_DAYS), REMINDER_DAYS),
        lastCheckpoint,
        reminderOwed,
        // still set after the rung only when it lapsed (EscalationClock removes it when the UNOs acted or referred)
        execution.getVariable(UNO_REVIEW_LAPSES_AT) instanceof Date lapsed ? DeadlineClock.fromDate(lapsed) : null);
  }

  private static void record(DelegateExecution execution, Checkpoint next) {
    execution.setVariable(NEXT_CHECKPOINT_AT, DeadlineClock.toDate(next.at()));
    execution.setVariable(CHECKPOINT_KIND, next.kind().name());
    execution.setVariable(WORKING_DAYS_LATE, next.workingDaysLate());
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.Checkpoint;
import bd.gov.followup.deadline.DeadlineWatch;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The deadline watch's planner: records the checkpoint that just fired, then sets the timer for the next one after
 * now. Only one checkpoint is ever pending, and a timer that fires late covers everything missed up to now, so after
 * downtime an overdue reminder or escalation fires once, not once per missed day.
 */
@Component("planNextCheckpoint")
public class PlanNextCheckpointDelegate implements JavaDelegate {

  private final DeadlineWatch watch;

  public PlanNextCheckpointDelegate(DeadlineWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date fired = (Date) execution.getVariable(NEXT_CHECKPOINT_AT);
    if (fired != null && Checkpoint.Kind.ESCALATION.name().equals(execution.getVariable(CHECKPOINT_KIND))) {
      execution.setVariable(ESCALATED, true);
      execution.setVariable(LAST_ESCALATION_AT, fired);
      Integer escalations = (Integer) execution.getVariable(ESCALATIONS);
      execution.setVariable(ESCALATIONS, escalations == null ? 1 : escalations + 1);
    }
    Date lastEscalation = (Date) execution.getVariable(LAST_ESCALATION_AT);

    Checkpoint next = watch.next(
        LocalDate.parse((String) execution.getVariable(DEADLINE)),
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toInstant(),
        Boolean.TRUE.equals(execution.getVariable(ESCALATED)),
        lastEscalation == null ? null : DeadlineClock.fromDate(lastEscalation),
        // the meeting's own reminders; without them the application's default (followup.deadline.reminder-offsets)
        JsonVariables.readIntegers(execution.getVariable(REMINDER_DAYS), REMINDER_DAYS));
    execution.setVariable(NEXT_CHECKPOINT_AT, DeadlineClock.toDate(next.at()));
    execution.setVariable(CHECKPOINT_KIND, next.kind().name());
    execution.setVariable(WORKING_DAYS_LATE, next.workingDaysLate());
  }
}

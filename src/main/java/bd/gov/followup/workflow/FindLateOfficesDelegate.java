package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.DEADLINE;
import static bd.gov.followup.workflow.ProcessVariables.WORKING_DAYS_LATE;

import bd.gov.followup.deadline.ReminderSchedule;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The deadline passed: the offices that still owe work (the lead still to accept, the secretary with an unknown
 * implementer, each office whose report is open) are the late ones that Task_RouteEscalation routes, by how late the
 * decision is today: a timer that fires days after its time (the server was down) counts the days of the day it fires,
 * not those of the day it was planned for.
 */
@Component("findLateOffices")
public class FindLateOfficesDelegate implements JavaDelegate {

  private final PendingOffices pendingOffices;
  private final ReminderSchedule schedule;

  public FindLateOfficesDelegate(PendingOffices pendingOffices, ReminderSchedule schedule) {
    this.pendingOffices = pendingOffices;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int late = schedule.workingDaysLate(LocalDate.parse((String) execution.getVariable(DEADLINE)),
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toInstant());
    // at least the planned count: an escalation is planned only once the deadline has passed
    execution.setVariable(WORKING_DAYS_LATE,
        Math.max(late, execution.getVariable(WORKING_DAYS_LATE) instanceof Integer planned ? planned : 1));
    EscalationClock.escalated(execution);
    pendingOffices.startEscalation(execution, execution.getProcessInstanceId());
  }
}

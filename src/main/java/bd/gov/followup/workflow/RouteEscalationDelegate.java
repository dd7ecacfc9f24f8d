package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.WORKING_DAYS_LATE;

import bd.gov.followup.deadline.EscalationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RouteEscalation: asks the EscalationRoute table about each late office that Task_FindLateOffices found (its
 * level, how many working days the decision is late) and records the routes once ({@link EscalationLadder#record}).
 * An office for which the table has no rule is an error the administrator sees as an incident, never a silent skip.
 */
@Component("routeEscalation")
public class RouteEscalationDelegate implements JavaDelegate {

  /** The table's output: how many working days the UNO has such an office, from the escalation. */
  static final String UNO_WORKING_DAYS = "unoWorkingDays";

  private final PendingOffices pendingOffices;
  private final EscalationLadder ladder;
  private final EscalationRouteTable table;

  public RouteEscalationDelegate(PendingOffices pendingOffices, EscalationLadder ladder, EscalationRouteTable table) {
    this.pendingOffices = pendingOffices;
    this.ladder = ladder;
    this.table = table;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(WORKING_DAYS_LATE) instanceof Integer workingDaysLate)) {
      throw new IllegalStateException("An escalation without " + WORKING_DAYS_LATE + " (set by Task_PlanNextCheckpoint)");
    }
    List<EscalationStep> steps = new ArrayList<>();
    Integer rungWorkingDays = null;
    for (String office : pendingOffices.ofEscalation(execution, execution.getProcessInstanceId()).keySet()) {
      String level = ladder.level(office);
      Map<String, Object> route = table.route(execution, level, workingDaysLate);
      if (route.get("escalateTo") == null) {
        throw new IllegalStateException("EscalationRoute decided nothing for office " + office + " (level " + level
            + ", " + workingDaysLate + " working days late)");
      }
      EscalationStep step = ladder.resolve(office, level, String.valueOf(route.get("escalateTo")),
          String.valueOf(route.get("notifyGroups")));
      steps.add(step);
      // the UNO rung lasts the shortest window of its offices: the decision is the chair's once any one is late
      // enough for the table to send it there, as with an escalation (a table of an older deployment has no column)
      if (step.toUno() && route.get(UNO_WORKING_DAYS) instanceof Number days
          && (rungWorkingDays == null || days.intValue() < rungWorkingDays)) {
        rungWorkingDays = days.intValue();
      }
    }
    ladder.record(execution, steps, rungWorkingDays);
  }
}

package bd.gov.followup.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The deadline passed: the offices that still owe work (the lead still to accept, the secretary with an unknown
 * implementer, each office whose report is open) are the late ones that Task_RouteEscalation routes.
 */
@Component("findLateOffices")
public class FindLateOfficesDelegate implements JavaDelegate {

  private final PendingOffices pendingOffices;

  public FindLateOfficesDelegate(PendingOffices pendingOffices) {
    this.pendingOffices = pendingOffices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EscalationClock.escalated(execution);
    pendingOffices.startEscalation(execution, execution.getProcessInstanceId());
  }
}

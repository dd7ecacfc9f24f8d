package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.security.DecisionReadAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Starts one office's instance: its report and verification variables are created here, local to the instance, so
 * that a form submitting them updates this office's values and never another office's (or the decision's). The
 * office may from now on read the decision.
 */
@Component("officeScope")
public class OfficeScopeListener implements ExecutionListener {

  private final OfficeOptions officeOptions;
  private final DecisionReadAccess readAccess;

  public OfficeScopeListener(OfficeOptions officeOptions, DecisionReadAccess readAccess) {
    this.officeOptions = officeOptions;
    this.readAccess = readAccess;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String office = (String) execution.getVariable(OFFICE);
    execution.setVariableLocal(OFFICE, office);
    execution.setVariableLocal(OFFICE_NAME, officeOptions.label(office));
    execution.setVariableLocal(UPDATE_SUMMARY, "");
    execution.setVariableLocal(EVIDENCE_LINK, "");
    execution.setVariableLocal(REMARKS, "");
    execution.setVariableLocal(VERDICT, "");
    execution.setVariableLocal(RETURN_REASON, "");
    execution.setVariableLocal(REPORTED, false);
    readAccess.grant(office, execution);
  }
}

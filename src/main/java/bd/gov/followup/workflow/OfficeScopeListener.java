package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.security.DecisionReadAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Starts one office's instance: its report and verification variables are created here, local to the instance, so
 * that a form submitting them updates this office's values and never another office's (or the decision's). The
 * office may from now on read the decision. An office a verifier asks later (AskOfficesNamedDelegate) starts here
 * the same way, its {@code office} set on the instance the process instance modification adds.
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
    // the report form's «not our office's work» and the verify form's offices to ask: this office's own, never
    // written on the decision where two offices' verifiers would overwrite each other
    execution.setVariableLocal(NOT_OUR_WORK, false);
    execution.setVariableLocal(NOT_OUR_WORK_REASON, "");
    execution.setVariableLocal(OFFICES_TO_ASK, JsonVariables.stringList(java.util.List.of()));
    // asked by a verifier after the acceptance: the modification set when and in whose place on the instance it
    // added, around this scope; kept on the scope too, where the report reads an office's variables
    Object askedLater = execution.getVariable(ASKED_LATER_ON);
    if (askedLater != null) {
      execution.setVariableLocal(ASKED_LATER_ON, askedLater);
      Object insteadOf = execution.getVariable(ASKED_INSTEAD_OF);
      execution.setVariableLocal(ASKED_INSTEAD_OF, insteadOf == null ? "" : insteadOf);
    }
    readAccess.grant(office, execution);
  }
}

package bd.gov.followup.workflow;

import bd.gov.followup.notify.MarkdownLiteral;
import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.directory.Resolution;
import bd.gov.followup.security.DecisionReadAccess;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the decision's implementer phrases into the offices to ask and the lead implementer, using the directory.
 * What the directory cannot resolve is kept and sent to the secretary, never dropped.
 */
@Component("resolveImplementers")
public class ResolveImplementersDelegate implements JavaDelegate {

  private final OfficeDirectory directory;
  private final OfficeOptions officeOptions;
  private final DecisionReadAccess readAccess;

  public ResolveImplementersDelegate(
      OfficeDirectory directory, OfficeOptions officeOptions, DecisionReadAccess readAccess) {
    this.directory = directory;
    this.officeOptions = officeOptions;
    this.readAccess = readAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> phrases = JsonVariables.readStrings(execution.getVariable(IMPLEMENTER_PHRASES), IMPLEMENTER_PHRASES);
    // the meeting's committee's secretary: named by «সদস্য সচিব», and the lead until the directory knows one
    Office secretary = directory.office((String) execution.getVariable(SECRETARY_GROUP)).orElse(directory.secretary());
    Resolution resolution = directory.resolve(phrases, secretary);
    List<String> officeIds = resolution.offices().stream().map(Office::id).toList();
    String lead = resolution.lead() != null ? resolution.lead().id() : secretary.id();

    execution.setVariable(OFFICES, JsonVariables.stringList(officeIds));
    execution.setVariable(OFFICE_OPTIONS, officeOptions.optionsFor(officeIds));
    execution.setVariable(LEAD_GROUP, lead);
    boolean resolved = resolution.complete() && !officeIds.isEmpty();
    if (resolved) {
      // otherwise the lead is the directory's guess until the secretary names one (OfficeSelectionListener grants
      // that one): an office the secretary leaves out must not read the decision, nor its meeting
      readAccess.grant(lead, execution);
    }
    execution.setVariable(UNRESOLVED_IMPLEMENTERS, JsonVariables.stringList(resolution.unresolved()));
    execution.setVariable(UNRESOLVED_TEXT, String.join("; ", resolution.unresolved()));
    execution.setVariable(UNRESOLVED_TEXT_SHOWN, MarkdownLiteral.of(String.join("; ", resolution.unresolved())));
    execution.setVariable(IMPLEMENTERS_RESOLVED, resolved);
    execution.setVariable(OFFICES_ASKED, officeIds.size());
    execution.setVariable(OFFICES_REPORTED, 0);
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AskOfficesNamed, after an office's verification: asks each office the verifier named (VerificationCheckListener
 * checked them: known, not on the decision yet) as the acceptance asked the others ({@link OfficesAskedLater}) and,
 * when the verifier agreed that the work is not the office's, records its part as withdrawn.
 *
 * <p>The offices are added here, before this office's part ends: were this the last office, the multi-instance would
 * otherwise complete and implement the decision first. The modification runs in the verifier's own transaction (its
 * refusals refuse the verification), without the verifier's authorizations (the engine checks none in the
 * application's code): the application's step, for which the verifier's rights were checked.
 */
@Component("askOfficesNamed")
public class AskOfficesNamedDelegate implements JavaDelegate {

  /** The activity: a decision of a process version without it asks nobody while verifying. */
  public static final String ACTIVITY = "Task_AskOfficesNamed";

  private final OfficeOptions officeOptions;
  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficesAskedLater officesAskedLater;

  public AskOfficesNamedDelegate(OfficeOptions officeOptions, Notifier notifier, DecisionMessages messages,
      OfficesAskedLater officesAskedLater) {
    this.officesAskedLater = officesAskedLater;
    this.officeOptions = officeOptions;
    this.notifier = notifier;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String office = (String) execution.getVariable(OFFICE);
    List<String> named = JsonVariables.readStringsAsSent(execution, OFFICES_TO_ASK).stream()
        .map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    boolean withdrawn = VERDICT_WITHDRAWN.equals(execution.getVariable(VERDICT));
    if (!named.isEmpty()) {
      // the next verification of this office starts with none named
      execution.setVariableLocal(OFFICES_TO_ASK, JsonVariables.stringList(List.of()));
      officesAskedLater.ask(execution.getProcessEngineServices().getRuntimeService(), execution.getProcessInstance(),
          execution.getProcessInstanceId(), named, withdrawn ? office : null, "যাচাইকারী");
    }
    if (withdrawn) {
      withdraw(execution, office, named);
    }
  }

  /** Its part ends as withdrawn: on the decision's list, in its record, and the office told why its task is gone. */
  private void withdraw(DelegateExecution execution, String office, List<String> askedInstead) {
    DelegateExecution decision = execution.getProcessInstance();
    List<String> withdrawn = new ArrayList<>(
        JsonVariables.readStrings(decision.getVariable(OFFICES_WITHDRAWN), OFFICES_WITHDRAWN));
    withdrawn.add(office);
    decision.setVariable(OFFICES_WITHDRAWN, JsonVariables.stringList(withdrawn));
    if (Boolean.TRUE.equals(execution.getVariable(REPORTED)) && decision.getVariable(OFFICES_REPORTED) instanceof Number n) {
      // a report it sent before (sent back, then «not our work») no longer counts: it is out of every count
      decision.setVariable(OFFICES_REPORTED, Math.max(0, n.intValue() - 1));
    }
    execution.setVariableLocal(ASKED_IN_ITS_PLACE, JsonVariables.stringList(askedInstead));
    Object reason = execution.getVariable(NOT_OUR_WORK_REASON);
    DecisionActions.officeWithdrawn(execution, officeOptions.label(office), reason == null ? "" : reason.toString());
    // the office has no task left on the decision to read it on: a notice in its Tasklist, and its mail
    notifier.notifyOfficeByNotice(office, messages.withdrawalAgreed(DecisionSummary.of(execution),
        officeOptions.label(office), askedInstead.isEmpty() ? null : officeOptions.names(askedInstead)),
        execution.getProcessInstanceId());
  }
}

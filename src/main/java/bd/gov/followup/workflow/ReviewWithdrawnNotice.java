package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A review withdrawn because the lead set a later deadline (Event_NoLongerOverdue, Event_NoLongerOverdueAtUno): its
 * reviewer — the chair, or each UNO of the rung — is told why the task left its Tasklist, by a notice in its place
 * there and by mail.
 */
@Component("reviewWithdrawnNotice")
public class ReviewWithdrawnNotice implements ExecutionListener {

  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;

  public ReviewWithdrawnNotice(Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions) {
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> reviewers = "Event_NoLongerOverdueAtUno".equals(execution.getCurrentActivityId())
        ? stillReviewing(execution)
        : List.of((String) execution.getVariable(CHAIR_GROUP));
    DecisionSummary decision = DecisionSummary.of(execution);
    for (String reviewer : reviewers) {
      notifier.notifyOfficeByNotice(reviewer, messages.reviewWithdrawn(decision, officeOptions.label(reviewer)),
          execution.getProcessInstanceId());
    }
  }

  /**
   * The rung's UNOs whose reviews were still open: one that sent its letter has none to withdraw, and would read of a
   * task taken away that it had done.
   */
  static List<String> stillReviewing(DelegateExecution execution) {
    List<String> acted = JsonVariables.readStrings(execution.getVariable(UNOS_ACTED), UNOS_ACTED);
    return JsonVariables.readStrings(execution.getVariable(UNO_GROUPS), UNO_GROUPS).stream()
        .filter(uno -> !acted.contains(uno)).toList();
  }

  /** A UNO of the rung sent its letter: its review is done (kept on the decision until the next rung). */
  static void unoActed(DelegateExecution execution, String uno) {
    List<String> acted = new java.util.ArrayList<>(
        JsonVariables.readStrings(execution.getVariable(UNOS_ACTED), UNOS_ACTED));
    if (!acted.contains(uno)) {
      acted.add(uno);
      execution.getProcessInstance().setVariable(UNOS_ACTED, JsonVariables.stringList(acted));
    }
  }
}

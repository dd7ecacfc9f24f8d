package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A decision closed as not implemented (by the chair's review, or by a later meeting), or settled by a later meeting
 * as implemented or continued, takes its open tasks with it: the lead and every office that still had work on it are
 * told how and why, rather than finding the task gone: by a notice in their Tasklist (and mail where they have it).
 */
@Component("decisionClosedNotice")
public class DecisionClosedNotice implements ExecutionListener {

  private final PendingOffices pendingOffices;
  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;

  public DecisionClosedNotice(
      PendingOffices pendingOffices, Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions) {
    this.pendingOffices = pendingOffices;
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    Set<String> told = new LinkedHashSet<>();
    if (execution.getVariable(LEAD_GROUP) instanceof String lead
        && !Boolean.FALSE.equals(execution.getVariable(IMPLEMENTERS_RESOLVED))) {
      told.add(lead);
    }
    if (execution.getVariable(OFFICES_OWING_AT_CLOSE) instanceof String owing) {
      // either close has ended the offices' tasks by now: the close request's interruption, the chair's terminate end
      // event; each kept who owed work while the tasks were open (DecisionClosing, ChairDecisionCheckListener)
      Arrays.stream(owing.split(",")).filter(office -> !office.isBlank()).forEach(told::add);
    } else {
      // a close from elsewhere (an administrator's own message): whoever is still known
      pendingOffices.of(instance).stream().map(PendingOffices.PendingTask::officeId)
          .filter(java.util.Objects::nonNull).forEach(told::add);
    }
    Object laterMeeting = execution.getVariable(CLOSE_REASON);
    boolean closeRequest = laterMeeting != null && !laterMeeting.toString().isBlank();
    Object reason = closeRequest ? laterMeeting : execution.getVariable(CHAIR_REMARKS);
    DecisionClosing.Kind kind = closeRequest
        ? DecisionClosing.Kind.of((String) execution.getVariable(CLOSE_KIND), CLOSE_KIND)
        : DecisionClosing.Kind.NOT_IMPLEMENTED;
    // who closed it, and when: a close request says who; otherwise the chair closed it in the review
    Object closedBy = closeRequest ? execution.getVariable(CLOSED_BY) : "সভাপতি";
    DecisionActions.closed(execution.getProcessInstance(), closedBy == null ? "কমিটি" : closedBy.toString(), kind);
    DecisionSummary decision = DecisionSummary.of(execution);
    for (String office : told) {
      // its tasks are gone with the decision: the notice is a task of its own to read
      notifier.notifyOfficeByNotice(office, messages.decisionClosed(decision, officeOptions.label(office),
          reason == null ? null : reason.toString(), kind.value()), instance);
    }
  }
}

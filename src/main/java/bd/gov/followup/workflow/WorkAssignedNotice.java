package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Tells an office the moment work is given to it — a lead its decision to accept, an office the update it is asked
 * for, the secretary an implementer the directory does not know — on the task (a comment) and by mail: nobody has to find new work by looking in Tasklist. Not the lead's own
 * report task (it named its office itself when accepting), nor a report sent back (the verifier's notice says why).
 * A report that comes in is announced to its verifiers, and so is an office's «not our work»; an office a verifier
 * asks later is told why it is asked now.
 */
@Component("workAssignedNotice")
public class WorkAssignedNotice implements TaskListener {

  private final Notifier notifier;
  private final DecisionMessages messages;
  private final OfficeOptions officeOptions;

  public WorkAssignedNotice(Notifier notifier, DecisionMessages messages, OfficeOptions officeOptions) {
    this.notifier = notifier;
    this.messages = messages;
    this.officeOptions = officeOptions;
  }

  @Override
  public void notify(DelegateTask task) {
    String lead = (String) task.getVariable(LEAD_GROUP);
    if (TASK_ASSIGN_IMPLEMENTER.equals(task.getTaskDefinitionKey()) && lead != null) {
      DecisionSummary decision = DecisionSummary.of(task);
      if (decision.deadline() != null && decision.deadline().isBefore(DeadlineClock.today())
          && !Boolean.TRUE.equals(task.getVariable(ESCALATED))) {
        // minutes registered after their deadline: the watch escalates at once, and its notice tells the lead both
        // that the decision is its own and that it is late — one mail, not two in the same second in either order
        return;
      }
      notifier.notifyOffice(lead, messages.leadAsked(decision, officeOptions.label(lead)),
          task.getId(), task.getProcessInstanceId());
    } else if (TASK_RESOLVE_UNKNOWN_IMPLEMENTER.equals(task.getTaskDefinitionKey())) {
      // after a hand-back the secretary was told why (leadHandedBack); past the deadline the escalation says it
      DecisionSummary decision = DecisionSummary.of(task);
      String secretary = (String) task.getVariable(SECRETARY_GROUP);
      if (Boolean.TRUE.equals(task.getVariable(LEAD_DECLINED)) || secretary == null
          || decision.deadline() != null && decision.deadline().isBefore(DeadlineClock.today())) {
        return;
      }
      Object unresolved = task.getVariable(UNRESOLVED_TEXT);
      notifier.notifyOffice(secretary, messages.unresolvedImplementerAsked(decision, officeOptions.label(secretary),
          unresolved == null ? "—" : unresolved.toString()), task.getId(), task.getProcessInstanceId());
    } else if (TASK_REPORT_UPDATE.equals(task.getTaskDefinitionKey())) {
      String office = (String) task.getVariable(OFFICE);
      boolean askedLater = task.getVariable(ASKED_LATER_ON) != null; // not by the lead's own acceptance
      if (office == null || office.equals(lead) && !askedLater || VERDICT_RETURNED.equals(task.getVariable(VERDICT))) {
        return;
      }
      Object note = task.getVariable(ASSIGNMENT_NOTE);
      String leadName = lead == null ? "—" : officeOptions.label(lead);
      String leadNote = note == null ? null : note.toString();
      // an office a verifier asked after the acceptance reads why it is asked now (in whose place, if any)
      Object insteadOf = task.getVariable(ASKED_INSTEAD_OF);
      notifier.notifyOffice(office, !askedLater
              ? messages.officeAsked(DecisionSummary.of(task), officeOptions.label(office), leadName, leadNote)
              : messages.officeAskedLater(DecisionSummary.of(task), officeOptions.label(office), leadName, leadNote,
                  insteadOf == null || insteadOf.toString().isBlank() ? null : officeOptions.label(insteadOf.toString()),
                  // over the API the lead, the secretary or the chair: the office is not told a verifier did
                  task.getVariable(ASKED_BY) instanceof String by && !by.isBlank() ? by : "যাচাইকারী"),
          task.getId(), task.getProcessInstanceId());
    } else if (TASK_VERIFY_UPDATE.equals(task.getTaskDefinitionKey())) {
      // the report is in: whoever verifies it is told, rather than finding it at the next reminder
      String office = (String) task.getVariable(OFFICE);
      Object summary = task.getVariable(UPDATE_SUMMARY);
      boolean notOurWork = ReportCheckListener.notOurWork(task);
      Object reason = task.getVariable(NOT_OUR_WORK_REASON);
      for (IdentityLink candidate : task.getCandidates()) {
        if (candidate.getGroupId() != null) {
          String verifier = officeOptions.label(candidate.getGroupId());
          notifier.notifyOffice(candidate.getGroupId(), notOurWork
                  ? messages.withdrawalAsked(DecisionSummary.of(task), verifier, officeOptions.label(office),
                      reason == null ? null : reason.toString())
                  : messages.verificationAsked(DecisionSummary.of(task), verifier, officeOptions.label(office),
                      summary == null ? null : summary.toString()),
              task.getId(), task.getProcessInstanceId());
        }
      }
    }
  }
}

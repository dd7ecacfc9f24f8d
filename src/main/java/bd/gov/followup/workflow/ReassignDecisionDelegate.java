package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Message;
import bd.gov.followup.notify.Notifier;
import bd.gov.followup.security.DecisionReadAccess;
import bd.gov.followup.security.TaskGrants;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The chair gave the decision to another lead office: the lead's open work (accepting the decision, verifying
 * reports) moves to the new lead at once; offices keep their own report tasks. Both leads are told, with the chair's
 * remarks: the new one what is now its own, the former one who leads now and which of its tasks were taken off it.
 */
@Component("reassignDecision")
public class ReassignDecisionDelegate implements JavaDelegate {

  private final TaskService taskService;
  private final OfficeOptions officeOptions;
  private final DecisionReadAccess readAccess;
  private final ReportVerifiers verifiers;
  private final PendingOffices pendingOffices;
  private final Notifier notifier;
  private final DecisionMessages messages;
  private final ExtendDeadlineDelegate extension;
  private final TaskGrants taskGrants;

  public ReassignDecisionDelegate(
      @Lazy TaskService taskService, OfficeOptions officeOptions, DecisionReadAccess readAccess,
      ReportVerifiers verifiers, PendingOffices pendingOffices, Notifier notifier, DecisionMessages messages,
      ExtendDeadlineDelegate extension, TaskGrants taskGrants) {
    this.taskService = taskService;
    this.officeOptions = officeOptions;
    this.readAccess = readAccess;
    this.verifiers = verifiers;
    this.pendingOffices = pendingOffices;
    this.notifier = notifier;
    this.messages = messages;
    this.extension = extension;
    this.taskGrants = taskGrants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object newDeadline = execution.getVariable(NEW_DEADLINE);
    LocalDate previousDeadline = LocalDate.parse((String) execution.getVariable(DEADLINE));
    boolean extended = newDeadline != null && !newDeadline.toString().isBlank();
    if (extended) {
      // a new office given a date of its own (the old one has passed): first, so that its notice and tasks carry it
      extension.extend(execution);
    }
    String previousLead = (String) execution.getVariable(LEAD_GROUP);
    String newLead = (String) execution.getVariable(NEW_LEAD_GROUP);
    execution.setVariable(LEAD_GROUP, newLead);
    DecisionActions.leadNamed(execution, previousLead == null ? null : officeOptions.label(previousLead),
        officeOptions.label(newLead), "সভাপতি");
    readAccess.grant(newLead, execution);
    if (execution.hasVariable(VERIFIER_GROUPS)) { // an instance of a version whose verify task reads it
      execution.setVariable(VERIFIER_GROUPS,
          JsonVariables.stringList(verifiers.decisionWide(verifiers.roles(execution, newLead))));
    }

    List<Task> leadTasks = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn(TASK_ASSIGN_IMPLEMENTER, TASK_VERIFY_UPDATE)
        .unlimitedList(); // one decision's tasks; runs under the chair's login, which the result limit counts
    TakenOff takenOff = new TakenOff();
    for (Task task : leadTasks) {
      // a new lead that has already reported does not verify its own report
      List<String> groups = TASK_VERIFY_UPDATE.equals(task.getTaskDefinitionKey())
          ? verifiers.of(verifiers.roles(execution, newLead), pendingOffices.report(task))
          : List.of(newLead);
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
          if (!groups.contains(link.getGroupId())) {
            taskGrants.revoke(task.getId(), link.getGroupId()); // the former lead no longer works on it
            if (link.getGroupId().equals(previousLead)) {
              takenOff.add(task);
            }
          }
        }
      }
      groups.forEach(group -> taskService.addCandidateGroup(task.getId(), group));
      if (task.getAssignee() != null) {
        taskGrants.revokeUser(task.getId(), task.getAssignee()); // the former lead's clerk who had claimed it
        taskService.setAssignee(task.getId(), null);
      }
    }
    EscalationClock.reviewerActed(execution);
    taskService.createComment(null, execution.getProcessInstanceId(),
        "পুনঃঅর্পণ: মূল বাস্তবায়নকারী " + officeOptions.label(previousLead) + " থেকে " + officeOptions.label(newLead));
    // the new lead inherits the tasks as they are: it is told what is now its own (on the acceptance, if still owed)
    boolean accepted = Boolean.TRUE.equals(execution.getVariable(ACCEPTED));
    String acceptance = leadTasks.stream().filter(t -> TASK_ASSIGN_IMPLEMENTER.equals(t.getTaskDefinitionKey()))
        .map(Task::getId).findFirst().orElse(null);
    Message reassigned = messages.leadReassigned(DecisionSummary.of(execution), officeOptions.label(newLead),
        officeOptions.label(previousLead), accepted, ReviewerRemarksRecord.of(execution));
    if (acceptance != null) {
      notifier.notifyOffice(newLead, reassigned, acceptance, execution.getProcessInstanceId());
    } else {
      // an accepted decision: the new lead may have no task on it yet (no report waits for verification), and a
      // comment on the decision's instance reaches nobody in Tasklist: a notice of its own
      notifier.notifyOfficeByNotice(newLead, reassigned, execution.getProcessInstanceId());
    }
    if (previousLead != null) {
      // its tasks went from its Tasklist: it hears why, and what it still owes as an office
      boolean ownReportOwed = pendingOffices.of(execution.getProcessInstanceId()).stream().anyMatch(p ->
          TASK_REPORT_UPDATE.equals(p.task().getTaskDefinitionKey()) && previousLead.equals(p.officeId()));
      // a notice of its own: the tasks it would have read it on have just gone to the new lead
      notifier.notifyOfficeByNotice(previousLead, messages.leadReplaced(DecisionSummary.of(execution),
          officeOptions.label(previousLead), officeOptions.label(newLead), ReviewerRemarksRecord.of(execution),
          takenOff.acceptance, takenOff.verifications, ownReportOwed), execution.getProcessInstanceId());
    }
    if (extended) {
      extension.tellOffices(execution, previousDeadline, newLead); // the offices still owing work: their new date
    }
  }

  /** The former lead's tasks that moved to the new lead. */
  private static final class TakenOff {
    boolean acceptance;
    int verifications;

    void add(Task task) {
      if (TASK_ASSIGN_IMPLEMENTER.equals(task.getTaskDefinitionKey())) {
        acceptance = true;
      } else {
        verifications++;
      }
    }
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The chair extended the deadline (alone, or with a new lead): open tasks fall due on the new date, and the watch
 * starts over from it, so reminders and escalation follow the new date.
 */
@Component("extendDeadline")
public class ExtendDeadlineDelegate implements JavaDelegate {

  private final TaskService taskService;
  private final DecisionDeadlines deadlines;
  private final PendingOffices pendingOffices;
  private final OfficeOptions officeOptions;
  private final DecisionMessages messages;
  private final Notifier notifier;

  public ExtendDeadlineDelegate(@Lazy TaskService taskService, DecisionDeadlines deadlines,
      PendingOffices pendingOffices, OfficeOptions officeOptions, DecisionMessages messages, Notifier notifier) {
    this.taskService = taskService;
    this.deadlines = deadlines;
    this.pendingOffices = pendingOffices;
    this.officeOptions = officeOptions;
    this.messages = messages;
    this.notifier = notifier;
  }

  /**
   * The chair's extension: the offices that still owe work, and the lead, are told the new date and the chair's
   * remarks on their tasks and by mail (with a new lead, its own notice carries both: ReassignDecisionDelegate).
   */
  @Override
  public void execute(DelegateExecution execution) {
    LocalDate previous = LocalDate.parse((String) execution.getVariable(DEADLINE));
    extend(execution);
    tellOffices(execution, previous, null);
  }

  /**
   * Tells the offices that still owe work on the decision, and its lead, of the extended deadline.
   *
   * @param previous the deadline before the extension
   * @param toldOtherwise an office told by a notice of its own (a new lead: ReassignDecisionDelegate), or null
   */
  void tellOffices(DelegateExecution execution, LocalDate previous, String toldOtherwise) {
    DecisionSummary decision = DecisionSummary.of(execution);
    String remarks = ReviewerRemarksRecord.of(execution);
    Set<String> told = new HashSet<>();
    if (toldOtherwise != null) {
      told.add(toldOtherwise);
    }
    for (PendingOffices.PendingTask pending : pendingOffices.of(execution.getProcessInstanceId())) {
      if (told.contains(pending.officeId())) {
        continue;
      }
      notifier.notifyOffice(pending.officeId(), messages.deadlineExtended(decision,
          officeOptions.label(pending.officeId()), previous, remarks), pending.task().getId(),
          execution.getProcessInstanceId());
      told.add(pending.officeId());
    }
    String lead = (String) execution.getVariable(LEAD_GROUP);
    if (lead != null && told.add(lead)) {
      // a lead with nothing to report on has no task here to read it on
      notifier.notifyOfficeByNotice(lead, messages.deadlineExtended(decision, officeOptions.label(lead), previous,
          remarks), execution.getProcessInstanceId());
    }
  }

  /** Moves the decision to the chair's new deadline ({@code newDeadline}): also when it comes with a new lead. */
  void extend(DelegateExecution execution) {
    LocalDate previous = LocalDate.parse((String) execution.getVariable(DEADLINE));
    LocalDate extended = deadlines.apply(
        FormDates.parse(execution.getVariable(NEW_DEADLINE), NEW_DEADLINE), execution::setVariable);
    DecisionDeadlines.recordChange(execution, previous, extended, "সভাপতি");
    // an acceptance still open shows the deadline in its form's day-first field, filled in when the task opened
    DelegateExecution decision = execution.getProcessInstance();
    if (decision.hasVariableLocal(DEADLINE_DAY)) {
      String day = DecisionTexts.day(extended);
      decision.setVariableLocal(DEADLINE_DAY, day);
      decision.setVariableLocal(DEADLINE_DAY_PREFILLED, day);
    }
    execution.setVariable(ESCALATED, false);
    // the offices are told of the new date now (tellOffices): today's reminder for it, were one due, would say the
    // same seconds later, so the watch plans as if today's checkpoint had fired
    execution.setVariable(NEXT_CHECKPOINT_AT, DeadlineClock.toDate(DeadlineClock.now()));
    execution.setVariable(LAST_ESCALATION_AT, null);

    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .unlimitedList()) { // one decision's tasks, under the chair's login: the result limit would refuse list()
      task.setDueDate(DeadlineClock.dueDate(extended));
      taskService.saveTask(task);
    }
    taskService.createComment(null, execution.getProcessInstanceId(),
        "সময়সীমা বৃদ্ধি: " + DecisionTexts.day(previous) + " থেকে " + DecisionTexts.day(extended));
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.time.LocalDate;
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

  public ExtendDeadlineDelegate(@Lazy TaskService taskService, DecisionDeadlines deadlines) {
    this.taskService = taskService;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    extend(execution);
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
    execution.setVariable(NEXT_CHECKPOINT_AT, null);
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

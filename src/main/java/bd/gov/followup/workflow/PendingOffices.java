package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The offices of a decision that still owe work: the lead while the decision waits for acceptance, the secretary
 * while an implementer is unknown, and each office whose report task is open (new or sent back).
 */
@Component
public class PendingOffices {

  /** One open task and the office that owes it. */
  public record PendingTask(Task task, String officeId) {}

  private final TaskService taskService;

  public PendingOffices(@Lazy TaskService taskService) {
    this.taskService = taskService;
  }

  public List<PendingTask> of(String processInstanceId) {
    List<PendingTask> pending = new ArrayList<>();
    List<Task> tasks = taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(TASK_RESOLVE_UNKNOWN_IMPLEMENTER, TASK_ASSIGN_IMPLEMENTER, TASK_REPORT_UPDATE)
        .orderByTaskCreateTime().asc()
        .unlimitedList(); // one decision's tasks; may run under a user's login, which the result limit counts
    for (Task task : tasks) {
      String variable = switch (task.getTaskDefinitionKey()) {
        case TASK_REPORT_UPDATE -> OFFICE;
        case TASK_ASSIGN_IMPLEMENTER -> LEAD_GROUP;
        default -> SECRETARY_GROUP;
      };
      pending.add(new PendingTask(task, (String) taskService.getVariable(task.getId(), variable)));
    }
    return pending;
  }

  public List<String> officeIds(String processInstanceId) {
    return of(processInstanceId).stream().map(PendingTask::officeId).distinct().toList();
  }
}

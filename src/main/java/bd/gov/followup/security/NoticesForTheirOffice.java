package bd.gov.followup.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A notice (processes/notice.bpmn) is one office's news, read by that office's users and ticked «পড়েছি» by them.
 * The committee's secretary and chair may work on every task (TASK_WORK on all: an office's report that came on
 * paper), which let them claim an office's notice or mark it read in its place: it left the office's Tasklist
 * unread, and its history said it was read. So a notice is claimed, completed or submitted only by a user of the
 * office it is for (one of its candidate groups); the committee still sees it (Cockpit, REST), may release a claim
 * on it ({@link ReleaseByTheOfficeOrCommittee}), and the administrator and the application are not restricted.
 */
@Component
public class NoticesForTheirOffice extends RestrictedTaskCommandCheck {

  /** notify.NoticeTasks' process, named here as security comes before notify. */
  static final String NOTICE_PROCESS = "Notice";

  public NoticesForTheirOffice() {
    super(List.of(ClaimTaskCmd.class, CompleteTaskCmd.class, SubmitTaskFormCmd.class));
  }

  @Override
  protected void check(String taskId, CommandContext context) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || !isNotice(task)) {
      return; // Camunda's own answer for a missing task; any other task: the other checks
    }
    List<String> offices = TaskCommittee.candidateGroupsOf(task);
    List<String> groups = context.getAuthentication().getGroupIds();
    if (groups != null && offices.stream().anyMatch(groups::contains)) {
      return;
    }
    String office = String.join(", ", offices);
    throw new AuthorizationException("এই বিজ্ঞপ্তি " + office + " দপ্তরের জন্য; সেই দপ্তরের কেউই এটি নেন (claim) ও পড়া"
        + " হলে সম্পন্ন করেন / this notice is for " + office + ": only a user of that office claims it or marks it read");
  }

  private static boolean isNotice(TaskEntity task) {
    ProcessDefinitionEntity process = task.getProcessDefinitionId() == null ? null : task.getProcessDefinition();
    return process != null && NOTICE_PROCESS.equals(process.getKey());
  }
}

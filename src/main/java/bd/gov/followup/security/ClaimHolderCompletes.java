package bd.gov.followup.security;

import bd.gov.followup.directory.OfficeDirectory;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A claim says who of the office is working on the task. Camunda lets anyone with TASK_WORK complete it all the same
 * (Tasklist only greys out «সম্পন্ন করুন»), so a colleague's REST client filed a report into a task its holder was
 * still writing. A task claimed by someone else is completed or submitted by its holder only; a colleague takes it
 * over by releasing it and claiming it ({@link ReleaseByTheOfficeOrCommittee}). The committee's secretary and chair
 * keep filling in a claimed task of their committee's meetings (an office's report that came on paper), and the
 * application's steps and the administrator are not affected.
 */
@Component
public class ClaimHolderCompletes extends RestrictedTaskCommandCheck {

  private final OfficeDirectory directory;

  public ClaimHolderCompletes(OfficeDirectory directory) {
    super(List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class));
    this.directory = directory;
  }

  @Override
  protected void check(String taskId, CommandContext context) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getAssignee() == null || task.getAssignee().equals(context.getAuthenticatedUserId())) {
      return; // Camunda's own answer for a missing task; an unclaimed task is the office's
    }
    List<String> groups = context.getAuthentication().getGroupIds();
    if (groups != null && TaskCommittee.groupsOf(task, directory).stream().anyMatch(groups::contains)) {
      return;
    }
    throw new AuthorizationException(heldBy(task.getAssignee()));
  }

  /** Says who holds the task and how a colleague takes it over. */
  static String heldBy(String holder) {
    return "কাজটি " + holder + " নিজের করে নিয়েছেন (claim), তাই তিনিই এটি সম্পন্ন করবেন। আপনি করতে চাইলে আগে কাজটি"
        + " ছেড়ে দিন (unclaim: টাস্কলিস্টে তাঁর নামের পাশের ×), তারপর নিজের করে নিন (claim) / this task is claimed by "
        + holder + ", who completes it; to take it over, release it (unclaim), then claim it yourself";
  }
}

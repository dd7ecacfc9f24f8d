package bd.gov.followup.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Attachments are the application's: the reminder letters a decision's escalation drafts (served to readers as
 * {@code /api/meetings/…/letters/{n}.html}). Camunda lets whoever may work on a task add, change and delete its
 * attachments (TASK_WORK), so an office could store megabytes per request on its task or remove what it was sent;
 * Tasklist offers no attachments, and an office's evidence is its report's link. Users other than the
 * administrator may not; the application's steps run without authorization checks and are not affected.
 */
@Component
public class AttachmentsByTheApplication extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new RefusedToUsers("সংযুক্তি যোগ, বদল বা মোছা যায় না; প্রমাণ"
        + " প্রতিবেদনের লিংকে দিন / attachments are the application's (its reminder letters): add the evidence's link to"
        + " the report instead", CreateAttachmentCmd.class, SaveAttachmentCmd.class, DeleteAttachmentCmd.class));
  }
}

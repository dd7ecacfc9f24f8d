package bd.gov.followup.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * A user starts a meeting at its start event only (Tasklist's start form, {@code /api}): {@code /engine-rest}'s start
 * with {@code startInstructions} begins at an activity of the caller's choosing and, with
 * {@code skipCustomListeners}, without the start event's checks, so a secretary could start a meeting with minutes,
 * a committee and a chair of its own choosing, unchecked and unclaimed. Refused before the engine runs it; the
 * administrator is not affected.
 */
@Component
public class StartsAtTheStartEvent extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new RefusedToUsers("সভা শুরু হয় শুরুর ফর্ম বা /api দিয়ে, কার্যপ্রবাহের মাঝের"
        + " কোনো ধাপ থেকে নয় / a meeting starts at its start event (the start form or /api), not at an activity of"
        + " the caller's choosing", StartProcessInstanceAtActivitiesCmd.class));
  }
}

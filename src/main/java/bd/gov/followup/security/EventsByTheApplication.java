package bd.gov.followup.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Messages, signals and conditions move a decision only from the application (a later meeting's close goes through
 * {@code /api}, which checks who may close): a user's own, through {@code /engine-rest}, is refused before the
 * engine looks for a receiver. Camunda would look first, and refuse a found instance with 403 naming its id but an
 * unknown business key with 400: an office could confirm a guessed memo number it may not read, and learn its
 * decisions' ids. The administrator is not affected.
 */
@Component
public class EventsByTheApplication extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new RefusedToUsers("বার্তা (message) বা সংকেত (signal) পাঠিয়ে সিদ্ধান্তের"
        + " কার্যপ্রবাহ এগোনো বা বন্ধ করা যায় না; সিদ্ধান্ত বন্ধ বা নিষ্পত্তি করেন সদস্য-সচিব বা সভাপতি, /api দিয়ে /"
        + " messages, signals and conditions move decisions only from the application; the committee closes or settles"
        + " a decision through /api", CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
        MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class, EvaluateStartConditionCmd.class));
  }
}

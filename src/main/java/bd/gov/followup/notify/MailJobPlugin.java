package bd.gov.followup.notify;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine the {@link MailJob} (the job executor then sends queued mail on every node) and how to retry
 * one that failed ({@link MailRetry}).
 */
@Component
public class MailJobPlugin extends SpringBootProcessEnginePlugin {

  private final MailJob mailJob;

  public MailJobPlugin(MailJob mailJob) {
    this.mailJob = mailJob;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(mailJob);
    configuration.setFailedJobCommandFactory(new MailRetry());
  }
}

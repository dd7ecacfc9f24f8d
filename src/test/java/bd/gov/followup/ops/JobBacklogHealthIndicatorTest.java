package bd.gov.followup.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node whose job executor should run (camunda.bpm.job-execution.enabled, as in production) is ready while it runs
 * and not when it has stopped: its deadlines and reminders would wait for other nodes.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("processtest")
@DirtiesContext
class JobBacklogHealthIndicatorTest {

  @Autowired JobBacklogHealthIndicator indicator;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void upWhileTheJobExecutorRuns_downWhenItStopped() {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    assertThat(jobExecutor.isActive()).isTrue();
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(indicator.health().getDetails()).containsKeys("dueJobs", "lockOwner");

    jobExecutor.shutdown();
    try {
      assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    } finally {
      jobExecutor.start();
    }
  }
}

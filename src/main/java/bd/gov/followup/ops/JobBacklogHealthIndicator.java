package bd.gov.followup.ops;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * This node's job executor, as a load balancer and an operator see it ({@code /actuator/health/readiness}, name
 * {@code jobBacklog}): DOWN when the job executor should run here but does not (deadlines and reminders would then
 * wait for other nodes); UP otherwise, with the due jobs of all nodes and how late the oldest is. A backlog never
 * takes a node out of service: during a deadline storm every node is busy, and all of them should keep serving.
 */
@Component
public class JobBacklogHealthIndicator extends AbstractHealthIndicator {

  private final ProcessEngineConfiguration configuration;
  private final ManagementService managementService;
  private final CamundaBpmProperties camunda;

  public JobBacklogHealthIndicator(
      ProcessEngineConfiguration configuration, ManagementService managementService, CamundaBpmProperties camunda) {
    super("job executor health check failed");
    this.configuration = configuration;
    this.managementService = managementService;
    this.camunda = camunda;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    ProcessEngineConfigurationImpl impl = (ProcessEngineConfigurationImpl) configuration;
    JobExecutor jobExecutor = impl.getJobExecutor();
    // the Spring Boot starter starts the job executor itself and leaves the engine's own jobExecutorActivate false
    boolean wanted = camunda.getJobExecution().isEnabled();
    boolean active = jobExecutor != null && jobExecutor.isActive();
    if (!wanted) {
      builder.unknown().withDetail("jobExecutor", "disabled on this node");
    } else if (active) {
      builder.up();
    } else {
      builder.down().withDetail("jobExecutor", "not running");
    }
    long due = managementService.createJobQuery().executable().count();
    builder.withDetail("dueJobs", due);
    if (due > 0) {
      List<Job> oldest = managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
      if (!oldest.isEmpty() && oldest.get(0).getDuedate() != null) {
        Date dueDate = oldest.get(0).getDuedate();
        builder.withDetail("oldestDueSeconds",
            Duration.ofMillis(Math.max(0, ClockUtil.getCurrentTime().getTime() - dueDate.getTime())).toSeconds());
      }
    }
    if (jobExecutor != null) {
      builder.withDetail("lockOwner", jobExecutor.getLockOwner());
    }
  }
}

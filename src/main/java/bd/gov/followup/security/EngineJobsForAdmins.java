package bd.gov.followup.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Only the administrator changes a job that belongs to no process: the nightly history cleanup, a mail queued
 * outside a decision. Camunda checks nothing for such jobs ("standalone", no definition to hold a permission), so
 * any logged-in office could suspend, delay, delete or run the history cleanup through /engine-rest/job and the
 * five-year removal would stop without a word. The application's own steps and the job executor run without an
 * authenticated user and are not affected.
 */
@Component
public class EngineJobsForAdmins extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Camunda's own pair, the authorization checker extended; set before init, which keeps a list it finds
    List<CommandChecker> checkers = new ArrayList<>();
    checkers.add(new TenantCommandChecker());
    checkers.add(new Checker());
    configuration.setCommandCheckers(checkers);
    // suspending or activating one job asks the checkers only about its process, and a job of none about nothing
    PostCommandInterceptors.add(configuration, new SuspensionCheck());
    PostCommandInterceptors.add(configuration, new RefusedRunsChangeNothing());
  }

  /**
   * A refused {@code POST /job/{id}/execute} leaves the job as it was. Camunda takes any failure inside a job's run
   * for the job's own, the permission check's refusal included: it takes a retry off, moves the job to now plus the
   * retry interval, logs a failure and at no retries left raises an incident. An office without any part in a
   * decision could so make its deadline checkpoint fire at once (notices to every office), or stop the watch or
   * the history cleanup by asking a few times. The failure handling is skipped for a refusal of an authenticated
   * caller; the job executor runs without one, so the jobs' own failures are handled as ever.
   */
  private static final class RefusedRunsChangeNothing extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof FailedJobListener && Context.getCommandContext().getAuthenticatedUserId() != null
          && refusal(((JobFailureCollector) CommandFields.read(command, "jobFailureCollector")).getFailure())) {
        return null;
      }
      return next.execute(command);
    }

    private static boolean refusal(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof AuthorizationException) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class SuspensionCheck extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (command instanceof AbstractSetJobStateCmd && context.isAuthorizationCheckEnabled()
          && context.getAuthenticatedUserId() != null) {
        String jobId = CommandFields.read(command, "jobId");
        JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
        if (job != null) {
          adminOnlyWithoutProcess(job);
        }
      }
      return next.execute(command);
    }
  }

  static final class Checker extends AuthorizationCommandChecker {

    @Override
    public void checkUpdateJob(JobEntity job) {
      super.checkUpdateJob(job);
      adminOnlyWithoutProcess(job);
    }

    @Override
    public void checkUpdateRetriesJob(JobEntity job) {
      super.checkUpdateRetriesJob(job);
      adminOnlyWithoutProcess(job);
    }
  }

  static void adminOnlyWithoutProcess(JobEntity job) {
    CommandContext context = Context.getCommandContext();
    if (job.getProcessDefinitionKey() != null || context == null || !context.isAuthorizationCheckEnabled()
        || context.getAuthenticatedUserId() == null) {
      return;
    }
    List<String> groups = context.getAuthentication().getGroupIds();
    if (groups == null || !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException("এই কাজটি কোনো প্রক্রিয়ার নয় (যেমন রাতের ইতিহাস পরিষ্কার); কেবল প্রশাসক"
          + " বদলাতে পারেন / job " + job.getId() + " belongs to no process (e.g. the history cleanup): only an"
          + " administrator may change it");
    }
  }
}

package bd.gov.followup.notify;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * How a failed {@link MailJob} is retried: every 10 minutes, five times, then an incident (R5/PT10M, as the BPMN's
 * asynchronous steps are). Camunda takes a retry cycle only from a BPMN activity; a mail job has none, and would
 * otherwise be tried three times within seconds — useless against a mail server that is down for maintenance.
 * Every other job keeps Camunda's own handling.
 */
public class MailRetry implements FailedJobCommandFactory {

  public static final String CYCLE = "R5/PT10M";

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return new MailAwareRetryCmd(jobId, exception);
  }

  static class MailAwareRetryCmd extends DefaultJobRetryCmd {

    /** Stands for the activity a mail job does not have, so that Camunda's retry-cycle path runs for it. */
    private static final ActivityImpl MAIL = new ActivityImpl(MailJob.TYPE, null);

    MailAwareRetryCmd(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public ActivityImpl getCurrentActivity(CommandContext commandContext, JobEntity job) {
      return MailJob.TYPE.equals(job.getJobHandlerType()) ? MAIL : super.getCurrentActivity(commandContext, job);
    }

    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
      return activity == MAIL ? ParseUtil.parseRetryIntervals(CYCLE) : super.getFailedJobRetryConfiguration(job, activity);
    }
  }
}

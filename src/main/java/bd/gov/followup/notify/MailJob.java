package bd.gov.followup.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The job that sends one queued mail ({@link MailOutbox}) and then removes it. The mail is claimed before it is sent
 * and removed as soon as it went out, each committed on its own ({@link MailClaims}), so two jobs of one mail never
 * both send it. A failure (server down, address refused) fails the job: the engine retries it ({@link MailRetry}:
 * R5/PT10M) and then raises an incident.
 */
@Component
public class MailJob implements JobHandler<MailJob.Configuration> {

  public static final String TYPE = "followup-mail";

  private static final Logger log = LoggerFactory.getLogger(MailJob.class);

  /** The job's configuration: the outbox row's id. */
  public record Configuration(String mailId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return mailId;
    }
  }

  private final MailOutbox outbox;
  private final MailClaims claims;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties mail;

  public MailJob(MailOutbox outbox, MailClaims claims, ObjectProvider<JavaMailSender> mailSender,
      MailProperties mail) {
    this.outbox = outbox;
    this.claims = claims;
    this.mailSender = mailSender;
    this.mail = mail;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    ProcessEngineConfigurationImpl engine = commandContext.getProcessEngineConfiguration();
    Duration lifetime = Duration.ofMillis(engine.getJobExecutor().getLockTimeInMillis());
    MailClaims.Claim claim = claims.claim(configuration.mailId(), engine.getHostname(), lifetime);
    if (claim instanceof MailClaims.Gone) {
      return; // sent by an earlier run, whose job row survived or was re-queued: nothing to send twice
    }
    if (claim instanceof MailClaims.ClaimedElsewhere elsewhere) {
      // another run is at the server with it (the job this one took over from, or this job's own run on a node
      // that died): look again when that claim lapses, without spending a retry
      outbox.queueAgain(configuration.mailId(), commandContext.getCurrentJob(), elsewhere.until());
      log.info("Mail {} is being sent by {}: looking again at {}", configuration.mailId(), elsewhere.claimant(),
          elsewhere.until());
      return;
    }
    MailClaims.Claimed claimed = (MailClaims.Claimed) claim;
    MailOutbox.QueuedMail queued = claimed.mail();
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.warn("Mail is no longer configured (spring.mail.host): dropping the mail to {}", queued.recipient());
    } else {
      try {
        sender.send(mime(sender, queued));
      } catch (RuntimeException e) {
        claims.release(claimed);
        if (e instanceof MailException mail) {
          // the job's exception is the incident's message in Cockpit: it names the mail, not only the server's error
          throw new MailSendException("মেইল পাঠানো যায়নি / mail not sent — to " + queued.recipient() + ", «"
              + queued.subject() + "»: " + mail.getMessage(), mail);
        }
        throw e;
      }
    }
    // committed now, not with this job: should its commit fail, the mail is still not sent again
    claims.done(queued.id());
  }

  private MimeMessage mime(JavaMailSender sender, MailOutbox.QueuedMail queued) {
    try {
      MimeMessage mime = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, queued.html() != null, StandardCharsets.UTF_8.name());
      helper.setFrom(mail.from());
      helper.setTo(queued.recipient());
      helper.setSubject(queued.subject());
      if (queued.html() != null) {
        helper.setText(queued.body(), queued.html());
      } else {
        helper.setText(queued.body());
      }
      return mime;
    } catch (MessagingException e) {
      throw new MailPreparationException("cannot build the mail to " + queued.recipient(), e);
    }
  }

  @Override
  public Configuration newConfiguration(String canonicalString) {
    return new Configuration(canonicalString);
  }

  /**
   * The job goes with its instance. A mail queued in the step that ends the instance normally (the meeting's final
   * report as it settles, the notice of a decision closed), or one whose job was at the mail server as the instance
   * ended, is still owed: it moves to a job of its own, which sends it unless the run at the server does
   * ({@link MailClaims}). A decision deleted or cancelled takes its unsent mail with it. A job deleted after its own
   * run has dealt with its mail in that run.
   */
  @Override
  public void onDelete(Configuration configuration, JobEntity jobEntity) {
    if (jobEntity.equals(Context.getCommandContext().getCurrentJob())) {
      return;
    }
    ExecutionEntity execution = jobEntity.getExecution();
    boolean endedNormally = execution != null && !execution.isCanceled() && execution.getDeleteReason() == null;
    if (endedNormally && outbox.find(configuration.mailId()).isPresent()) {
      outbox.requeueOnItsOwn(configuration.mailId(), jobEntity);
      return;
    }
    outbox.remove(configuration.mailId());
  }
}

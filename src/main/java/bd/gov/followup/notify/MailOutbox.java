package bd.gov.followup.notify;

import java.sql.Timestamp;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mail to be sent once the current transaction commits: a row in {@code followup_mail_outbox} and a Camunda job
 * ({@link MailJob}) that sends it, both written in the caller's transaction. So a reminder or an escalation is one
 * transaction whatever the mail server does, a rolled-back step sends nothing, and a failing server is retried per
 * mail (R5/PT10M, then an incident on the decision in Cockpit) without re-sending the mails that went out.
 */
@Component
public class MailOutbox {

  private final JdbcTemplate jdbc;

  public MailOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One mail in the outbox. */
  public record QueuedMail(String id, String recipient, String subject, String body, String html) {}

  /**
   * Queues a mail from inside a process step (a delegate: the engine's transaction is open); its job belongs to the
   * process instance, so Cockpit shows a failing mail on that decision.
   *
   * @param html the HTML alternative (a letter), or null for plain text
   * @param processInstanceId the instance the mail is about
   */
  public String queue(String recipient, Message message, String html, String processInstanceId) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      throw new IllegalStateException("mail is queued from a process step, inside the engine's transaction");
    }
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO followup_mail_outbox (id, recipient, subject, body, html, process_instance_id, queued_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
        id, recipient, message.subject(), message.body(), html, processInstanceId,
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(MailJob.TYPE);
    job.setJobHandlerConfigurationRaw(id);
    // due now, as Camunda dates its own asynchronous steps (ensureJobDueDateNotNull): acquisition by due date
    // orders it among the other due jobs through its index, and a query for the jobs due now finds it
    job.setDuedate(ClockUtil.getCurrentTime());
    ExecutionEntity instance = processInstanceId == null ? null
        : commandContext.getExecutionManager().findExecutionById(processInstanceId);
    if (instance != null) {
      // on the instance, not the step's execution: the mail outlives the step, and a failure shows on the decision
      job.setExecution(instance);
      job.setProcessDefinitionId(instance.getProcessDefinitionId());
      job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
      job.setDeploymentId(instance.getProcessDefinition().getDeploymentId());
    }
    commandContext.getJobManager().send(job);
    return id;
  }

  /**
   * A queued mail whose instance ended in the transaction that queued it, or while its job was at the mail server:
   * the same mail, sent by a job of no process instance (which only the administrator may change,
   * security.EngineJobsForAdmins).
   */
  void requeueOnItsOwn(String id, JobEntity ended) {
    Context.getCommandContext().getJobManager().send(sameProcess(newJob(id, ClockUtil.getCurrentTime()), ended));
  }

  /**
   * The same mail on a new job due at {@code due}, of the same instance as {@code current} (or, of none, of the same
   * process): a job whose mail another run is sending looks again when that run's claim lapses.
   */
  void queueAgain(String id, JobEntity current, Date due) {
    MessageEntity job = newJob(id, due);
    ExecutionEntity instance = current.getExecution();
    if (instance != null) {
      job.setExecution(instance);
    }
    Context.getCommandContext().getJobManager().send(sameProcess(job, current));
  }

  private static MessageEntity newJob(String id, Date due) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(MailJob.TYPE);
    job.setJobHandlerConfigurationRaw(id);
    job.setDuedate(due);
    return job;
  }

  /**
   * Still of its process (as a timer start event's job is, without an instance): should it fail for good, its
   * incident counts on Cockpit's dashboard and that process's page, where the administrator retries it; an incident
   * of no process Cockpit does not show at all.
   */
  private static MessageEntity sameProcess(MessageEntity job, JobEntity like) {
    job.setProcessDefinitionId(like.getProcessDefinitionId());
    job.setProcessDefinitionKey(like.getProcessDefinitionKey());
    job.setDeploymentId(like.getDeploymentId());
    return job;
  }

  public Optional<QueuedMail> find(String id) {
    return jdbc.query("SELECT id, recipient, subject, body, html FROM followup_mail_outbox WHERE id = ?",
        (rs, row) -> new QueuedMail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        id).stream().findFirst();
  }

  public void remove(String id) {
    jdbc.update("DELETE FROM followup_mail_outbox WHERE id = ?", id);
  }
}

package bd.gov.followup.notify;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells an office something: the message is kept as a comment on the task it is about, where Tasklist shows it, or,
 * when the office has no task to read it on (its work ended, or it never had any), given to it as a notice to read
 * in Tasklist ({@link NoticeTasks}: a comment on the process instance reaches nobody); and mailed to the office's
 * address when it has one and mail is configured. Mail goes through the {@link MailOutbox}: it leaves after the step commits, one job per mail, so a mail server that is down delays
 * the mail (retried, then an incident) but never the reminder or escalation itself. A step that rolls back sends
 * nothing; a mail is sent again only when its node dies at the server, or before the outbox has recorded the
 * server's acceptance ({@link MailClaims}; SMTP has no transaction to join): at least once, not exactly once.
 */
@Component
public class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  private final TaskService taskService;
  private final OfficeDirectory directory;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailOutbox outbox;
  private final MailProperties mail;
  private final NoticeTasks notices;

  public Notifier(
      @Lazy TaskService taskService,
      OfficeDirectory directory,
      ObjectProvider<JavaMailSender> mailSender,
      MailOutbox outbox,
      MailProperties mail,
      NoticeTasks notices) {
    this.notices = notices;
    this.taskService = taskService;
    this.directory = directory;
    this.mailSender = mailSender;
    this.outbox = outbox;
    this.mail = mail;
  }

  /**
   * @param taskId the task the message is about, or null to comment on the process instance (for a recipient whose
   *     task follows at once; one with none to follow is told by {@link #notifyOfficeByNotice})
   * @return whether an email was queued
   */
  public boolean notifyOffice(String officeId, Message message, String taskId, String processInstanceId) {
    return notifyOffice(officeId, message, null, taskId, processInstanceId);
  }

  /**
   * Tells an office with a letter: the plain text as a comment, and a mail whose body is the printable HTML letter
   * (with the plain text as the alternative part).
   *
   * @return whether an email was queued
   */
  public boolean notifyOfficeWithLetter(
      String officeId, Message message, String letterHtml, String taskId, String processInstanceId) {
    return notifyOffice(officeId, message, letterHtml, taskId, processInstanceId);
  }

  /**
   * Tells an office that has no task of its own on the instance: the message is a notice for it to read in Tasklist
   * (started in the caller's transaction), and mailed where it has an address.
   *
   * @return whether an email was queued
   */
  public boolean notifyOfficeByNotice(String officeId, Message message, String processInstanceId) {
    return notifyOfficeByNotice(officeId, message, null, processInstanceId);
  }

  /** {@link #notifyOfficeByNotice(String, Message, String)} with the printable HTML letter as the mail's body. */
  public boolean notifyOfficeByNotice(String officeId, Message message, String letterHtml, String processInstanceId) {
    notices.open(officeId, message, processInstanceId);
    return mailOffice(officeId, message, letterHtml, processInstanceId);
  }

  /** Mails one address about a process instance; false when mail is not configured. */
  public boolean send(String address, Message message, String processInstanceId) {
    return mail(address, message, null, processInstanceId);
  }

  public String baseUrl() {
    return mail.baseUrl();
  }

  private boolean notifyOffice(String officeId, Message given, String html, String taskId, String processInstanceId) {
    Message message = linkedToTask(given, taskId);
    taskService.createComment(taskId, processInstanceId, message.asComment());
    return mailOffice(officeId, message, html, processInstanceId);
  }

  private boolean mailOffice(String officeId, Message message, String html, String processInstanceId) {
    Optional<String> address = directory.office(officeId).map(Office::email).filter(e -> e != null && !e.isBlank());
    if (address.isEmpty()) {
      log.debug("No email address for office {}: not mailed", officeId);
      return false;
    }
    return mail(address.get(), message, html, processInstanceId);
  }

  /**
   * A message about a task links to that task, not to Tasklist's start page where the official would look for it
   * among all of the office's work (Tasklist opens the task named in its address: #/?task=…).
   */
  private Message linkedToTask(Message message, String taskId) {
    if (taskId == null) {
      return message;
    }
    String home = mail.baseUrl() + "/camunda/app/tasklist/";
    String body = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(home) + "(?=\\s|$)")
        .matcher(message.body())
        .replaceAll(java.util.regex.Matcher.quoteReplacement(home + "default/#/?task=" + taskId));
    return new Message(message.subject(), body);
  }

  private boolean mail(String address, Message message, String html, String processInstanceId) {
    if (mailSender.getIfAvailable() == null) {
      log.debug("Mail is not configured (spring.mail.host): not mailing {}", address);
      return false;
    }
    outbox.queue(address, message, html, processInstanceId);
    return true;
  }
}

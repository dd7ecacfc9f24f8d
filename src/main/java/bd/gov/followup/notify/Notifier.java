package bd.gov.followup.notify;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells an office something: the message is always kept as a comment on the task (or the instance), where Tasklist
 * and Cockpit show it, and mailed to the office's address when it has one and mail is configured. A failing mail
 * server throws, so the job that sends is retried and, in the end, shows as an incident.
 */
@Component
public class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  private final TaskService taskService;
  private final OfficeDirectory directory;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties mail;

  public Notifier(
      @Lazy TaskService taskService,
      OfficeDirectory directory,
      ObjectProvider<JavaMailSender> mailSender,
      MailProperties mail) {
    this.taskService = taskService;
    this.directory = directory;
    this.mailSender = mailSender;
    this.mail = mail;
  }

  /**
   * @param taskId the task the message is about, or null to comment on the process instance
   * @return whether an email went out
   */
  public boolean notifyOffice(String officeId, Message message, String taskId, String processInstanceId) {
    taskService.createComment(taskId, processInstanceId, message.asComment());
    Optional<String> address = directory.office(officeId).map(Office::email).filter(e -> e != null && !e.isBlank());
    if (address.isEmpty()) {
      log.info("No email address for office {}: message kept as a comment only", officeId);
      return false;
    }
    return send(address.get(), message);
  }

  /** Mails one address; false when mail is not configured. */
  public boolean send(String address, Message message) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.info("Mail is not configured (spring.mail.host): not mailing {}", address);
      return false;
    }
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(mail.from());
    email.setTo(address);
    email.setSubject(message.subject());
    email.setText(message.body());
    sender.send(email);
    return true;
  }

  /**
   * Tells an office with a letter: the plain text as a comment, and a mail whose body is the printable HTML letter
   * (with the plain text as the alternative part).
   *
   * @return whether an email went out
   */
  public boolean notifyOfficeWithLetter(
      String officeId, Message message, String letterHtml, String taskId, String processInstanceId) {
    taskService.createComment(taskId, processInstanceId, message.asComment());
    Optional<String> address = directory.office(officeId).map(Office::email).filter(e -> e != null && !e.isBlank());
    if (address.isEmpty()) {
      log.info("No email address for office {}: letter kept as a comment and an attachment only", officeId);
      return false;
    }
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.info("Mail is not configured (spring.mail.host): not mailing {}", address.get());
      return false;
    }
    try {
      MimeMessage mime = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
      helper.setFrom(mail.from());
      helper.setTo(address.get());
      helper.setSubject(message.subject());
      helper.setText(message.body(), letterHtml);
      sender.send(mime);
    } catch (MessagingException e) {
      throw new MailPreparationException("cannot build the letter mail for " + officeId, e);
    }
    return true;
  }

  public String baseUrl() {
    return mail.baseUrl();
  }
}

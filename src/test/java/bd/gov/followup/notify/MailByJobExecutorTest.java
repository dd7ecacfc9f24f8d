package bd.gov.followup.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.MeetingRegistration;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outbox with the job executor running, as in production: registering the Jhenaidah minutes queues one mail per
 * address in the distribution's transaction, and the job executor's {@link MailJob}s deliver them over SMTP
 * (GreenMail) and empty the outbox, with no test code executing a job.
 */
@SpringBootTest(properties = {
    "followup.directory.location=classpath:directory/jhenaidah-with-emails.yaml",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=1000"})
@ActiveProfiles("processtest")
@DirtiesContext // its job executor runs: closed after the class instead of polling through the rest of the suite
class MailByJobExecutorTest extends SmtpServerTestSupport {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Autowired ProcessEngine engine;
  @Autowired MeetingRegistration registration;
  @Autowired ObjectMapper objectMapper;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theJobExecutorSendsEachQueuedMailOnce_andEmptiesTheOutbox() throws Exception {
    // the meeting's day: its deadlines lie ahead, so only the distribution mails
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(LocalDateTime.of(2023, 12, 6, 10, 0)));
    Meeting meeting;
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      meeting = objectMapper.readValue(in, Meeting.class);
    }
    ProcessInstance instance = registration.register(meeting, false);

    java.util.List<String> decisions = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).list().stream().map(ProcessInstance::getId).toList();
    java.util.List<String> instances =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(instance.getId()), decisions.stream()).toList();
    // done when no job is left to run (the distribution is itself a job: until it has run, the outbox holds only
    // the acceptance requests) and the outbox is empty
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
        .until(() -> instances.stream().allMatch(id -> messageJobs(id) == 0 && outboxRows(id) == 0));
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(m -> to(m) + " " + subject(m)))
        .as("each mail once").doesNotHaveDuplicates();
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("সভার কার্যবিবরণী:"))
            .map(MailByJobExecutorTest::to))
        .as("the minutes to each address once, the 14 of DistributionMailTest")
        .doesNotHaveDuplicates().hasSize(14).contains("uno-kaliganj@followup.test", "ap-harinakunda@followup.test");
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("গ্রহণের অনুরোধ:")))
        .as("and each decision's lead its request to accept").isNotEmpty();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  long messageJobs(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).messages().count();
  }

  int outboxRows(String processInstanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM followup_mail_outbox WHERE process_instance_id = ?", Integer.class,
        processInstanceId);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String to(MimeMessage message) {
    try {
      return message.getRecipients(RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

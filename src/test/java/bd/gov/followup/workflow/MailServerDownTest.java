package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail server is down: the async reminder job fails, is retried every 10 minutes (R5/PT10M, not three times at
 * once), and ends as an incident that Cockpit shows; nothing is half-sent (the comments roll back with the job).
 * Once the server is back and an administrator retries the job, the reminder goes out.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class MailServerDownTest extends ProcessTestSupport {

  /** nothing listens here */
  static final int CLOSED_PORT = DecisionMailTest.freePort();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> CLOSED_PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    registry.add("followup.directory.location", () -> "classpath:directory/jhenaidah-mail.yaml");
  }

  @Autowired JavaMailSenderImpl mailSender;

  @Test
  void reminderJob_retriesEveryTenMinutes_thenBecomesAnIncident_andIsNotLost() throws Exception {
    ManagementService management = engine.getManagementService();
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);

    LocalDateTime now = LocalDateTime.of(2026, 7, 21, 9, 0);
    at(now);
    management.executeJob(timer(decision).getId());
    Job send = sendJob(decision);
    assertThat(send.getRetries()).as("R5: the retry cycle sets the retries from the start").isEqualTo(5);

    int attempts = 0;
    while (sendJob(decision).getRetries() > 0) {
      String id = sendJob(decision).getId();
      assertThatThrownBy(() -> management.executeJob(id)).hasRootCauseInstanceOf(java.net.ConnectException.class)
          .isInstanceOf(MailException.class);
      attempts++;
      Job failed = sendJob(decision);
      assertThat(failed.getExceptionMessage()).contains("Mail server connection failed");
      if (failed.getRetries() > 0) {
        assertThat(DeadlineClock.fromDate(failed.getDuedate())).as("retried in 10 minutes").isEqualTo(now.plusMinutes(10));
        assertThat(management.createJobQuery().processInstanceId(decision.getId()).executable().count())
            .as("not due before then").isZero();
        now = now.plusMinutes(10);
        at(now);
      }
    }
    assertThat(attempts).as("R5: five attempts in all").isEqualTo(5);

    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(decision.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_SendReminders");
    assertThat(incident.getConfiguration()).isEqualTo(sendJob(decision).getId());
    assertThat(management.createJobQuery().processInstanceId(decision.getId()).withException().noRetriesLeft().count()).isEqualTo(1);
    assertThat(engine.getTaskService().getTaskComments(task(decision, TASK_REPORT_UPDATE, "ac-ict").getId()))
        .as("the reminder's comment rolled back with the failed job").isEmpty();
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), REMINDERS_SENT)).isNull();

    // the server is back; the administrator retries the job (Cockpit: "Increment number of retries")
    int port = DecisionMailTest.freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    int downPort = mailSender.getPort();
    try {
      mailSender.setPort(port);
      management.setJobRetries(sendJob(decision).getId(), 1);
      management.executeJob(sendJob(decision).getId());
      assertThat(smtp.getReceivedMessages()).singleElement()
          .satisfies(m -> assertThat(m.getSubject()).startsWith("তাগিদ: সিদ্ধান্ত ০৩"));
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(decision.getId()).count()).isZero();
      assertThat(engine.getRuntimeService().getVariable(decision.getId(), REMINDERS_SENT)).isEqualTo(1);
    } finally {
      mailSender.setPort(downPort);
      smtp.stop();
    }
  }

  Job sendJob(ProcessInstance decision) {
    return engine.getManagementService().createJobQuery().processInstanceId(decision.getId())
        .activityId("Task_SendReminders").singleResult();
  }
}

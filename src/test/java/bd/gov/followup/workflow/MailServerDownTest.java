package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail server is down when a reminder falls due. The reminder itself happens (its comments are on the offices'
 * tasks, the deadline watch moves on); each office's mail waits in the outbox as a job of its own, retried every 10
 * minutes (R5/PT10M, not three times at once), and ends as an incident that Cockpit shows on the decision. Once the
 * server is back and an administrator retries the jobs, each office gets its mail once.
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
  @Autowired JdbcTemplate jdbc;
  @Autowired DecisionClosing closing;

  GreenMail back;

  @Test
  void aReminderHappensWhileTheServerIsDown_itsMailsAreRetriedEveryTenMinutes_thenAnIncident_andEachGoesOutOnce()
      throws Exception {
    ManagementService management = engine.getManagementService();
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.AC_ICT, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    withoutTheAssignmentMails(decision);

    LocalDateTime now = LocalDateTime.of(2026, 7, 21, 9, 0);
    at(now);
    management.executeJob(timer(decision).getId());

    // the reminder is done: comments written, the watch planned for the deadline, one mail per office queued
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), REMINDERS_SENT)).as("two offices reminded")
        .isEqualTo(2);
    assertThat(engine.getTaskService().getTaskComments(task(decision, TASK_REPORT_UPDATE, "ac-ict").getId()))
        .singleElement().satisfies(c -> assertThat(c.getFullMessage()).startsWith("তাগিদ: সিদ্ধান্ত ০৩"));
    assertThat(timerDue(decision)).as("the next reminder is planned").isEqualTo(LocalDateTime.of(2026, 7, 29, 9, 0));
    assertThat(mailJobs(decision)).hasSize(2);
    assertThat(outboxRows(decision)).isEqualTo(2);

    int attempts = 0;
    while (mailJobs(decision).stream().anyMatch(j -> j.getRetries() > 0)) {
      for (Job job : mailJobs(decision)) {
        assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(MailException.class)
            .hasRootCauseInstanceOf(java.net.ConnectException.class);
      }
      attempts++;
      for (Job failed : mailJobs(decision)) {
        assertThat(failed.getExceptionMessage()).contains("Mail server connection failed");
        if (failed.getRetries() > 0) {
          assertThat(DeadlineClock.fromDate(failed.getDuedate())).as("retried in 10 minutes").isEqualTo(now.plusMinutes(10));
        }
      }
      if (mailJobs(decision).stream().anyMatch(j -> j.getRetries() > 0)) {
        assertThat(management.createJobQuery().processInstanceId(decision.getId()).messages().executable().count())
            .as("not due before then").isZero();
        now = now.plusMinutes(10);
        at(now);
      }
    }
    assertThat(attempts).as("R5: five attempts in all").isEqualTo(5);

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(decision.getId()).list();
    assertThat(incidents).hasSize(2).allSatisfy(incident -> {
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");
    });
    assertThat(incidents).extracting(Incident::getConfiguration)
        .containsExactlyInAnyOrderElementsOf(mailJobs(decision).stream().map(Job::getId).toList());
    assertThat(engine.getTaskService().getTaskComments(task(decision, TASK_REPORT_UPDATE, "ac-ict").getId()))
        .as("the reminder's comment stays: the office sees it in Tasklist").hasSize(1);

    // the server is back; the administrator retries the jobs (Cockpit: "Increment number of retries")
    GreenMail smtp = serverBack();
    for (Job job : mailJobs(decision)) {
      management.setJobRetries(job.getId(), 1);
      management.executeJob(job.getId());
    }
    assertThat(smtp.getReceivedMessages()).extracting(DecisionMailTest::to)
        .containsExactlyInAnyOrder("ac-ict@jhenaidah.test", "sundarpur-durgapur-up@jhenaidah.test");
    assertThat(smtp.getReceivedMessages())
        .allSatisfy(m -> assertThat(m.getSubject()).startsWith("তাগিদ: সিদ্ধান্ত ০৩"));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(decision.getId()).count()).isZero();
    assertThat(mailJobs(decision)).isEmpty();
    assertThat(outboxRows(decision)).as("sent mail leaves the outbox").isZero();
    assertThat(engine.getRuntimeService().getVariable(decision.getId(), REMINDERS_SENT)).isEqualTo(2);
  }

  @Test
  void oneMailFails_theOtherIsNotSentAgain() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.AC_ICT, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    withoutTheAssignmentMails(decision);
    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    engine.getManagementService().executeJob(timer(decision).getId());

    List<Job> jobs = mailJobs(decision);
    GreenMail smtp = serverBack();
    engine.getManagementService().executeJob(jobs.get(0).getId());
    mailSender.setPort(CLOSED_PORT);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobs.get(1).getId()))
        .isInstanceOf(MailException.class);
    mailSender.setPort(smtp.getSmtp().getPort());
    at(LocalDateTime.of(2026, 7, 21, 9, 10));
    runJobsNotAfterNow(decision);
    assertThat(smtp.getReceivedMessages()).extracting(DecisionMailTest::to)
        .as("each office once, though one mail needed a second attempt")
        .containsExactlyInAnyOrder("ac-ict@jhenaidah.test", "sundarpur-durgapur-up@jhenaidah.test");
  }

  @Test
  void aServerThatAcceptsButNeverAnswers_failsTheMailJob_insteadOfHoldingItsThreadForEver() throws Exception {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) held.add(silent.accept()); // connections kept open, not a word said
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.start();
      ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT);
      accept(decision, DecisionFollowupProcessTest.DEADLINE);
      withoutTheAssignmentMails(decision);
      at(LocalDateTime.of(2026, 7, 21, 9, 0));
      engine.getManagementService().executeJob(timer(decision).getId());
      mailSender.setPort(silent.getLocalPort());

      Job mail = mailJobs(decision).get(0);
      // the application's own read timeout (application.yaml), not a test value: without one this never returns
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90), () ->
          assertThatThrownBy(() -> engine.getManagementService().executeJob(mail.getId()))
              .isInstanceOf(MailException.class).hasRootCauseInstanceOf(java.net.SocketTimeoutException.class));
      assertThat(held).as("the server did accept the connection").isNotEmpty();
      assertThat(mailJobs(decision)).singleElement().satisfies(failed -> assertThat(failed.getRetries()).isEqualTo(4));
      for (java.net.Socket socket : held) socket.close();
    }
  }

  /**
   * The notice that a decision was closed is queued as the decision ends, and sent by a job of no instance: failing
   * for good, its incident still counts for the decision's process (Cockpit's dashboard and that process's page, where
   * the administrator retries it), and its message names the mail.
   */
  @Test
  void aMailOutlivingItsDecision_failsAsAnIncidentCockpitCounts_namingTheMail() {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT);
    withoutTheAssignmentMails(decision);
    at(LocalDateTime.of(2026, 7, 2, 9, 0));
    ManagementService management = engine.getManagementService();
    List<String> before = management.createJobQuery().messages().list().stream().map(Job::getId).toList();
    closing.close(decision.getId(), "পরবর্তী সভার সিদ্ধান্তে প্রতিস্থাপিত", null, "reason");
    List<Job> notices = management.createJobQuery().messages().processDefinitionId(decision.getProcessDefinitionId())
        .list().stream().filter(j -> j.getProcessInstanceId() == null && !before.contains(j.getId())).toList();
    assertThat(notices).as("the lead's notice, on its own now").isNotEmpty();
    LocalDateTime now = LocalDateTime.of(2026, 7, 2, 9, 0);
    for (int attempt = 0; attempt < 5; attempt++) {
      for (Job notice : notices) {
        assertThatThrownBy(() -> management.executeJob(notice.getId())).isInstanceOf(MailException.class);
      }
      now = now.plusMinutes(10);
      at(now);
    }
    List<String> noticeIds = notices.stream().map(Job::getId).toList();
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery()
        .processDefinitionId(decision.getProcessDefinitionId()).list().stream()
        .filter(i -> noticeIds.contains(i.getConfiguration())).toList();
    assertThat(incidents).hasSameSizeAs(notices).allSatisfy(incident -> assertThat(incident.getIncidentMessage())
        .startsWith("মেইল পাঠানো যায়নি / mail not sent — to ").contains("«সিদ্ধান্ত বন্ধ: ", "Mail server connection failed"));
    assertThat(management.createProcessDefinitionStatisticsQuery().includeIncidents().list().stream()
        .filter(s -> s.getId().equals(decision.getProcessDefinitionId()))
        .flatMap(s -> s.getIncidentStatistics().stream()).mapToInt(i -> i.getIncidentCount()).sum())
        .as("what Cockpit's dashboard counts").isGreaterThanOrEqualTo(incidents.size());
    notices.forEach(notice -> management.deleteJob(notice.getId()));
  }

  /** A mail server that answers, on a free port; the sender uses it until the test ends. */
  GreenMail serverBack() {
    int port = DecisionMailTest.freePort();
    back = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    back.start();
    mailSender.setPort(port);
    return back;
  }

  @AfterEach
  void serverDownAgain() {
    mailSender.setPort(CLOSED_PORT);
    if (back != null) {
      back.stop();
      back = null;
    }
  }

  /**
   * A mail job whose mail is no longer in the outbox (an earlier run sent it and removed it, and its job row
   * survived, e.g. a node died before the commit's end) ends quietly: no second mail, no failure, no incident —
   * with the server down here, any attempt to send would fail the job.
   */
  @Test
  void aMailJobWhoseMailIsGone_endsWithoutSendingAgain() {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    List<Job> jobs = mailJobs(decision);
    assertThat(jobs).isNotEmpty();
    jdbc.update("DELETE FROM followup_mail_outbox WHERE process_instance_id = ?", decision.getId());

    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));

    assertThat(mailJobs(decision)).isEmpty();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(decision.getId()).count()).isZero();
  }

  /**
   * The notices of the work given at registration and acceptance (WorkAssignedNotice) wait in the outbox too, for a
   * server that is down from the start (or went out to the last test's server): these tests are about the reminder's
   * mails, so those go first. DecisionMailTest reads the notices themselves.
   */
  void withoutTheAssignmentMails(ProcessInstance decision) {
    mailJobs(decision).forEach(job -> engine.getManagementService().deleteJob(job.getId()));
    jdbc.update("DELETE FROM followup_mail_outbox WHERE process_instance_id = ?", decision.getId());
  }

  List<Job> mailJobs(ProcessInstance decision) {
    return engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).messages()
        .orderByJobId().asc().list();
  }

  int outboxRows(ProcessInstance decision) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM followup_mail_outbox WHERE process_instance_id = ?", Integer.class,
        decision.getId());
  }
}

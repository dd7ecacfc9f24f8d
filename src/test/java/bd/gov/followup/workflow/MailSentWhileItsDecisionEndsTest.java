package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Report review #9: a decision that ends while one of its mail jobs is at the mail server. Ending the decision deletes
 * the job and queues its mail again on a job of its own (MailJob.onDelete); the job at the server then cannot commit
 * (its row is gone). Each mail still goes out once: the mail is claimed in a transaction of its own before it is
 * sent, and recorded as sent in another, so the other job neither sends it beside the first nor after it.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class MailSentWhileItsDecisionEndsTest extends ProcessTestSupport {

  static final int SMTP_PORT = DecisionMailTest.freePort();
  static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    SMTP.start();
  }

  static final String ACCEPT_REQUEST = "গ্রহণের অনুরোধ: সিদ্ধান্ত ০৩";
  static final String CLOSED_NOTICE = "সিদ্ধান্ত বন্ধ: ";
  static final String LEAD = "ac-ict@jhenaidah.test";

  @TestConfiguration
  static class HeldSender {
    @Bean
    HeldMailSender mailSender() {
      HeldMailSender sender = new HeldMailSender();
      sender.setHost("127.0.0.1");
      sender.setPort(SMTP_PORT);
      sender.setDefaultEncoding("UTF-8");
      return sender;
    }
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("followup.mail.from", () -> "followup@jhenaidah.test");
    registry.add("followup.directory.location", () -> "classpath:directory/jhenaidah-mail.yaml");
  }

  @Autowired HeldMailSender sender;
  @Autowired DecisionClosing closing;
  @Autowired JdbcTemplate jdbc;

  final ExecutorService mailNode = Executors.newSingleThreadExecutor();
  final LocalDateTime now = LocalDateTime.of(2026, 7, 2, 9, 0);

  @BeforeEach
  void emptyMailbox() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void stopMailNode() throws InterruptedException {
    mailNode.shutdownNow();
    mailNode.awaitTermination(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopServer() {
    SMTP.stop();
  }

  /** A decision's request to accept, held at the mail server by its job on the mail node, and the decision closed. */
  private record ClosedWhileAtTheServer(ProcessInstance decision, Future<?> atServer) {}

  private ClosedWhileAtTheServer closedWhileItsRequestIsAtTheServer() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT);
    at(now);
    Job request = requestToAccept(decision);
    sender.holdNext();
    Future<?> atServer = mailNode.submit(() -> engine.getManagementService().executeJob(request.getId()));
    sender.awaitHeld();
    closing.close(decision.getId(), "পরবর্তী সভার সিদ্ধান্তে প্রতিস্থাপিত", null, "reason");
    return new ClosedWhileAtTheServer(decision, atServer);
  }

  @Test
  void theDecisionEndsWhileItsMailIsAtTheServer_theMailGoesOutOnce() throws Exception {
    ClosedWhileAtTheServer race = closedWhileItsRequestIsAtTheServer();
    ProcessInstance decision = race.decision();
    Future<?> atServer = race.atServer();
    sender.deliver();
    Throwable ended = thrownBy(atServer);
    assertThat(ended).as("the job at the server finds its row gone on commit").isNotNull()
        .isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);

    runMailJobsOfNoInstanceDue(decision);

    assertThat(received(ACCEPT_REQUEST)).as("the request went out once, not again by its re-queued job")
        .containsExactly(LEAD);
    assertThat(received(CLOSED_NOTICE)).as("the decision's own last mail, once").containsExactly(LEAD);
    assertThat(outboxRows(decision)).isZero();
  }

  @Test
  void theReQueuedJobRunsWhileTheFirstIsStillAtTheServer_itWaitsForItsClaim_andSendsNothing() throws Exception {
    ClosedWhileAtTheServer race = closedWhileItsRequestIsAtTheServer();
    ProcessInstance decision = race.decision();
    Future<?> atServer = race.atServer();
    runMailJobsOfNoInstanceDue(decision); // the other node: the closing notice, and the request queued again
    assertThat(received(CLOSED_NOTICE)).containsExactly(LEAD);
    assertThat(received(ACCEPT_REQUEST)).as("not beside the job at the server").isEmpty();
    assertThat(mailJobsOfNoInstance(decision)).as("it looks again when the claim would be a dead node's")
        .singleElement().satisfies(later -> assertThat(DeadlineClock.fromDate(later.getDuedate()))
            .isEqualTo(now.plusMinutes(5)));

    sender.deliver();
    thrownBy(atServer);
    at(now.plusMinutes(5));
    runMailJobsOfNoInstanceDue(decision);

    assertThat(received(ACCEPT_REQUEST)).containsExactly(LEAD);
    assertThat(mailJobsOfNoInstance(decision)).isEmpty();
    assertThat(outboxRows(decision)).isZero();
  }

  @Test
  void theMailAtTheServerFails_afterItsDecisionEnded_theReQueuedJobSendsItOnce() throws Exception {
    ClosedWhileAtTheServer race = closedWhileItsRequestIsAtTheServer();
    ProcessInstance decision = race.decision();
    Future<?> atServer = race.atServer();
    sender.failHeld();
    assertThat(thrownBy(atServer)).isInstanceOf(org.springframework.mail.MailException.class);

    runMailJobsOfNoInstanceDue(decision);

    assertThat(received(ACCEPT_REQUEST)).as("owed still, and sent by the job that took it over").containsExactly(LEAD);
    assertThat(received(CLOSED_NOTICE)).containsExactly(LEAD);
    assertThat(outboxRows(decision)).isZero();
  }

  /**
   * A node that died at the server leaves its claim: the mail is not sent while the claimant could still be
   * sending, and is sent once the claim is as old as a job's lock (5 minutes), when Camunda too gives a dead node's
   * jobs to another. At least once: the dead node may have sent it.
   */
  @Test
  void aNodeDiedAtTheServer_itsMailGoesOutWhenItsClaimLapses() {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT);
    at(now);
    Job request = requestToAccept(decision);
    jdbc.update("UPDATE followup_mail_outbox SET sending_by = 'node-dead', sending_since = ? "
        + "WHERE process_instance_id = ?", new Timestamp(ClockUtil.getCurrentTime().getTime()), decision.getId());
    ManagementService management = engine.getManagementService();

    at(now.plusMinutes(4));
    management.executeJob(request.getId());
    assertThat(received(ACCEPT_REQUEST)).as("the claimant may still be at the server").isEmpty();

    at(now.plusMinutes(5));
    runJobsNotAfterNow(decision);
    assertThat(received(ACCEPT_REQUEST)).containsExactly(LEAD);
    assertThat(outboxRows(decision)).isZero();
  }

  Job requestToAccept(ProcessInstance decision) {
    return engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).messages()
        .singleResult();
  }

  List<Job> mailJobsOfNoInstance(ProcessInstance decision) {
    return engine.getManagementService().createJobQuery().messages()
        .processDefinitionId(decision.getProcessDefinitionId()).list().stream()
        .filter(job -> job.getProcessInstanceId() == null).toList();
  }

  /** What the job executor of any node does with the mails that outlived their decision and are due. */
  void runMailJobsOfNoInstanceDue(ProcessInstance decision) {
    java.util.Date now = ClockUtil.getCurrentTime();
    for (Job job : mailJobsOfNoInstance(decision)) {
      if (!job.getDuedate().after(now)) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  List<String> received(String subjectStart) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectStart))
        .map(DecisionMailTest::to).toList();
  }

  int outboxRows(ProcessInstance decision) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM followup_mail_outbox WHERE process_instance_id = ?",
        Integer.class, decision.getId());
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Throwable thrownBy(Future<?> run) throws InterruptedException {
    try {
      run.get(30, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the mail job did not finish", e);
    }
  }
}

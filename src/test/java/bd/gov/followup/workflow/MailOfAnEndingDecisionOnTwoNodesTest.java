package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.cluster.Node;
import bd.gov.followup.cluster.PostgresDatabases;
import bd.gov.followup.cluster.PostgresTestEnvironment;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Report review #9 on a cluster: two nodes (engines of their own) on one PostgreSQL database. Node a's mail job is
 * at the mail server when node b closes the decision and runs the mail queued again: node b leaves it to node a's
 * claim, and the mail goes out once. Needs PostgreSQL as TwoNodesOnOneDatabaseTest does; skipped without it. The
 * nodes run no job executor: the test runs each node's jobs, so it knows which node is at the server.
 */
class MailOfAnEndingDecisionOnTwoNodesTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 2, 9, 0);

  static GreenMail smtp;
  static HeldSmtpServer held;
  static String url;
  static Node a;
  static Node b;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    PostgresDatabases.assumeReachable();
    int port = DecisionMailTest.freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    held = new HeldSmtpServer(port);
    url = PostgresDatabases.createFresh("mail2");
    Map<String, Object> settings = Map.of(
        PostgresTestEnvironment.SHARED_DATABASE_URL, url,
        "spring.mail.host", "127.0.0.1",
        "spring.mail.port", held.port(),
        "followup.mail.from", "followup@jhenaidah.test",
        "followup.directory.location", "classpath:directory/jhenaidah-mail.yaml");
    a = Node.start("node-a", "processtest," + PostgresTestEnvironment.PROFILE, settings);
    b = Node.start("node-b", "processtest," + PostgresTestEnvironment.PROFILE, settings);
  }

  @AfterAll
  static void stopNodes() throws Exception {
    ClockUtil.reset();
    if (b != null) b.close();
    if (a != null) a.close();
    if (url != null) PostgresDatabases.drop(url);
    if (held != null) held.close();
    if (smtp != null) smtp.stop();
  }

  @Test
  void nodeBClosesTheDecisionWhileNodeAIsAtTheServerWithItsMail_theMailGoesOutOnce() throws Exception {
    ClockUtil.setCurrentTime(DeadlineClock.toDate(ProcessTestSupport.START));
    ProcessInstance decision = a.engine().getRuntimeService().startProcessInstanceByKey(
        ProcessVariables.DECISION_PROCESS, "56.04.4400.000.34.002.19.69/03", new ProcessTestSupport() {}
            .decisionVariables(Map.of(), DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.AC_ICT));
    ClockUtil.setCurrentTime(DeadlineClock.toDate(NOW));
    Job request = a.engine().getManagementService().createJobQuery().processInstanceId(decision.getId()).messages()
        .singleResult();
    JdbcTemplate database = a.bean(JdbcTemplate.class);

    ExecutorService nodeA = Executors.newSingleThreadExecutor();
    try {
      held.holdNext();
      Future<?> atServer = nodeA.submit(() -> a.engine().getManagementService().executeJob(request.getId()));
      held.awaitHeld();
      assertThat(database.queryForObject("SELECT sending_by FROM followup_mail_outbox WHERE id = ?", String.class,
          mailIdOf(a.engine(), request)))
          .as("the outbox names the node at the server").startsWith("node-a ");

      b.bean(DecisionClosing.class).close(decision.getId(), "পরবর্তী সভার সিদ্ধান্তে প্রতিস্থাপিত", null, "reason");
      runMailsOfNoInstanceDue(b.engine(), decision);
      assertThat(received("গ্রহণের অনুরোধ")).as("node b does not send it beside node a").isEmpty();
      assertThat(received("সিদ্ধান্ত বন্ধ")).as("the decision's last mail, by node b").containsExactly(
          "ac-ict@jhenaidah.test");

      held.letGo();
      assertThat(MailSentWhileItsDecisionEndsTest.thrownBy(atServer))
          .as("node a's job is gone: its commit fails, its mail went out").isInstanceOf(OptimisticLockingException.class);
      ClockUtil.setCurrentTime(DeadlineClock.toDate(NOW.plusMinutes(5)));
      runMailsOfNoInstanceDue(b.engine(), decision);
    } finally {
      nodeA.shutdownNow();
    }

    assertThat(received("গ্রহণের অনুরোধ")).as("once, by node a").containsExactly("ac-ict@jhenaidah.test");
    assertThat(mailsOfNoInstance(b.engine(), decision)).isEmpty();
    assertThat(database.queryForObject("SELECT COUNT(*) FROM followup_mail_outbox WHERE process_instance_id = ?",
        Integer.class, decision.getId())).isZero();
  }

  static String mailIdOf(ProcessEngine engine, Job job) {
    return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getJobManager().findJobById(job.getId()).getJobHandlerConfigurationRaw());
  }

  static List<Job> mailsOfNoInstance(ProcessEngine engine, ProcessInstance decision) {
    return engine.getManagementService().createJobQuery().messages()
        .processDefinitionId(decision.getProcessDefinitionId()).list().stream()
        .filter(job -> job.getProcessInstanceId() == null).toList();
  }

  static void runMailsOfNoInstanceDue(ProcessEngine engine, ProcessInstance decision) {
    Date now = ClockUtil.getCurrentTime();
    for (Job job : mailsOfNoInstance(engine, decision)) {
      if (!job.getDuedate().after(now)) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  static List<String> received(String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> MailSentWhileItsDecisionEndsTest.subject(m).startsWith(subjectStart))
        .map(DecisionMailTest::to).toList();
  }
}

package bd.gov.followup.notify;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.ProcessVariables;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * When the last decision of a meeting is settled, the secretary and the chair receive the final progress report over
 * real SMTP. The mail is queued in the very step that ends the meeting: its job must outlive the instance, which
 * deletes the jobs it holds when it ends (found end to end: the comments said the report was sent, no mail came).
 */
@SpringBootTest(properties = "followup.directory.location=classpath:directory/jhenaidah-with-emails.yaml")
@ActiveProfiles("processtest")
class FinalReportMailTest extends SmtpServerTestSupport {

  @Autowired ProcessEngine engine;
  @Autowired MeetingRegistration registration;
  @Autowired ObjectMapper objectMapper;

  @Test
  void theMeetingsEnd_mailsTheFinalReportToTheSecretaryAndTheChair() throws Exception {
    Meeting meeting;
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      Meeting seed = objectMapper.readValue(in, Meeting.class);
      // a memo number written with a slash: its key has a dash, the mails cite it as written
      meeting = seed.withMemoNumber(seed.memoNumber() + "/" + System.nanoTime() % 100_000);
    }
    ProcessInstance instance = registration.register(meeting, false);
    String cited = "স্মারক নম্বর " + bd.gov.followup.minutes.BengaliDigits.toBengali(meeting.memoNumber());
    List<ProcessInstance> decisions = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).list();
    assertThat(decisions).hasSize(5);
    // the minutes' deadline (30/01/2024) is long past: each decision goes to the chair, who closes it
    for (ProcessInstance decision : decisions) {
      runJobs();
      Task review = engine.getTaskService().createTaskQuery().processInstanceId(decision.getId())
          .taskDefinitionKey(ProcessVariables.TASK_REVIEW_OVERDUE_DECISION).singleResult();
      engine.getTaskService().complete(review.getId(), Map.of(ProcessVariables.CHAIR_DECISION, "close",
          ProcessVariables.CHAIR_REMARKS, "আর প্রয়োজন নেই"));
    }
    // each lead still owing its acceptance is told why its task went away
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("সিদ্ধান্ত বন্ধ: "))
        .map(FinalReportMailTest::to)).contains("programmer-ict@followup.test");
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("সিদ্ধান্ত বন্ধ: "))
        .map(FinalReportMailTest::body)).allSatisfy(body -> assertThat(body).contains("কারণ: আর প্রয়োজন নেই"));
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(FinalReportMailTest::body))
        .as("the decisions' notices cite the memo number as written").isNotEmpty()
        .anySatisfy(body -> assertThat(body).contains(cited));
    SMTP.purgeEmailFromAllMailboxes();
    runJobs(); // the final report, then the mails it queued
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the meeting has settled").isZero();

    List<MimeMessage> finals = Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> subject(m).startsWith("চূড়ান্ত অগ্রগতি প্রতিবেদন")).toList();
    assertThat(finals).extracting(m -> m.getRecipients(RecipientType.TO)[0].toString())
        .containsExactlyInAnyOrder("programmer-ict@followup.test", "adceduictjhenaidah@mopa.gov.bd");
    assertThat(finals).allSatisfy(m -> assertThat(body(m)).contains(cited));
    // the page is drawn up at the meeting's end event, before the instance ends: it reads as final all the same
    assertThat(finals).allSatisfy(m -> assertThat(body(m)).contains("অগ্রগতি (চূড়ান্ত)</h1>", "— (কোনো দপ্তরকে তথ্য চাওয়া হয়নি)")
        .doesNotContain("এখনো কোনো দপ্তরকে"));
  }

  /** A meeting deleted (by the administrator) takes its unsent mails with it: nothing moves to a job of its own. */
  @Test
  void aDeletedMeeting_takesItsUnsentMailsWithIt() throws Exception {
    Meeting meeting;
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      Meeting seed = objectMapper.readValue(in, Meeting.class);
      meeting = seed.withMemoNumber(seed.memoNumber() + "-FD" + System.nanoTime() % 100_000);
    }
    ProcessInstance instance = registration.register(meeting, false);
    ProcessInstance decision = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).list().get(0);
    for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).timers()
        .executable().list()) {
      engine.getManagementService().executeJob(timer.getId()); // the escalation queues its notices
    }
    long queued = engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).messages().count();
    assertThat(queued).as("notices waiting to be sent").isPositive();
    long standaloneBefore = standaloneMailJobs();

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "registered by mistake");

    assertThat(standaloneMailJobs()).as("no mail of the deleted meeting moves on").isEqualTo(standaloneBefore);
  }

  private long standaloneMailJobs() {
    return engine.getManagementService().createJobQuery().messages().list().stream()
        .filter(j -> j.getProcessInstanceId() == null).count();
  }

  private void runJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> j.getDuedate() == null || !j.getDuedate().after(new java.util.Date())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.stream() // one that an earlier job removed (a review's reminder timer) is gone
          .filter(job -> engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0)
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** The plain text of a mail, also of one with an HTML alternative. */
  private static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String text) {
        return text;
      }
      jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
      StringBuilder text = new StringBuilder();
      collect(parts, text);
      return text.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(jakarta.mail.Multipart parts, StringBuilder text) throws Exception {
    for (int i = 0; i < parts.getCount(); i++) {
      Object content = parts.getBodyPart(i).getContent();
      if (content instanceof jakarta.mail.Multipart inner) {
        collect(inner, text);
      } else {
        text.append(content).append('\n');
      }
    }
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

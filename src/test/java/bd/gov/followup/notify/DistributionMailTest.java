package bd.gov.followup.notify;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.DecisionTexts;
import bd.gov.followup.workflow.MeetingRegistration;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The minutes distributed over real SMTP (GreenMail on a free port): one Bengali email per recipient office with an
 * address, naming the decisions that concern it; a recipient without an address, or one nobody can identify, is in
 * the distribution log and in a comment for the secretary. The directory is a test copy of Jhenaidah's in which
 * every office but the ADC (General) has an address.
 */
@SpringBootTest(properties = "followup.directory.location=classpath:directory/jhenaidah-with-emails.yaml")
@ActiveProfiles("processtest")
class DistributionMailTest extends SmtpServerTestSupport {

  @Autowired ProcessEngine engine;
  @Autowired MeetingRegistration registration;
  @Autowired ObjectMapper objectMapper;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyRecipientWithAnAddress_getsOneBengaliEmail_withTheDecisionsThatConcernIt() throws Exception {
    Meeting meeting;
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      meeting = objectMapper.readValue(in, Meeting.class);
    }
    ProcessInstance instance = registration.register(meeting, false);
    Job distribute = engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId("Task_DistributeMinutes").singleResult();
    engine.getManagementService().executeJob(distribute.getId());
    // the distribution queued one mail job per address; the mail leaves when they run
    assertThat(SMTP.getReceivedMessages()).as("nothing is sent inside the distribution's transaction").isEmpty();
    for (Job mail : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()) {
      engine.getManagementService().executeJob(mail.getId());
    }

    MimeMessage[] mails = SMTP.getReceivedMessages();
    Map<String, MimeMessage> byAddress = new HashMap<>();
    for (MimeMessage mail : mails) {
      assertThat(mail.getRecipients(RecipientType.TO)).hasSize(1);
      String to = mail.getRecipients(RecipientType.TO)[0].toString();
      assertThat(byAddress.put(to, mail)).as("one email per recipient: " + to).isNull();
    }
    // ১ DDLG, ৩ six UNOs, ৪ statistics, ৫ six assistant programmers; ২ (ADC General) has no address; ৬ is unknown;
    // ৭ is the office copy
    assertThat(byAddress.keySet()).containsExactlyInAnyOrder(
        "head-ddlg@followup.test", "head-statistics@followup.test",
        "uno-sadar@followup.test", "uno-kaliganj@followup.test", "uno-kotchandpur@followup.test",
        "uno-maheshpur@followup.test", "uno-shailkupa@followup.test", "uno-harinakunda@followup.test",
        "ap-sadar@followup.test", "ap-kaliganj@followup.test", "ap-kotchandpur@followup.test",
        "ap-maheshpur@followup.test", "ap-shailkupa@followup.test", "ap-harinakunda@followup.test");

    for (MimeMessage mail : mails) {
      assertThat(mail.getSubject())
          .contains("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯")  // memo number as written, Bengali digits
          .contains("০৬/১২/২০২৩")                    // issue date in Bengali digits
          .contains(meeting.committee());
      assertThat(mail.getFrom()[0].toString()).isEqualTo("followup@jhenaidah.test");
      assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    }

    Decision three = decision(meeting, 3);
    Decision five = decision(meeting, 5);
    String kaliganj = (String) byAddress.get("uno-kaliganj@followup.test").getContent();
    assertThat(kaliganj)
        .contains("উপজেলা নির্বাহী অফিসার")
        .contains("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির ১৯/১১/২০২৩ তারিখে অনুষ্ঠিত সভার কার্যবিবরণী")
        .contains(DecisionTexts.decisionTitle(3, three.topic()))
        .contains(three.text())
        .doesNotContain(DecisionTexts.decisionTitle(5, five.topic()))
        .as("its task comes once the lead accepts, and it is told then")
        .contains("মূল বাস্তবায়নকারী সিদ্ধান্ত গ্রহণ করে দপ্তরগুলো নিশ্চিত করলে আপনার দপ্তরের কাজ টাস্কলিস্টে আসবে");
    String apKaliganj = (String) byAddress.get("ap-kaliganj@followup.test").getContent();
    assertThat(apKaliganj).contains(DecisionTexts.decisionTitle(3, three.topic()));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log = (List<Map<String, Object>>) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(DISTRIBUTION_LOG)
        .singleResult().getValue();
    assertThat(log).filteredOn(e -> "sent".equals(e.get("status"))).hasSize(14);
    assertThat(log).filteredOn(e -> "no-address".equals(e.get("status")))
        .singleElement().satisfies(e -> assertThat(e.get("office")).isEqualTo("adc-general"));
    assertThat(log).filteredOn(e -> "unknown-recipient".equals(e.get("status")))
        .singleElement().satisfies(e -> assertThat(e.get("number")).isEqualTo(6));
    assertThat(log).filteredOn(e -> "office-copy".equals(e.get("status"))).hasSize(1);

    // the secretary reads whom to send the minutes by post in a notice in Tasklist
    assertThat(NoticesOf.instance(engine, instance.getId())).singleElement().satisfies(notice -> {
      assertThat(notice.group()).isEqualTo("programmer-ict");
      assertThat(notice.subject()).startsWith("কার্যবিবরণী ডাকযোগে বা হাতে পাঠান: ");
      assertThat(notice.text()).contains("অতিরিক্ত জেলা প্রশাসক (সার্বিক)").contains("জনাব.....");
    });
  }

  /**
   * A list as secretaries write them: an office twice (in a set and by name), an office with a name the directory
   * does not know beside it, and an address written in the minutes for an office the directory has none for. Each
   * office gets one mail; the unknown name is listed for the secretary; the written address is used.
   */
  @Test
  void anOfficeListedTwiceGetsOneMail_anUnknownNameBesideAnOfficeIsListed_andAWrittenAddressIsUsed() throws Exception {
    Meeting seed;
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      seed = objectMapper.readValue(in, Meeting.class);
    }
    Meeting meeting = new Meeting(seed.committee(), seed.office(), seed.chair(), seed.date(), seed.time(), seed.place(),
        seed.memoNumber() + ".৯" + System.nanoTime() % 1000, seed.issueDate(), seed.issueDateBangla(),
        seed.signatories(), List.of(
            new bd.gov.followup.minutes.Recipient(1, "উপজেলা নির্বাহী অফিসার(সকল), ঝিনাইদহ;", null),
            new bd.gov.followup.minutes.Recipient(2, "উপজেলা নির্বাহী অফিসার, কালীগঞ্জ ও জনাব রহিম উদ্দিন", null),
            new bd.gov.followup.minutes.Recipient(3, "অতিরিক্ত জেলা প্রশাসক (সার্বিক) ও অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি)", null),
            new bd.gov.followup.minutes.Recipient(4, "অতিরিক্ত জেলা প্রশাসক, (সার্বিক), ঝিনাইদহ;", "adc-general@written.test")),
        seed.decisions(), null); // no general deadline: decisions without their own get the default
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2026, 2, 20, 10, 0)));
    ProcessInstance instance = registration.register(meeting, false);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId("Task_DistributeMinutes").singleResult().getId());
    for (Job mail : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()) {
      engine.getManagementService().executeJob(mail.getId());
    }

    List<String> to = new java.util.ArrayList<>();
    for (MimeMessage mail : SMTP.getReceivedMessages()) {
      to.add(mail.getRecipients(RecipientType.TO)[0].toString());
    }
    assertThat(to).filteredOn("uno-kaliganj@followup.test"::equals).as("one mail, though listed twice").hasSize(1);
    // the ADC (General) was named first without an address, then with one: mailed once, at that address
    assertThat(to).filteredOn("adc-general@written.test"::equals).hasSize(1);
    assertThat(to).hasSize(8);
    // decision 03 (the UNOs') has no deadline of its own or of the meeting: the default, 30 days from registration
    // (20/02/2026), falls on Sunday 22/03/2026, in the Eid-ul-Fitr holidays: the next working day, as its tasks say
    MimeMessage kaliganj = SMTP.getReceivedMessages()[to.indexOf("uno-kaliganj@followup.test")];
    assertThat((String) kaliganj.getContent()).contains("সময়সীমা: ২৪/০৩/২০২৬");
    assertThat(NoticesOf.instance(engine, instance.getId()))
        .anySatisfy(notice -> assertThat(notice.text()).contains("জনাব রহিম উদ্দিন"));
  }

  /**
   * Minutes registered with the memo number typed in ASCII digits (the same meeting as in Bengali digits): the mail
   * cites it in Bengali digits, as every other message does, not a Bengali letter with English digits in it.
   */
  @Test
  void aMemoNumberTypedInAsciiDigits_isMailedInBengaliDigits() throws Exception {
    Meeting seed;
    try (InputStream in = new ClassPathResource("demo/jhenaidah-web-portal-committee-2023-11.json").getInputStream()) {
      seed = objectMapper.readValue(in, Meeting.class);
    }
    Meeting meeting = seed.withMemoNumber("56.04.4400.000.34.002.19.69/" + System.nanoTime() % 100_000);
    String bengali = bd.gov.followup.minutes.BengaliDigits.toBengali(meeting.memoNumber());
    ProcessInstance instance = registration.register(meeting, false);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId("Task_DistributeMinutes").singleResult().getId());
    for (Job mail : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()) {
      engine.getManagementService().executeJob(mail.getId());
    }

    assertThat(SMTP.getReceivedMessages()).isNotEmpty().allSatisfy(mail -> {
      assertThat(mail.getSubject()).contains("স্মারক " + bengali + ", তারিখ ০৬/১২/২০২৩").doesNotContainPattern("[0-9]");
      assertThat((String) mail.getContent()).contains("(স্মারক নম্বর " + bengali + ", তারিখ ০৬/১২/২০২৩)")
          .doesNotContain(meeting.memoNumber());
    });
  }

  static Decision decision(Meeting meeting, int number) {
    return meeting.decisions().stream().filter(d -> d.number() == number).findFirst().orElseThrow();
  }
}

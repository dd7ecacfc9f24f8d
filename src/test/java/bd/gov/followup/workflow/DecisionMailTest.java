package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders, escalations and the reminder letter over real SMTP (GreenMail): they reach the offices that have an
 * address, in Bengali, subject and body. The directory is a copy of Jhenaidah's with addresses for the offices used.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class DecisionMailTest extends ProcessTestSupport {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("followup.mail.from", () -> "followup@jhenaidah.test");
    registry.add("followup.directory.location", () -> "classpath:directory/jhenaidah-mail.yaml");
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @Test
  void remindersAndEscalations_arriveInBengali_atTheOfficesAddresses() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.AC_ICT, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    runJobsNotAfterNow(decision);
    // the lead was asked to accept at registration, and the union to report once the lead accepted (the lead's own
    // report task needs no notice)
    List<MimeMessage> asked = List.of(SMTP.getReceivedMessages());
    assertThat(asked).extracting(m -> to(m) + " " + m.getSubject()).containsExactlyInAnyOrder(
        "ac-ict@jhenaidah.test গ্রহণের অনুরোধ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সময়সীমা ৩০/০৭/২০২৬",
        "sundarpur-durgapur-up@jhenaidah.test তথ্য প্রদানের অনুরোধ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সময়সীমা ৩০/০৭/২০২৬");
    String unionTask = task(decision, TASK_REPORT_UPDATE, "up-kaliganj-sundarpur-durgapur").getId();
    assertThat(text(asked.stream().filter(m -> to(m).startsWith("sundarpur")).findFirst().orElseThrow()))
        .contains("আপনার দপ্তরের হালনাগাদ তথ্য চাওয়া হয়েছে", "টাস্কলিস্টে তথ্য দাখিল করুন")
        .as("the link opens the union's own task").contains("/camunda/app/tasklist/default/#/?task=" + unionTask);
    SMTP.purgeEmailFromAllMailboxes();

    at(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobsNotAfterNow(decision);
    List<MimeMessage> reminders = List.of(SMTP.getReceivedMessages());
    assertThat(reminders).extracting(DecisionMailTest::to)
        .containsExactlyInAnyOrder("ac-ict@jhenaidah.test", "sundarpur-durgapur-up@jhenaidah.test");
    for (MimeMessage reminder : reminders) {
      assertThat(reminder.getSubject()).isEqualTo("তাগিদ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সময়সীমা ৩০/০৭/২০২৬");
      assertThat(reminder.getFrom()[0].toString()).isEqualTo("followup@jhenaidah.test");
      assertThat(text(reminder)).contains("মহোদয়,", "হালনাগাদ তথ্য এখনো দাখিল করা হয়নি", "সময়সীমা: ৩০/০৭/২০২৬",
          "স্মারক নম্বর ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
    }
    assertThat(text(reminders.stream().filter(m -> to(m).startsWith("sundarpur")).findFirst().orElseThrow()))
        .startsWith("সচিব, সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ, কালীগঞ্জ");

    // the second reminder and the deadline-day notice
    at(LocalDateTime.of(2026, 7, 29, 9, 0));
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2026, 7, 30, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(SMTP.getReceivedMessages()).hasSize(6);

    // the deadline passes: a district office is late, so the chair decides; the union's UNO is told
    SMTP.purgeEmailFromAllMailboxes();
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(task(decision, TASK_REVIEW_OVERDUE_DECISION)).isNotNull();
    List<MimeMessage> escalation = List.of(SMTP.getReceivedMessages());
    assertThat(escalation).extracting(m -> to(m) + " " + m.getSubject()).containsExactlyInAnyOrder(
        "ac-ict@jhenaidah.test মেয়াদোত্তীর্ণ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সময়সীমা ৩০/০৭/২০২৬ অতিক্রান্ত",
        "sundarpur-durgapur-up@jhenaidah.test মেয়াদোত্তীর্ণ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সময়সীমা ৩০/০৭/২০২৬ অতিক্রান্ত",
        "uno-kaliganj@jhenaidah.test অবগতি: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ সভাপতির নিকট উপস্থাপিত — ১ কর্মদিবস বিলম্ব",
        "adceduictjhenaidah@mopa.gov.bd পর্যালোচনার জন্য উপস্থাপন: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — ১ কর্মদিবস বিলম্ব");
    MimeMessage toChair = escalation.stream().filter(m -> to(m).startsWith("adc")).findFirst().orElseThrow();
    assertThat(text(toChair)).startsWith("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), ঝিনাইদহ")
        .contains("সহকারী কমিশনার (আইসিটি)", "সচিব, সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ", "সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন, তাগিদপত্র");

    // the chair sends a reminder letter: the printable letter is the mail's HTML part
    SMTP.purgeEmailFromAllMailboxes();
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "remind"));
    runJobsNotAfterNow(decision);
    List<MimeMessage> letters = List.of(SMTP.getReceivedMessages());
    assertThat(letters).extracting(DecisionMailTest::to)
        .containsExactlyInAnyOrder("ac-ict@jhenaidah.test", "sundarpur-durgapur-up@jhenaidah.test");
    for (MimeMessage letter : letters) {
      assertThat(letter.getSubject()).startsWith("তাগিদপত্র: সিদ্ধান্ত ০৩");
      assertThat(html(letter)).contains("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "১৮ শ্রাবণ ১৪৩৩ বঙ্গাব্দ",
          "<li>১। সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ</li>");
      assertThat(text(letter)).contains("সভাপতির নির্দেশক্রমে পুনরায় তাগিদ প্রদান করা হলো");
    }
  }

  /** A report that comes in is announced to whoever verifies it, with a link to that verification. */
  @Test
  void aReportThatComesIn_isAnnouncedToItsVerifier() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.AC_ICT, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    runJobsNotAfterNow(decision);
    SMTP.purgeEmailFromAllMailboxes();

    report(decision, "up-kaliganj-sundarpur-durgapur", "ইউনিয়নের পোর্টাল হালনাগাদ করা হয়েছে");
    runJobsNotAfterNow(decision);

    List<MimeMessage> announced = List.of(SMTP.getReceivedMessages());
    assertThat(announced).extracting(m -> to(m) + " " + m.getSubject()).containsExactly(
        "ac-ict@jhenaidah.test যাচাইয়ের অনুরোধ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সচিব,"
            + " সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ, কালীগঞ্জ");
    String verify = verifyTaskOf(decision, "up-kaliganj-sundarpur-durgapur").getId();
    assertThat(text(announced.get(0))).contains("ইউনিয়নের পোর্টাল হালনাগাদ করা হয়েছে",
        "/camunda/app/tasklist/default/#/?task=" + verify);
  }

  @Test
  void aUnosReminderLetter_saysTheUnoSentIt_notTheChair() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    SMTP.purgeEmailFromAllMailboxes();
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE), Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন দিনের মধ্যে দিন"));
    runJobsNotAfterNow(decision);

    MimeMessage letter = SMTP.getReceivedMessages()[0];
    assertThat(to(letter)).isEqualTo("sundarpur-durgapur-up@jhenaidah.test");
    assertThat(letter.getSubject()).endsWith("(স্মারক ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯)");
    assertThat(text(letter)).contains("উপজেলা নির্বাহী অফিসারের নির্দেশক্রমে পুনরায় তাগিদ প্রদান করা হলো",
        "উপজেলা নির্বাহী অফিসারের মন্তব্য: তিন দিনের মধ্যে দিন").doesNotContain("সভাপতি");
  }

  /**
   * The chair gives the decision to another lead: the lead it replaces hears it, on the decision and by mail — who
   * leads now, the chair's remarks, and that its verification of the offices' reports was taken off it, while its
   * own report is still owed. Otherwise its tasks just went from Tasklist, and nobody said why.
   */
  @Test
  void theLeadTheChairReplaces_isToldWhoLeadsNow_andWhatWasTakenOffIt() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.AC_ICT, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    report(decision, "up-kaliganj-sundarpur-durgapur", "ইউনিয়নের পোর্টাল হালনাগাদ করা হয়েছে");
    String verification = verifyTaskOf(decision, "up-kaliganj-sundarpur-durgapur").getId();
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    SMTP.purgeEmailFromAllMailboxes();

    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "reassign",
        NEW_LEAD_GROUP, "ac-education", CHAIR_REMARKS, "শিক্ষা শাখা বিষয়টি দেখবে"));
    runJobsNotAfterNow(decision);

    assertThat(candidateGroups(engine.getTaskService().createTaskQuery().taskId(verification).singleResult()))
        .as("the verification went to the new lead").contains("ac-education").doesNotContain("ac-ict");
    String formerLead = "সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ";
    String newLead = "সহকারী কমিশনার (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ";
    List<MimeMessage> toFormerLead = Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> to(m).equals("ac-ict@jhenaidah.test")).toList();
    assertThat(toFormerLead).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).isEqualTo("মূল বাস্তবায়নকারী পরিবর্তন: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ"
          + " — নতুন মূল বাস্তবায়নকারী " + newLead);
      assertThat(text(mail)).startsWith(formerLead + "\n\nমহোদয়,\n")
          .contains("আপনার দপ্তরের স্থলে " + newLead + "-কে মূল বাস্তবায়নকারী করা হয়েছে",
              "সভাপতি (০২/০৮/২০২৬): শিক্ষা শাখা বিষয়টি দেখবে",
              "দপ্তরের দাখিল করা হালনাগাদ তথ্য যাচাইয়ের ১টি কাজ আপনার টাস্কলিস্ট থেকে সরিয়ে",
              "আপনার দপ্তরের নিজের হালনাগাদ তথ্য দাখিলের কাজটি টাস্কলিস্টে আগের মতোই থাকছে",
              "স্মারক নম্বর ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
    });
    assertThat(bd.gov.followup.notify.NoticesOf.instance(engine, decision.getId()))
        .as("a notice in the former lead's Tasklist, its tasks there having gone")
        .anySatisfy(notice -> assertThat(notice.asComment()).startsWith("মূল বাস্তবায়নকারী পরিবর্তন: ")
            .contains(formerLead + "\n\nমহোদয়,", "আপনার দপ্তরের স্থলে"));
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(DecisionMailTest::to))
        .as("the new lead is told too, as before").contains("ac-education@jhenaidah.test");
  }

  /**
   * The UNO refers the late union to the chair with remarks, and the chair extends the deadline with its own: the
   * union's mail quotes both, each named and dated, as the progress report gives them — not the chair's alone, under
   * «সভাপতির মন্তব্য», with the UNO's lost.
   */
  @Test
  void anExtensionMail_quotesEveryReviewersRemarks_namedAndDated() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    complete(task(decision, TASK_REVIEW_OVERDUE_OFFICE), Map.of(CHAIR_DECISION, "refer",
        CHAIR_REMARKS, "ইউনিয়ন পরিষদ সাড়া দেয়নি"));
    runJobsNotAfterNow(decision);
    at(LocalDateTime.of(2026, 8, 3, 10, 0));
    SMTP.purgeEmailFromAllMailboxes();
    complete(task(decision, TASK_REVIEW_OVERDUE_DECISION), Map.of(CHAIR_DECISION, "extend",
        NEW_DEADLINE, "2026-08-27", CHAIR_REMARKS, "শেষবারের মতো সময়"));
    runJobsNotAfterNow(decision);

    List<MimeMessage> toUnion = Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> to(m).equals("sundarpur-durgapur-up@jhenaidah.test")).toList();
    assertThat(toUnion).singleElement().satisfies(mail -> assertThat(text(mail))
        .contains("পর্যালোচনাকারীদের মন্তব্য:\nউপজেলা নির্বাহী অফিসার, কালীগঞ্জ (০২/০৮/২০২৬): ইউনিয়ন পরিষদ সাড়া দেয়নি\n"
            + "সভাপতি (০৩/০৮/২০২৬): শেষবারের মতো সময়\n")
        .doesNotContain("সভাপতির মন্তব্য"));
  }

  /**
   * The union says the work is not its own; its verifier agrees and asks AC (Education): each is told by mail, as the
   * offices asked at acceptance are — the verifier of the request, the union that its part ended (it has no task
   * left), and AC (Education) that it is asked, in whose place, with the link to its own task.
   */
  @Test
  void aWithdrawalAndTheOfficeAskedInItsPlace_areMailed() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE,
        DecisionFollowupProcessTest.AC_ICT, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    runJobsNotAfterNow(decision);
    SMTP.purgeEmailFromAllMailboxes();

    complete(task(decision, TASK_REPORT_UPDATE, "up-kaliganj-sundarpur-durgapur"),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "বিদ্যালয়ের তথ্য শিক্ষা শাখার কাজ"));
    runJobsNotAfterNow(decision);
    assertThat(List.of(SMTP.getReceivedMessages())).extracting(m -> to(m) + " " + m.getSubject()).contains(
        "ac-ict@jhenaidah.test প্রত্যাহারের অনুরোধ যাচাই: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — "
            + "সচিব, সুন্দরপুর-দুর্গাপুর ইউনিয়ন পরিষদ, কালীগঞ্জ");
    SMTP.purgeEmailFromAllMailboxes();

    complete(tasks(decision, TASK_VERIFY_UPDATE).get(0), Map.of(VERDICT, VERDICT_WITHDRAWN, RETURN_REASON, "",
        OFFICES_TO_ASK, JsonVariables.stringList(List.of("ac-education"))));
    runJobsNotAfterNow(decision);
    List<MimeMessage> mails = List.of(SMTP.getReceivedMessages());
    assertThat(mails).extracting(m -> to(m) + " " + m.getSubject()).containsExactlyInAnyOrder(
        "sundarpur-durgapur-up@jhenaidah.test দপ্তরের অংশ প্রত্যাহৃত: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ",
        "ac-education@jhenaidah.test তথ্য প্রদানের অনুরোধ: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ — সময়সীমা ৩০/০৭/২০২৬");
    String educationTask = task(decision, TASK_REPORT_UPDATE, "ac-education").getId();
    assertThat(text(mails.stream().filter(m -> to(m).startsWith("ac-education")).findFirst().orElseThrow()))
        .contains("জানিয়েছে কাজটি তাদের নয়; যাচাইকারী একমত হয়ে তাদের বদলে আপনার দপ্তরকে যুক্ত করেছেন")
        .contains("/camunda/app/tasklist/default/#/?task=" + educationTask);
  }

  /**
   * The union's report is accepted while UNO Kaliganj reviews its lateness: the decision is implemented, the review
   * goes with it, and the UNO, who has an address, reads why in its mail too.
   */
  @Test
  void aUnoWhoseReviewTheImplementationEnded_isMailedWhy() throws Exception {
    ProcessInstance decision = startDecision(DecisionFollowupProcessTest.DEADLINE, DecisionFollowupProcessTest.UNION_KALIGANJ);
    accept(decision, DecisionFollowupProcessTest.DEADLINE);
    at(LocalDateTime.of(2026, 8, 2, 9, 0));
    runJobsNotAfterNow(decision);
    assertThat(task(decision, TASK_REVIEW_OVERDUE_OFFICE, "uno-kaliganj")).isNotNull();
    at(LocalDateTime.of(2026, 8, 3, 11, 0));
    report(decision, "up-kaliganj-sundarpur-durgapur", "ইউনিয়নের তথ্য বাতায়ন হালনাগাদ করা হয়েছে");
    SMTP.purgeEmailFromAllMailboxes();

    verify(decision, "up-kaliganj-sundarpur-durgapur", VERDICT_ACCEPTED, "");
    // the mail outlives its decision: a job of no instance now, which the job executor runs as any other
    engine.getManagementService().createJobQuery().messages().processDefinitionId(decision.getProcessDefinitionId())
        .list().stream().filter(job -> job.getProcessInstanceId() == null)
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));

    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals("uno-kaliganj@jhenaidah.test")))
        .singleElement().satisfies(mail -> {
          assertThat(mail.getSubject()).isEqualTo("পর্যালোচনার প্রয়োজন নেই: সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল"
              + " হালনাগাদ — ০৩/০৮/২০২৬ তারিখে বাস্তবায়িত");
          assertThat(text(mail)).startsWith(DecisionFollowupProcessTest.UNO_KALIGANJ_NAME + "\n\nমহোদয়,\n")
              .contains("০৩/০৮/২০২৬ তারিখে বাস্তবায়িত হয়েছে", "টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে",
                  "স্মারক নম্বর ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
        });
  }

  static String to(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).reduce((a, b) -> a + "," + b).orElse("");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text, decoded with the charset the mail declares. */
  static String text(MimeMessage message) throws Exception {
    return parts(message, "text/plain").get(0);
  }

  static String html(MimeMessage message) throws Exception {
    return parts(message, "text/html").get(0);
  }

  private static List<String> parts(MimeMessage message, String type) throws Exception {
    List<String> found = new ArrayList<>();
    collect(message.getContent(), message.isMimeType(type), found, type);
    assertThat(found).as(type + " part").isNotEmpty();
    return found;
  }

  private static void collect(Object content, boolean matches, List<String> found, String type) throws Exception {
    if (content instanceof String text && matches) {
      found.add(text);
    } else if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        collect(part.getContent(), part.isMimeType(type), found, type);
      }
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

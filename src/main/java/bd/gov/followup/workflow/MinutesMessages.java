package bd.gov.followup.workflow;

import bd.gov.followup.deadline.WorkingDayCalendar;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.Person;
import bd.gov.followup.notify.MailProperties;
import bd.gov.followup.notify.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The Bengali letter that distributes the minutes: one per recipient, naming the decisions that concern it. */
@Component
public class MinutesMessages {

  private final MailProperties mail;

  private final WorkingDayCalendar calendar;
  private final DecisionDeadlines deadlines;

  public MinutesMessages(MailProperties mail, WorkingDayCalendar calendar, DecisionDeadlines deadlines) {
    this.mail = mail;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  /**
   * The working day the decision falls due, as its tasks show it: also when the minutes set none and the
   * application's default applies (the decisions started on the day the minutes are distributed).
   */
  private LocalDate due(Meeting meeting, Decision decision) {
    return calendar.adjust(deadlines.asSet(meeting, decision, DeadlineClock.today())).effective();
  }

  /**
   * The recipients of the distribution list the minutes could not be mailed to (no address, or nobody could tell who
   * they are): the secretary sends these by post or by hand, and needs the list to do it.
   */
  public Message toSendByPost(Meeting meeting, String secretary, List<String> undelivered) {
    String memoNumber = BengaliDigits.toBengali(meeting.memoNumber());
    StringBuilder body = new StringBuilder();
    body.append(secretary).append("\n\nকার্যবিবরণী যাদের ইমেইলে পাঠানো যায়নি (ঠিকানা নেই বা অজানা), ডাকযোগে বা হাতে পাঠান")
        .append(" (স্মারক নম্বর ").append(memoNumber).append("):\n");
    for (int i = 0; i < undelivered.size(); i++) {
      body.append("\n").append(BengaliDigits.of(i + 1)).append(". ").append(undelivered.get(i));
    }
    return new Message("কার্যবিবরণী ডাকযোগে বা হাতে পাঠান: " + meeting.committee() + " — স্মারক " + memoNumber,
        body.toString());
  }

  public Message distribution(Meeting meeting, String recipient, List<Decision> concerning) {
    // as written, in Bengali digits as every other message cites it: minutes typed with ASCII digits are the same
    String memoNumber = BengaliDigits.toBengali(meeting.memoNumber());
    StringBuilder body = new StringBuilder();
    body.append(recipient).append("\n\nমহোদয়,\n")
        .append(MeetingTexts.possessive(meeting)).append(" ").append(DecisionTexts.day(meeting.date()))
        .append(" তারিখে অনুষ্ঠিত সভার কার্যবিবরণী (স্মারক নম্বর ").append(memoNumber)
        .append(issued(meeting))
        .append(") সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো।\n\n");
    if (concerning.isEmpty()) {
      body.append("এই কার্যবিবরণীতে আপনার দপ্তরের জন্য সরাসরি কোনো সিদ্ধান্ত নেই; অবগতির জন্য প্রেরিত।\n");
    } else {
      body.append("আপনার দপ্তর সংশ্লিষ্ট সিদ্ধান্ত:\n");
      for (Decision decision : concerning) {
        body.append("\n").append(DecisionTexts.decisionTitle(decision.number(), decision.topic())).append("\n")
            .append("সিদ্ধান্ত: ").append(decision.text()).append("\n")
            .append("বাস্তবায়নকারী: ").append(String.join("; ", decision.implementers())).append("\n")
            .append("সময়সীমা: ").append(DecisionTexts.day(due(meeting, decision))).append("\n");
      }
      // the offices' report tasks come once each lead accepts: said, so that nobody looks for them before
      body.append("\nমূল বাস্তবায়নকারী সিদ্ধান্ত গ্রহণ করে দপ্তরগুলো নিশ্চিত করলে আপনার দপ্তরের কাজ টাস্কলিস্টে আসবে এবং"
              + " ইমেইলে জানানো হবে; তখন বাস্তবায়নের হালনাগাদ তথ্য সেখানে দাখিল করুন: ")
          .append(mail.baseUrl()).append("/camunda/app/tasklist/\n");
    }
    body.append("\n").append(meeting.chair() == null ? "" : signature(meeting.chair()));
    return new Message(
        "সভার কার্যবিবরণী: " + meeting.committee() + " — স্মারক " + memoNumber + issued(meeting),
        body.toString());
  }

  /**
   * Every decision of a meeting is settled: the secretary and the chair are sent the final progress report (the
   * printable page goes as the mail's HTML; this is its text).
   *
   * @param continued decisions a later meeting's own continued, or null (a meeting settled before 1 Dec 2026)
   * @param rate implemented ÷ (implemented + closed), or null when every decision was continued (no rate)
   * @param reportUrl the printable report's address (the notice's only link to it where there is no mail)
   */
  public Message finalReport(String officeName, String meetingTitle, String memoNumber, Object implemented, Object closed,
      Object continued, Object rate, String reportUrl) {
    boolean anyContinued = continued instanceof Integer count && count > 0;
    return new Message(
        "চূড়ান্ত অগ্রগতি প্রতিবেদন: " + meetingTitle,
        officeName + "\n\nমহোদয়,\n\"" + meetingTitle + "\" এর সকল সিদ্ধান্ত নিষ্পন্ন হয়েছে: "
            + BengaliDigits.toBengali(String.valueOf(implemented)) + "টি বাস্তবায়িত, "
            + BengaliDigits.toBengali(String.valueOf(closed)) + "টি অবাস্তবায়িত হিসেবে বন্ধ"
            + (anyContinued ? ", " + BengaliDigits.toBengali(String.valueOf(continued))
                + "টি পরবর্তী সভার সিদ্ধান্তে অব্যাহত" : "")
            + (rate == null ? "" : " (বাস্তবায়নের হার " + BengaliDigits.toBengali(String.valueOf(rate)) + "%)")
            // the report is the mail's own body; a comment, the only word where there is no mail, links to it
            + "। চূড়ান্ত অগ্রগতি প্রতিবেদন, পরবর্তী সভায় উপস্থাপনের জন্য: " + reportUrl
            + "\n\nসূত্র: সভার কার্যবিবরণী, স্মারক নম্বর " + BengaliDigits.toBengali(memoNumber)
            + "\n— সিদ্ধান্ত ফলো-আপ");
  }

  /** ", তারিখ ০৬/১২/২০২৩", or nothing for minutes without an issue date (not "তারিখ —"). */
  private static String issued(Meeting meeting) {
    return meeting.issueDate() == null ? "" : ", তারিখ " + DecisionTexts.day(meeting.issueDate());
  }

  /** Bengali ordinal of a list entry: "৩।" */
  public static String entry(int number) {
    return BengaliDigits.of(number) + "।";
  }

  /** The chair's name and designation, one a line; minutes may give only the designation. */
  private static String signature(Person chair) {
    return String.join("\n", Stream.of(chair.name(), chair.designation()).filter(Objects::nonNull).toList());
  }
}

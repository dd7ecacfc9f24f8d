package bd.gov.followup.report;

import bd.gov.followup.minutes.BanglaDate;
import bd.gov.followup.minutes.BengaliDates;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.workflow.DecisionTexts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbers, rates and dates as the printed table writes them: Bengali digits throughout. */
final class ReportTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ReportTexts() {}

  static String number(long n) {
    return BengaliDigits.of(n);
  }

  /** 20.0 → "২০.০%" */
  static String percent(double rate) {
    return BengaliDigits.toBengali(String.format(Locale.ROOT, "%.1f", rate)) + "%";
  }

  /**
   * An office reading the meeting only for an earlier decision it carried over takes part in none of the meeting's
   * own: what the page and the spreadsheet say instead of an empty table of "its" decisions, pointing to the ones that
   * concern it.
   */
  static final String ONLY_CARRIED_OVER = "এ সভার নিজের কোনো সিদ্ধান্তে আপনার দপ্তর যুক্ত নয়; আগের সভার যে অনিষ্পন্ন"
      + " সিদ্ধান্ত এ সভায় এসেছে, তার মধ্যে আপনার দপ্তর যেগুলোতে যুক্ত, সেগুলো দেখানো হলো।";

  /** The reader sees none of the meeting's own decisions, only earlier ones it carried over (an office's copy). */
  static boolean onlyCarriedOver(ProgressReport report) {
    return report.partial() && report.decisions().isEmpty() && !report.previousDecisions().isEmpty();
  }

  /** One reviewer's remarks as the page and the spreadsheet say them: who, when, what. */
  static String reviewerRemarks(ReviewerRemarks r) {
    return r.by() + (r.on() == null ? "" : " (" + DecisionTexts.day(r.on()) + ")") + ": " + r.remarks();
  }

  /** Both calendars, compact for a table cell: "৩০/০১/২০২৪ খ্রি. (১৬ মাঘ ১৪৩০ বঙ্গাব্দ)". */
  static String day(LocalDate date) {
    return date == null ? "—" : DecisionTexts.day(date) + " খ্রি. (" + BanglaDate.of(date).format() + ")";
  }

  /** Both calendars as a letter's date line: "০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ / ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ". */
  static String dateLine(LocalDate date) {
    return date == null ? "—" : BengaliDates.formatBoth(date);
  }

  static String dayAndTime(LocalDateTime dateTime) {
    return dateLine(dateTime.toLocalDate()) + ", " + BengaliDigits.toBengali(TIME.format(dateTime));
  }

  /**
   * " (… কমিটির সভা, ১০/০১/২০২৪, স্মারক নং … সভায়)": the later meeting that closed a decision, by its title and date,
   * which the officials know it by, and its memo number; empty when no meeting closed it.
   */
  static String closingMeeting(DecisionProgress d) {
    if (d.closedAtMeeting() == null) {
      return "";
    }
    // the number as its minutes write it, not the key made of it ("-" for "/")
    String memoNumber = BengaliDigits.toBengali(
        d.closedAtMeetingNumber() == null ? d.closedAtMeeting() : d.closedAtMeetingNumber());
    // the title already says "… সভা, ১৫/০২/২০২৪": not "সভা … সভায়" again
    return d.closedAtMeetingTitle() == null
        ? " (স্মারক নং " + memoNumber + " সভায়)"
        : " (" + d.closedAtMeetingTitle() + ", স্মারক নং " + memoNumber + ")";
  }

  /**
   * "এখানে দেখানো ৪টি সিদ্ধান্ত এ সভার কার্যবিবরণী নিবন্ধনের সময় অনিষ্পন্ন ছিল; এখন বাস্তবায়িত ১টি, অবাস্তবায়িত হিসেবে বন্ধ ১টি, চলমান
   * ২টি।": the earlier meetings' decisions were open when this meeting was registered, and some may have been settled
   * since; the committee reads what became of them, not only that they were open.
   */
  static String previousSummary(java.util.List<DecisionProgress> previous) {
    ProgressReport.Rates r = ProgressReport.Rates.of(previous);
    // "shown here": an office reads only the decisions it takes part in, so the count is of this table, not the meeting
    return "এখানে দেখানো " + number(r.decisions()) + "টি সিদ্ধান্ত এ সভার কার্যবিবরণী নিবন্ধনের সময় অনিষ্পন্ন ছিল; এখন বাস্তবায়িত "
        + number(r.decisionsImplemented()) + "টি, অবাস্তবায়িত হিসেবে বন্ধ " + number(r.decisionsClosed())
        + "টি, " + (r.decisionsContinued() > 0 ? "পরবর্তী সভার সিদ্ধান্তে অব্যাহত " + number(r.decisionsContinued()) + "টি, " : "")
        + "চলমান " + number(r.decisionsOpen()) + "টি।";
  }

  /**
   * What changed about an office's part after the lead's acceptance, as the table says it beside its status: withdrawn
   * and why, and who was asked in its place ("প্রত্যাহৃত: … ; পরিবর্তে: …"); asking to be withdrawn; asked later, in
   * whose place. Empty when nothing did.
   */
  static String officeChange(OfficeProgress o) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (o.askedLaterOn() != null) {
      parts.add("পরে যুক্ত, " + DecisionTexts.day(o.askedLaterOn())
          + (o.askedInsteadOf().isBlank() ? "" : ", " + o.askedInsteadOf() + " এর পরিবর্তে"));
    }
    if (o.withdrawn()) {
      parts.add("প্রত্যাহৃত: " + o.withdrawalReason()
          + (o.askedInItsPlace().isBlank() ? "" : "; পরিবর্তে: " + o.askedInItsPlace()));
    } else if (o.withdrawalRequested()) {
      parts.add("প্রত্যাহারের অনুরোধ (কাজটি তাদের নয়): " + o.withdrawalReason());
    }
    return String.join("; ", parts);
  }

  /**
   * The office rate's "—" and why, as the page and the spreadsheet say it: nobody was asked (yet), or every office
   * asked is on a decision the rate leaves out (declared implemented or continued by a later meeting), which must not
   * read as offices never asked.
   */
  static String noOfficeRate(ProgressReport report) {
    ProgressReport.Rates r = report.rates();
    if (report.decisions().stream().noneMatch(d -> d.officesAsked() > 0)) {
      return report.settled() ? "— (কোনো দপ্তরকে তথ্য চাওয়া হয়নি)" : "— (এখনো কোনো দপ্তরকে তথ্য চাওয়া হয়নি)";
    }
    List<String> outside = new ArrayList<>();
    if (r.decisionsDeclaredImplemented() > 0) {
      outside.add(declaredImplementedOutOfRate(r));
    }
    if (r.decisionsContinued() > 0) {
      outside.add("পরবর্তী সভার সিদ্ধান্তে অব্যাহত " + number(r.decisionsContinued()) + "টি সিদ্ধান্তের দপ্তর হারের বাইরে");
    }
    if (r.officesWithdrawn() > 0) {
      outside.add("প্রত্যাহৃত " + number(r.officesWithdrawn()) + "টি দপ্তর হারের বাইরে");
    }
    return "— (" + String.join("; ", outside) + ")";
  }

  /** "সভার ঘোষণায় বাস্তবায়িত ২টি সিদ্ধান্তের দপ্তর হারের বাইরে" */
  static String declaredImplementedOutOfRate(ProgressReport.Rates r) {
    return "সভার ঘোষণায় বাস্তবায়িত " + number(r.decisionsDeclaredImplemented()) + "টি সিদ্ধান্তের দপ্তর হারের বাইরে";
  }

  /** What the reason of a settlement is called: it closed the decision, or settled it as implemented or continued. */
  static String closeReasonLabel(DecisionProgress d) {
    return switch (d.state()) {
      case IMPLEMENTED -> "বাস্তবায়িত হিসেবে নিষ্পত্তির ভিত্তি";
      case CONTINUED -> "অব্যাহত রাখার কারণ";
      default -> "বন্ধের কারণ";
    };
  }
}

package bd.gov.followup.minutes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A committee meeting as its minutes record it.
 *
 * @param memoNumber the memo number as written (often in Bengali digits: ৫৬.০৪.৪৪০০…)
 * @param issueDate the Gregorian date the minutes were issued
 * @param issueDateBangla the Bangabda date as written, or null
 * @param deadline the meeting's general deadline (a decision that sets one for all), or null
 * @param reminderDays the committee's own reminders, in working days before each deadline ({@code [7, 1]}); null
 *     for the application's default. Left out of the JSON when null, so minutes registered before it existed keep
 *     their fingerprint.
 */
public record Meeting(
    String committee,
    String office,
    Person chair,
    LocalDate date,
    LocalTime time,
    String place,
    String memoNumber,
    LocalDate issueDate,
    String issueDateBangla,
    List<Person> signatories,
    List<Recipient> distribution,
    List<Decision> decisions,
    LocalDate deadline,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> reminderDays) {

  public Meeting {
    memoNumber = memoNumber == null ? null : visible(memoNumber);
    signatories = signatories == null ? List.of() : List.copyOf(signatories);
    distribution = distribution == null ? List.of() : List.copyOf(distribution);
    // not List.copyOf: a null element must reach the validation, which names it
    decisions = decisions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(decisions));
    reminderDays = reminderDays == null ? null : Collections.unmodifiableList(new ArrayList<>(reminderDays));
  }

  /** Minutes without reminders of their own: the application's default applies. */
  public Meeting(
      String committee,
      String office,
      Person chair,
      LocalDate date,
      LocalTime time,
      String place,
      String memoNumber,
      LocalDate issueDate,
      String issueDateBangla,
      List<Person> signatories,
      List<Recipient> distribution,
      List<Decision> decisions,
      LocalDate deadline) {
    this(committee, office, chair, date, time, place, memoNumber, issueDate, issueDateBangla, signatories,
        distribution, decisions, deadline, null);
  }

  /** The same minutes with reminder days of their own (null: the default). */
  public Meeting withReminderDays(List<Integer> days) {
    return new Meeting(committee, office, chair, date, time, place, memoNumber, issueDate, issueDateBangla,
        signatories, distribution, decisions, deadline, days);
  }

  /** The same minutes with other decisions (after the secretary's review). */
  public Meeting withDecisions(List<Decision> newDecisions) {
    return new Meeting(committee, office, chair, date, time, place, memoNumber, issueDate, issueDateBangla,
        signatories, distribution, newDecisions, deadline, reminderDays);
  }

  /** The same minutes with the issue date and general deadline the secretary confirmed (after the review). */
  public Meeting withDates(LocalDate newIssueDate, LocalDate newDeadline) {
    return new Meeting(committee, office, chair, date, time, place, memoNumber, newIssueDate, issueDateBangla,
        signatories, distribution, decisions, newDeadline, reminderDays);
  }

  /** The same minutes under another memo number (a copy of a meeting, registered as a meeting of its own). */
  public Meeting withMemoNumber(String newMemoNumber) {
    return new Meeting(committee, office, chair, date, time, place, newMemoNumber, issueDate, issueDateBangla,
        signatories, distribution, decisions, deadline, reminderDays);
  }

  /** Longest memo number: it becomes the meeting's key and, with "/NN", its decisions' business keys. */
  public static final int MAX_MEMO_LENGTH = 200;

  /**
   * Why a memo number cannot name a meeting, or null. Its key is a path segment of every progress link: it needs a
   * digit (memo numbers are numbers: "..", "-" are none) and none of the characters a link cannot carry as written
   * (% ; # ?), which no memo number has.
   */
  public static String memoNumberProblem(String memoNumber) {
    if (memoNumber == null || memoNumber.isBlank()) {
      return "স্মারক নম্বর দিন / the memo number is required";
    }
    if (memoNumber.strip().length() > MAX_MEMO_LENGTH || memoNumber.chars().anyMatch(Character::isISOControl)) {
      return "স্মারক নম্বর ২০০ অক্ষরের মধ্যে, নিয়ন্ত্রণ অক্ষর ছাড়া / the memo number becomes the meeting's key: no"
          + " control characters, at most " + MAX_MEMO_LENGTH + " characters";
    }
    if (BengaliDigits.toAscii(memoNumber).chars().noneMatch(c -> c >= '0' && c <= '9')
        || memoNumber.chars().anyMatch(c -> "%;#?".indexOf(c) >= 0)) {
      return "স্মারক নম্বরে অন্তত একটি অঙ্ক থাকবে, % ; # ? থাকবে না (যেমন ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯) / a memo number has"
          + " digits and no % ; # ?: " + memoNumber;
    }
    return null;
  }

  /**
   * The dates these minutes give that fall before the meeting itself — an issue date, the general deadline, a
   * decision's deadline: a typing slip, which would otherwise send every decision straight to the chair as overdue.
   * Each names its field and JSON pointer (the location); empty without a meeting date.
   */
  public List<MinutesProblem> datesBeforeTheMeeting() {
    List<MinutesProblem> early = new ArrayList<>();
    if (date == null) {
      return early;
    }
    before(issueDate, "issueDate", "/issueDate", "জারির তারিখ", "the issue date", early);
    before(deadline, "deadline", "/deadline", "সাধারণ সময়সীমা", "the general deadline", early);
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      if (decision != null) {
        before(decision.deadline(), "decisions[" + i + "].deadline", "/decisions/" + i + "/deadline",
            "সিদ্ধান্ত " + BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", decision.number())) + "-এর সময়সীমা",
            "the deadline of decision " + decision.number(), early);
      }
    }
    return early;
  }

  /**
   * The meeting's date when it is after {@code today}: minutes are written after their meeting, so a slip of the year
   * or the month, which would also make the meeting its committee's latest and keep the real next one from carrying
   * its open decisions over. Empty otherwise.
   */
  public java.util.Optional<MinutesProblem> dateAfter(LocalDate today) {
    if (date == null || !date.isAfter(today)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new MinutesProblem("date", "/date", "সভার তারিখ " + BengaliDates.formatShort(date)
        + " আজকের (" + BengaliDates.formatShort(today) + ") পরে: কার্যবিবরণী সভার পরে লেখা হয়, সাল ও মাস দেখুন / the"
        + " meeting's date " + date + " is after today (" + today + "): minutes are written after their meeting"));
  }

  private void before(LocalDate day, String field, String pointer, String bn, String en, List<MinutesProblem> early) {
    if (day != null && day.isBefore(date)) {
      early.add(new MinutesProblem(field, pointer, bn + " " + BengaliDates.formatShort(day) + " সভার তারিখ "
          + BengaliDates.formatShort(date) + "-এর আগে / " + en + " " + day + " is before the meeting's date " + date));
    }
  }

  /** The memo number with ASCII digits: the business key of the meeting's workflow. */
  public String memoKey() {
    // the key is a path segment (/api/meetings/{key}) and the decisions' business keys add "/NN": a memo number
    // written with slashes ("…১৯/৬৯", as many offices write them) keeps them in memoNumber, not in its key
    // one way of writing each Bengali letter (য় as one character or two): the same number typed in a form and read
    // from a file is the same meeting
    return keyOf(memoNumber);
  }

  /**
   * The key of a memo number, also of one given as a key in another writing: Bengali digits, slashes as the minutes
   * print it ("৫৬.০৪.৪৪০০…", "…/২০২৬/৩১২") name the same meeting as its key. A key is its own key.
   */
  public static String keyOf(String memoNumber) {
    return visible(Texts.nfc(BengaliDigits.toAscii(memoNumber))).replace('/', '-').replace('\\', '-');
  }

  /**
   * A memo number pasted from Word or a PDF carries invisible characters (a no-break space at the end, a zero-width
   * space or joiner inside): without them it is the same number, so the same meeting, not a second one that asks every
   * office again.
   */
  private static String visible(String memoNumber) {
    return SPACES.matcher(INVISIBLE.matcher(memoNumber).replaceAll("")).replaceAll(" ").strip();
  }

  /** Format characters (U+200B…U+200D, U+2060, U+FEFF, the direction marks): they print as nothing. */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

  /** Every space separator (a no-break space, a thin space) is a space. */
  private static final Pattern SPACES = Pattern.compile("\\p{Zs}");
}

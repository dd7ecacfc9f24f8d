package bd.gov.followup.web;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesProblem;
import bd.gov.followup.workflow.FormDates;
import bd.gov.followup.workflow.ReminderDaysText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a meeting needs before its workflows can start: a memo number (it becomes the business key and the URL), at
 * least one decision, distinct positive decision numbers, and at least one implementer per decision; reminder offsets
 * and deadline spans in working days within sense. Dates and numbers are checked by Jackson while reading (a deadline
 * that is not a date never gets here). Problems carry a JSON pointer.
 */
final class MeetingValidation {

  static final int MAX_WORKING_DAYS = ReminderDaysText.MAX_WORKING_DAYS;

  private MeetingValidation() {}

  static List<MinutesProblem> problems(Meeting meeting) {
    List<MinutesProblem> problems = new ArrayList<>();
    if (meeting == null) {
      problems.add(new MinutesProblem("", "/", "সভার তথ্য দিন / the request body must be a meeting"));
      return problems;
    }
    String memoProblem = Meeting.memoNumberProblem(meeting.memoNumber());
    if (memoProblem != null) {
      problems.add(new MinutesProblem("memoNumber", "/memoNumber", memoProblem));
    }
    if (meeting.date() == null) {
      problems.add(new MinutesProblem("date", "/date", "সভার তারিখ দিন (যেমন 2023-11-19) / the meeting's date is required"));
    }
    yearProblem(meeting.date(), "date", "/date", problems);
    yearProblem(meeting.issueDate(), "issueDate", "/issueDate", problems);
    yearProblem(meeting.deadline(), "deadline", "/deadline", problems);
    reminderDayProblems(meeting.reminderDays(), problems);
    sizeProblems(meeting, problems);
    if (meeting.decisions().isEmpty()) {
      problems.add(new MinutesProblem("decisions", "/decisions",
          "অন্তত একটি সিদ্ধান্ত দিন / at least one decision is required"));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < meeting.decisions().size(); i++) {
      Decision decision = meeting.decisions().get(i);
      String field = "decisions[" + i + "]";
      String pointer = "/decisions/" + i;
      if (decision == null) {
        problems.add(new MinutesProblem(field, pointer, "সিদ্ধান্ত ফাঁকা / the decision is empty"));
        continue;
      }
      if (decision.number() <= 0 || decision.number() > 999) {
        problems.add(new MinutesProblem(field + ".number", pointer + "/number",
            "সিদ্ধান্তের ক্রমিক নম্বর ১–৯৯৯ / the decision number must be 1 to 999"));
      } else if (!numbers.add(decision.number())) {
        problems.add(new MinutesProblem(field + ".number", pointer + "/number",
            "ক্রমিক নম্বর একাধিকবার / decision number " + decision.number() + " is used twice"));
      }
      if (decision.text() == null || decision.text().isBlank()) {
        // a file's empty decision cell is refused by its reader with the line; JSON and the review form come here
        problems.add(new MinutesProblem(field + ".text", pointer + "/text",
            "সিদ্ধান্তের ঘর ফাঁকা: কী সিদ্ধান্ত হয়েছে লিখুন / the decision's text is required"));
      }
      yearProblem(decision.deadline(), field + ".deadline", pointer + "/deadline", problems);
      Integer span = decision.deadlineWorkingDays();
      if (span != null && (span < 1 || span > Decision.MAX_DEADLINE_WORKING_DAYS)) {
        problems.add(new MinutesProblem(field + ".deadlineWorkingDays", pointer + "/deadlineWorkingDays",
            "কর্মদিবসে সময়সীমা ১–৬০ / a deadline in working days must be 1 to " + Decision.MAX_DEADLINE_WORKING_DAYS));
      }
      if (decision.implementers().stream().allMatch(s -> s == null || s.isBlank())) {
        problems.add(new MinutesProblem(field + ".implementers", pointer + "/implementers",
            "অন্তত একজন বাস্তবায়নকারী দিন / at least one implementer is required"));
      }
    }
    return problems;
  }

  /**
   * What a meeting typed as JSON needs besides: its committee (the start form asks for it too; carry-over links the
   * committee's meetings by it — a file's reader finds it in the title, or warns), and one deadline per decision, a
   * date or a span of working days, not both.
   */
  static List<MinutesProblem> typedOnly(Meeting meeting) {
    List<MinutesProblem> problems = new ArrayList<>();
    if (meeting.committee() == null || meeting.committee().isBlank()) {
      problems.add(new MinutesProblem("committee", "/committee",
          "কমিটির নাম দিন / the committee is required: the next meeting finds its open decisions by it"));
    }
    for (int i = 0; i < meeting.decisions().size(); i++) {
      Decision decision = meeting.decisions().get(i);
      if (decision != null && decision.deadline() != null && decision.deadlineWorkingDays() != null) {
        problems.add(new MinutesProblem("decisions[" + i + "].deadlineWorkingDays", "/decisions/" + i
            + "/deadlineWorkingDays", "সময়সীমা একটিই দিন: তারিখ অথবা কর্মদিবস / one deadline: a date or working days,"
            + " not both"));
      }
    }
    return problems;
  }

  /** A line of the minutes: a name, an office, an implementer, a recipient. */
  static final int LINE_LIMIT = 1_000;
  /** A decision's text, topic or discussion: as much as a form's text field takes. */
  static final int TEXT_LIMIT = bd.gov.followup.security.FormTextLimit.LIMIT;
  static final int MAX_IMPLEMENTERS = 200;
  static final int MAX_RECIPIENTS = 1_000;
  static final int MAX_SIGNATORIES = 50;

  /**
   * What the forms refuse by their length limits, refused here too: a decision of a million and a half characters or
   * sixty thousand implementers is a slip or an attack, and every reader of the report would download it.
   */
  private static void sizeProblems(Meeting meeting, List<MinutesProblem> problems) {
    length(meeting.committee(), "committee", "/committee", LINE_LIMIT, problems);
    length(meeting.office(), "office", "/office", LINE_LIMIT, problems);
    length(meeting.place(), "place", "/place", LINE_LIMIT, problems);
    length(meeting.memoNumber(), "memoNumber", "/memoNumber", LINE_LIMIT, problems);
    length(meeting.issueDateBangla(), "issueDateBangla", "/issueDateBangla", LINE_LIMIT, problems);
    person(meeting.chair(), "chair", "/chair", problems);
    count(meeting.reminderDays(), "reminderDays", "/reminderDays", 10, problems);
    count(meeting.signatories(), "signatories", "/signatories", MAX_SIGNATORIES, problems);
    for (int i = 0; i < meeting.signatories().size() && i < MAX_SIGNATORIES; i++) {
      person(meeting.signatories().get(i), "signatories[" + i + "]", "/signatories/" + i, problems);
    }
    count(meeting.distribution(), "distribution", "/distribution", MAX_RECIPIENTS, problems);
    for (int i = 0; i < meeting.distribution().size() && i < MAX_RECIPIENTS; i++) {
      var recipient = meeting.distribution().get(i);
      if (recipient != null) {
        length(recipient.text(), "distribution[" + i + "].text", "/distribution/" + i + "/text", LINE_LIMIT, problems);
        length(recipient.email(), "distribution[" + i + "].email", "/distribution/" + i + "/email", LINE_LIMIT,
            problems);
      }
    }
    for (int i = 0; i < meeting.decisions().size(); i++) {
      Decision decision = meeting.decisions().get(i);
      if (decision == null) {
        continue;
      }
      String field = "decisions[" + i + "]";
      String pointer = "/decisions/" + i;
      length(decision.topic(), field + ".topic", pointer + "/topic", TEXT_LIMIT, problems);
      length(decision.discussion(), field + ".discussion", pointer + "/discussion", TEXT_LIMIT, problems);
      length(decision.text(), field + ".text", pointer + "/text", TEXT_LIMIT, problems);
      count(decision.implementers(), field + ".implementers", pointer + "/implementers", MAX_IMPLEMENTERS, problems);
      for (int j = 0; j < decision.implementers().size() && j < MAX_IMPLEMENTERS; j++) {
        length(decision.implementers().get(j), field + ".implementers[" + j + "]", pointer + "/implementers/" + j,
            LINE_LIMIT, problems);
      }
    }
  }

  private static void person(bd.gov.followup.minutes.Person person, String field, String pointer,
      List<MinutesProblem> problems) {
    if (person != null) {
      length(person.name(), field + ".name", pointer + "/name", LINE_LIMIT, problems);
      length(person.designation(), field + ".designation", pointer + "/designation", LINE_LIMIT, problems);
      length(person.email(), field + ".email", pointer + "/email", LINE_LIMIT, problems);
    }
  }

  private static void length(String text, String field, String pointer, int limit, List<MinutesProblem> problems) {
    if (text != null && text.length() > limit) {
      problems.add(new MinutesProblem(field, pointer, "লেখা " + BengaliDigits.of(limit) + " অক্ষরের মধ্যে রাখুন / at most "
          + limit + " characters, not " + text.length()));
    }
  }

  private static void count(List<?> items, String field, String pointer, int limit, List<MinutesProblem> problems) {
    if (items != null && items.size() > limit) {
      problems.add(new MinutesProblem(field, pointer, "সর্বোচ্চ " + BengaliDigits.of(limit) + "টি / at most " + limit
          + " entries, not " + items.size()));
    }
  }

  /** A date outside the years a committee's minutes can mean (a typing slip: 9999, 0001) is refused where it is. */
  private static void yearProblem(LocalDate day, String field, String pointer, List<MinutesProblem> problems) {
    if (day != null && !FormDates.plausible(day)) {
      problems.add(new MinutesProblem(field, pointer, "তারিখ " + BengaliDigits.toBengali(FormDates.FIRST_YEAR + "–" + FormDates.LAST_YEAR)
          + " সালের মধ্যে দিন / a date between " + FormDates.FIRST_YEAR + " and " + FormDates.LAST_YEAR + ", not " + day));
    }
  }

  /** Absent means the application's default; present, each is a whole number of working days, 1 to 60. */
  private static void reminderDayProblems(List<Integer> reminderDays, List<MinutesProblem> problems) {
    if (reminderDays == null) {
      return;
    }
    if (reminderDays.isEmpty()) {
      problems.add(new MinutesProblem("reminderDays", "/reminderDays",
          "অন্তত একটি তাগিদের দিন দিন, অথবা ঘরটি বাদ দিন (সাধারণ নিয়ম: ৭ ও ১) / give at least one reminder day, or "
              + "leave the field out for the default (7 and 1)"));
    }
    for (int i = 0; i < reminderDays.size(); i++) {
      Integer days = reminderDays.get(i);
      if (days == null || days < 1 || days > MAX_WORKING_DAYS) {
        problems.add(new MinutesProblem("reminderDays[" + i + "]", "/reminderDays/" + i,
            "তাগিদ সময়সীমার ১–৬০ কর্মদিবস আগে / a reminder goes 1 to " + MAX_WORKING_DAYS
                + " working days before the deadline, not " + days));
      }
    }
  }
}

package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The deadline one place of a decision writes (its text, or its সময়সীমা cell), with what was wrong in it already
 * reported against the decision's line.
 *
 * @param dates the deadline dates, spans of days and months counted from the issue date; the first one counts
 * @param workingDays a span of working days, only when no date was written
 * @param reported whether a finding was already made about this deadline (no real date, no date at all, nothing to
 *     count a span from): the safety net need not warn again
 */
record WrittenDeadline(List<LocalDate> dates, Integer workingDays, boolean reported) {

  static final WrittenDeadline NONE = new WrittenDeadline(List.of(), null, false);

  /**
   * @param base the date a span of days or months counts from (the issue date, else the meeting date), or null
   * @param label "সিদ্ধান্ত ০১: ", how the messages name the decision
   */
  static WrittenDeadline read(
      DeadlineText deadline, LocalDate base, Findings findings, String field, String location, String label) {
    boolean reported = false;
    if (deadline.notADate() != null) {
      findings.problem(field, location, label + "সময়সীমা «" + deadline.notADate() + "» কোনো সঠিক তারিখ নয় / the"
          + " deadline is not a real date: " + BengaliDigits.toAscii(deadline.notADate()));
      reported = true;
    }
    if (deadline.undated() != null) {
      findings.warn(field, location, label + "«" + deadline.undated() + "» থেকে সময়সীমার তারিখ পাওয়া যায়নি");
      reported = true;
    }
    List<LocalDate> dates = new ArrayList<>(deadline.dates());
    if (deadline.calendarDays() != null || deadline.months() != null) {
      if (base == null) {
        findings.warn(field, location, label + "দিনের হিসাবের সময়সীমা গোনার তারিখ (জারির তারিখ) নেই");
        reported = true;
      } else {
        if (deadline.calendarDays() != null) {
          dates.add(base.plusDays(deadline.calendarDays()));
        }
        if (deadline.months() != null) {
          dates.add(base.plusMonths(deadline.months()));
        }
      }
    }
    if (dates.stream().distinct().count() > 1) {
      findings.warn(field, location, label + "একাধিক সময়সীমা লেখা আছে; প্রথমটি নেওয়া হয়েছে");
    }
    Integer workingDays = dates.isEmpty() ? deadline.workingDays() : null;
    if (workingDays != null && (workingDays < 1 || workingDays > Decision.MAX_DEADLINE_WORKING_DAYS)) {
      // the meeting check refuses it too, but only here is the line known
      findings.problem(field, location, label + "কর্মদিবসে সময়সীমা ১–৬০ কর্মদিবস হতে হবে, লেখা আছে "
          + BengaliDigits.of(workingDays) + " / a deadline in working days is 1 to 60, not " + workingDays);
    }
    return new WrittenDeadline(List.copyOf(dates), workingDays, reported);
  }

  boolean isEmpty() {
    return dates.isEmpty() && workingDays == null;
  }

  LocalDate first() {
    return dates.isEmpty() ? null : dates.get(0);
  }

  /** Whether both name the same deadline (the one that counts). */
  boolean agreesWith(WrittenDeadline other) {
    return Objects.equals(first(), other.first()) && Objects.equals(workingDays, other.workingDays);
  }
}

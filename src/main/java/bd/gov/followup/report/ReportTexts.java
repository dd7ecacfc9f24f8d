package bd.gov.followup.report;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.workflow.DecisionTexts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
   * A day in the Gregorian calendar, Bengali digits: "৩০/০১/২০২৪ খ্রি.". The Bangabda date goes beside it once a
   * Bangla calendar helper is on main (bd.gov.followup.minutes.BanglaDate); until then the minutes' own Bangla issue
   * date is the only one shown.
   */
  static String day(LocalDate date) {
    return date == null ? "—" : DecisionTexts.day(date) + " খ্রি.";
  }

  static String dayAndTime(LocalDateTime dateTime) {
    return day(dateTime.toLocalDate()) + ", " + BengaliDigits.toBengali(TIME.format(dateTime));
  }
}

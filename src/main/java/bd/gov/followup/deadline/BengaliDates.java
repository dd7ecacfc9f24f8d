package bd.gov.followup.deadline;

import bd.gov.followup.minutes.BengaliDigits;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;

/** Dates as officials write them in letters: ৩০/০১/২০২৪ মঙ্গলবার. */
final class BengaliDates {

  // DateTimeFormatter ignores the locale's numbering system unless the decimal style is set explicitly
  private static final DateTimeFormatter DATE_AND_WEEKDAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy EEEE", BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));

  private BengaliDates() {}

  static String withWeekday(LocalDate date) {
    return DATE_AND_WEEKDAY.format(date);
  }
}

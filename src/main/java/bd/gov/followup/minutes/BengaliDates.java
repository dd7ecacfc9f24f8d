package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;

/**
 * Gregorian dates in Bengali, as government letters write them. Digits and month names come from the JDK locale
 * {@link BengaliDigits#BENGALI}. Reading them is {@link DateFinder}'s and {@link TimeFinder}'s.
 */
public final class BengaliDates {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("dd MMMM uuuu", BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));
  private static final DateTimeFormatter SHORT_WITH_WEEKDAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu EEEE", BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));

  private BengaliDates() {}

  /** "০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ". */
  public static String format(LocalDate date) {
    return Texts.nfc(LONG.format(date)) + " খ্রিস্টাব্দ";
  }

  /** "০৬/১২/২০২৩". */
  public static String formatShort(LocalDate date) {
    return SHORT.format(date);
  }

  /** "৩০/০১/২০২৪ মঙ্গলবার": a date with its weekday, as letters name a deadline moved past a holiday. */
  public static String formatShortWithWeekday(LocalDate date) {
    return SHORT_WITH_WEEKDAY.format(date);
  }

  /** Both calendars, as a letter's date line: "০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ / ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ". */
  public static String formatBoth(LocalDate date) {
    return format(date) + " / " + BanglaDate.of(date).format();
  }
}

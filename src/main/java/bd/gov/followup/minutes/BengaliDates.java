package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Map;

/**
 * Gregorian dates in Bengali, as government letters write them. Digits and month names come from the JDK locale
 * {@link BengaliDigits#BENGALI} (two months spelt otherwise, {@link #monthNames}). Reading them is {@link DateFinder}'s and {@link TimeFinder}'s.
 */
public final class BengaliDates {

  private static final DateTimeFormatter LONG =
      new DateTimeFormatterBuilder().appendPattern("dd ").appendText(ChronoField.MONTH_OF_YEAR, monthNames())
          .appendPattern(" uuuu").toFormatter(BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));
  private static final DateTimeFormatter SHORT_WITH_WEEKDAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu EEEE", BengaliDigits.BENGALI)
          .withDecimalStyle(DecimalStyle.of(BengaliDigits.BENGALI));

  private BengaliDates() {}

  /**
   * The JDK's (CLDR's) month names, but জানুয়ারী and ফেব্রুয়ারী spelt as the Bangla Academy, government letters and
   * the webapps' bn translation do: জানুয়ারি, ফেব্রুয়ারি.
   */
  private static Map<Long, String> monthNames() {
    Map<Long, String> names = new HashMap<>();
    for (Month month : Month.values()) {
      String jdk = Texts.nfc(month.getDisplayName(TextStyle.FULL, BengaliDigits.BENGALI));
      names.put((long) month.getValue(), jdk.endsWith("য়ারী") ? jdk.substring(0, jdk.length() - 1) + "ি" : jdk);
    }
    return names;
  }

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

package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Optional;

/**
 * Gregorian dates and times in Bengali, as government letters write them. Digits and month names come from the JDK
 * locale {@link BengaliDigits#BENGALI}; reading accepts the spellings minutes use.
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
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("h:mm", BengaliDigits.BENGALI)
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

  /** "দুপুর ১২:০০ ঘটিকা": a part of the day instead of AM/PM. */
  public static String formatTime(LocalTime time) {
    int h = time.getHour();
    String part;
    if (h < 6 || h >= 20) {
      part = "রাত";
    } else if (h < 12) {
      part = "সকাল";
    } else if (h < 15) {
      part = "দুপুর";
    } else if (h < 18) {
      part = "বিকাল";
    } else {
      part = "সন্ধ্যা";
    }
    return part + " " + CLOCK.format(time) + " ঘটিকা";
  }

  /**
   * Reads a text that is one Gregorian date: "১৯.১১.২০২৩ খ্রি.", "৩০/০১/২০২৪ খ্রি.", "০৬-১২-২০২৩", "০৬ ডিসেম্বর
   * ২০২৩ খ্রিস্টাব্দ", "2023-12-06" and their ASCII-digit forms. Empty when it is not exactly one real date.
   */
  public static Optional<LocalDate> parseDate(String text) {
    return text == null ? Optional.empty() : DateFinder.whole(Texts.nfc(text));
  }

  /**
   * Reads a text that is one time of day: "দুপুর ১২:০০ ঘটিকা", "১২ঃ০০", "বিকাল ৩টা", "3:00 PM". Empty for anything
   * else.
   */
  public static Optional<LocalTime> parseTime(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = Texts.strip(Texts.nfc(text));
    s = s.endsWith("।") ? Texts.strip(s.substring(0, s.length() - 1)) : s;
    String whole = s;
    return TimeFinder.first(whole)
        .filter(t -> t.start() == 0 && Texts.isBlank(whole.substring(t.end())))
        .map(TimeMention::time);
  }
}

package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of the revised Bangladesh calendar (Bangabda, as revised in 2019), the second date on every government
 * letter: পহেলা বৈশাখ is 14 April; বৈশাখ to আশ্বিন have 31 days, কার্তিক to মাঘ 30, ফাল্গুন 29 (30 when the
 * Gregorian year it falls in is a leap year), চৈত্র 30.
 *
 * @param month 1 (বৈশাখ) to 12 (চৈত্র)
 */
public record BanglaDate(int year, int month, int day) {

  /** Bangla year = Gregorian year − 593 from 14 April on. */
  private static final int YEAR_OFFSET = 593;

  private static final int MAX_YEAR = 9000;

  /**
   * "২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ", "২১শে অগ্রহায়ণ, ১৪৩০", "২১ শে অগ্রহায়ণ ১৪৩০", "২১-অগ্রহায়ণ-১৪৩০", "পহেলা বৈশাখ ১৪৩১",
   * ASCII digits too (after toAscii).
   */
  static final Pattern WRITTEN =
      Pattern.compile(
          Texts.nfc(
              // possessive quantifiers: runs of spaces must not be re-split on a failed match
              "(?:(পহেলা|পয়লা)|(?<![0-9])([0-9]{1,2})(?:[\\s\u00a0]*+(?:শে|লা|রা|ঠা|ই)(?![\\p{L}\\p{M}]))?)"
                  + "[\\s\u00a0]*+-?[\\s\u00a0]*+"
                  + "([\\p{L}\\p{M}]++)[\\s\u00a0]*+[,-]?[\\s\u00a0]*+([0-9]{3,4})(?![0-9])"
                  + "(?:[\\s\u00a0]*+(?:বঙ্গাব্দ|বাংলা সন|বাংলা|সন|বাং\\.?))?"));

  /** Whether a Gregorian day has a Bangabda date (from the first year of the era on). */
  public static boolean covers(LocalDate date) {
    return date.getYear() > YEAR_OFFSET + 1 && date.getYear() <= MAX_YEAR;
  }

  public BanglaDate {
    if (year < 1 || year > MAX_YEAR) {
      throw new IllegalArgumentException("Bangla year out of range: " + year);
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Bangla month must be 1–12: " + month);
    }
    if (day < 1 || day > lengthOfMonth(year, month)) {
      throw new IllegalArgumentException("No day " + day + " in month " + month + " of " + year);
    }
  }

  /** Days of a month of a Bangla year. */
  public static int lengthOfMonth(int year, int month) {
    if (month <= 6) {
      return 31;
    }
    if (month <= 10) {
      return 30;
    }
    if (month == 11) {
      // ফাল্গুন runs from mid-February: it takes the leap day of the Gregorian year that follows the year start
      return Year.isLeap((long) year + YEAR_OFFSET + 1) ? 30 : 29;
    }
    return 30;
  }

  public static BanglaDate of(LocalDate date) {
    int gregorianYear = date.getYear();
    LocalDate start = newYear(gregorianYear);
    if (date.isBefore(start)) {
      gregorianYear--;
      start = newYear(gregorianYear);
    }
    int year = gregorianYear - YEAR_OFFSET;
    long dayOfYear = ChronoUnit.DAYS.between(start, date);
    int month = 1;
    while (dayOfYear >= lengthOfMonth(year, month)) {
      dayOfYear -= lengthOfMonth(year, month);
      month++;
    }
    return new BanglaDate(year, month, (int) dayOfYear + 1);
  }

  public LocalDate toGregorian() {
    long days = day - 1;
    for (int m = 1; m < month; m++) {
      days += lengthOfMonth(year, m);
    }
    return newYear(year + YEAR_OFFSET).plusDays(days);
  }

  public String monthName() {
    return MonthNames.BANGLA.get(month - 1);
  }

  /** As letters write it: "২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ". */
  public String format() {
    return BengaliDigits.of(day) + " " + monthName() + " " + BengaliDigits.of(year) + " বঙ্গাব্দ";
  }

  /**
   * Reads a Bangla date that is the whole text (Bengali or ASCII digits, with or without বঙ্গাব্দ, a closing dari
   * allowed). Empty for anything else, including days the month does not have.
   */
  public static Optional<BanglaDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = BengaliDigits.toAscii(Texts.nfc(Texts.strip(text)));
    s = s.endsWith("।") ? Texts.strip(s.substring(0, s.length() - 1)) : s;
    Matcher m = WRITTEN.matcher(s);
    return m.matches() ? fromMatch(m) : Optional.empty();
  }

  /** The date a match of {@link #WRITTEN} names, if its month is a Bangla month and the day exists. */
  static Optional<BanglaDate> fromMatch(Matcher m) {
    int month = MonthNames.bangla(m.group(3));
    if (month == 0) {
      return Optional.empty();
    }
    int day = m.group(1) != null ? 1 : Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(4));
    if (year < 1 || year > MAX_YEAR || day < 1 || day > lengthOfMonth(year, month)) {
      return Optional.empty();
    }
    return Optional.of(new BanglaDate(year, month, day));
  }

  private static LocalDate newYear(int gregorianYear) {
    return LocalDate.of(gregorianYear, 4, 14);
  }
}

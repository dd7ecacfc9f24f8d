package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Dates as officials type them in the forms: day first (৩১/০১/২০২৭, 31-1-2027, in Bengali or Latin digits), as
 * Bangladesh writes dates; and ISO days (yyyy-MM-dd) as a REST client or a form's prefilled value sends them. The
 * forms use text fields, not form-js date pickers, which read and show every date month first (05/02/2027 became
 * 2 May). An impossible day (৩১/০২/২০২৭) is refused, never rolled over. A moment (a Date variable, an ISO date-time
 * with an offset) is the day it is in Dhaka: midnight of 30 July in Dhaka is 29 July 18:00 in UTC.
 */
public final class FormDates {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T.*)?");
  /** a moment with its offset, as a browser's {@code toISOString()} sends it (UTC): its day is the day in Dhaka */
  private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*(?:Z|[+-]\\d{2}:?\\d{2})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})\\s*(?:খ্রি\\.?|খ্রিঃ)?");

  /** the years a date in a committee's minutes or forms can mean; outside them it is a slip (৯৯৯৯, ০০০১) */
  public static final int FIRST_YEAR = 1971;
  public static final int LAST_YEAR = 2100;

  private FormDates() {}

  public static boolean plausible(LocalDate day) {
    return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
  }

  /** As {@link #parse}, and refused outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
  public static LocalDate parse(Object value, String field) {
    LocalDate day = parseAnyYear(value, field);
    if (!plausible(day)) {
      throw new BadUserRequestException(field + ": তারিখ " + BengaliDigits.toBengali(String.valueOf(FIRST_YEAR)) + "–"
          + BengaliDigits.toBengali(String.valueOf(LAST_YEAR)) + " সালের মধ্যে দিন / a date between " + FIRST_YEAR
          + " and " + LAST_YEAR + ": " + value);
    }
    return day;
  }

  private static LocalDate parseAnyYear(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(field + ": তারিখ দিন / a date is required");
    }
    if (value instanceof java.util.Date date) { // a REST client's Date variable
      return DeadlineClock.fromDate(date).toLocalDate();
    }
    String text = BengaliDigits.toAscii(value.toString().trim());
    if (ISO_MOMENT.matcher(text).matches()) {
      try {
        return OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
            .atZoneSameInstant(DeadlineClock.DHAKA).toLocalDate();
      } catch (DateTimeException e) {
        throw new BadUserRequestException(field + ": «" + value + "» কোনো সঠিক তারিখ নয় / not a real date: " + value);
      }
    }
    Matcher iso = ISO.matcher(text);
    Matcher dayFirst = DAY_FIRST.matcher(text);
    try {
      if (iso.matches()) {
        return LocalDate.of(year(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      if (dayFirst.matches()) {
        return LocalDate.of(year(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
            Integer.parseInt(dayFirst.group(1)));
      }
    } catch (DateTimeException e) {
      throw new BadUserRequestException(field + ": «" + value + "» কোনো সঠিক তারিখ নয় / not a real date: " + value);
    }
    throw new BadUserRequestException(field + ": তারিখ দিন/মাস/বছর আকারে লিখুন, যেমন ৩১/০১/২০২৭ / write the date as"
        + " day/month/year: " + value);
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }
}

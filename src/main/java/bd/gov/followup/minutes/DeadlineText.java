package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decision's text says about its deadline: "আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে", "৩০ জানুয়ারি ২০২৪
 * খ্রিস্টাব্দের মধ্যে", "৩১/১২/২০২৩ তারিখ পর্যন্ত", "সময়সীমা: ৩১/১২/২০২৩", "জানুয়ারি ২০২৪ মাসের মধ্যে" (the month's
 * last day), "১৫ কর্মদিবসের মধ্যে", "৭ দিনের মধ্যে", "২ সপ্তাহের মধ্যে" (১৪ days), "১ মাসের মধ্যে"; a span's number
 * may be a word ("পনের কর্মদিবসের মধ্যে"). A date in any other role (a letter's date, a reference) is not a deadline.
 *
 * @param dates the deadline dates written, in order
 * @param calendarDays a span of days, weeks counted as 7 days
 * @param months a span of months: the same day that many months after the issue date (or the month's last day when
 *     it is shorter), as a memo dated 06/12 and "১ মাসের মধ্যে" is read by offices as due 06/01
 * @param notADate a deadline phrase with digits that are no real date ("৩২/০১/২০২৪", "৩০/০১"), or null
 * @param undated a deadline phrase without any date ("আগামী সভার তারিখের মধ্যে"), or null
 */
record DeadlineText(
    List<LocalDate> dates,
    Integer workingDays,
    Integer calendarDays,
    Integer months,
    String notADate,
    String undated) {

  private static final String S = "[\\s\u00a0]*+";
  private static final String WITHIN = "(?:মধ্যে|পূর্বে|আগে|ভিতরে|ভেতরে|পর্যন্ত)";
  private static final String SPAN_WITHIN = "(?:মধ্যে|ভিতরে|ভেতরে|ভিতর|ভেতর)";
  // "-এর", or "ের" glued to খ্রিস্টাব্দ (the date's mention ends after the era)
  private static final Pattern AFTER_DATE =
      Pattern.compile(Texts.nfc("^" + S + "(?:তারিখ(?:ের|" + S + "এর)?|ের|-?" + S + "এর)?" + S + WITHIN));
  private static final Pattern MARKER =
      Pattern.compile(Texts.nfc("তারিখ(?:(?:ের|" + S + "এর)" + S + WITHIN + "|" + S + "পর্যন্ত)"));
  // "সময়সীমা: ৩১/১২/২০২৩", a label written in the sentence as the Tasklist form writes it
  private static final Pattern LABEL_BEFORE = Pattern.compile(Texts.nfc("সময়" + S + "সীমা" + S + "[:ঃ\\-–]?" + S + "$"));
  private static final Pattern MONTH_OF_YEAR =
      Pattern.compile(
          Texts.nfc(
              "(?<![\\p{L}\\p{M}]|[0-9][\\s\u00a0]{0,3})([\\p{L}\\p{M}]++)" + S + "[,/'’-]?" + S + "([0-9]{4})(?![0-9])"
                  + S + "((?:মাস(?:ের)?|-?" + S + "এর)" + S + "(?:মধ্যে|ভিতরে|ভেতরে|পর্যন্ত))?"));
  /** "২০২৬ সালের ডিসেম্বর মাসের মধ্যে": the year first */
  private static final Pattern YEAR_THEN_MONTH =
      Pattern.compile(
          Texts.nfc(
              "(?<![0-9])([0-9]{4})" + S + "(?:সালের|সনের|খ্রিস্টাব্দের|খ্রিষ্টাব্দের)" + S + "([\\p{L}\\p{M}]++)" + S
                  + "(মাস(?:ের)?" + S + "(?:মধ্যে|ভিতরে|ভেতরে|পর্যন্ত))?"));
  private static final Pattern SPAN =
      Pattern.compile(
          Texts.nfc(
              "(?:(?<![0-9])([0-9]{1,3})|(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]++))" + S
                  + "(?:\\([^)]{0,30}\\)" + S + ")?(কর্ম" + S + "দিবস|কার্য" + S + "দিবস|দিন|সপ্তাহ|মাস)(?:ের)?" + S
                  + "(" + SPAN_WITHIN + ")?"));
  private static final Pattern EVERY_MONTH = Pattern.compile(Texts.nfc("প্রতি" + S + "মাসের" + S + "\\S+" + S + "$"));
  private static final String NEXT_WORD = Texts.nfc("আগামী");
  private static final Pattern NEXT = Pattern.compile(NEXT_WORD);

  static DeadlineText of(String text) {
    return read(text, false);
  }

  /**
   * A সময়সীমা cell of the decision table: the whole cell is the deadline, so a bare date ("৩১/১২/২০২৩"), month
   * ("জানুয়ারি ২০২৪") or span ("১৫ কর্মদিবস") counts without the মধ্যে a sentence needs.
   */
  static DeadlineText ofCell(String cell) {
    return read(cell, true);
  }

  private static DeadlineText read(String text, boolean cell) {
    String ascii = BengaliDigits.toAscii(text);
    List<LocalDate> dates = new ArrayList<>();
    String notADate = null;
    List<DateMention> mentions = DateFinder.gregorian(text);
    for (DateMention m : mentions) {
      boolean deadline =
          cell
              || AFTER_DATE.matcher(ascii).region(m.end(), ascii.length()).lookingAt()
              || afterNext(ascii, m.start())
              || afterLabel(ascii, m.start());
      if (deadline && m.valid()) {
        dates.add(m.date());
      } else if (deadline && notADate == null) {
        notADate = text.substring(m.start(), m.end());
      }
    }
    String undated = null;
    Matcher marker = MARKER.matcher(ascii);
    int previous = -1; // the last mention ending before the marker; both come in text order
    while (marker.find()) {
      int at = marker.start();
      while (previous + 1 < mentions.size() && mentions.get(previous + 1).end() <= at) {
        previous++;
      }
      if (previous >= 0 && Texts.isBlank(ascii, mentions.get(previous).end(), at)) {
        continue; // "<date> তারিখের মধ্যে": the date was read above
      }
      String phrase = phraseBefore(text, at);
      Matcher monthly = EVERY_MONTH.matcher(text.substring(Math.max(0, at - 40), at));
      if (monthly.find() && undated == null) {
        // "প্রতি মাসের ৫ তারিখের মধ্যে": a day that comes every month, a duty's rhythm and not one deadline
        undated = Texts.strip(text.substring(Math.max(0, at - 40) + monthly.start(), at) + marker.group());
        continue;
      }
      if (Texts.hasDigit(phrase)) {
        notADate = notADate == null ? phrase : notADate;
      } else if (undated == null) {
        undated = Texts.strip(phrase + " " + marker.group());
      }
    }
    Matcher month = MONTH_OF_YEAR.matcher(ascii);
    while (month.find()) {
      int monthAt = month.start(1);
      if (mentions.stream().anyMatch(m -> m.start() <= monthAt && monthAt < m.end())) {
        continue; // the month of a whole date read above ("১৫ই জানুয়ারি ২০২৪"), not a month of its own
      }
      int number = MonthNames.gregorian(month.group(1));
      if (number != 0 && (cell || month.group(3) != null)) {
        dates.add(YearMonth.of(Integer.parseInt(month.group(2)), number).atEndOfMonth());
      }
    }
    Matcher yearFirst = YEAR_THEN_MONTH.matcher(ascii);
    while (yearFirst.find()) {
      int number = MonthNames.gregorian(yearFirst.group(2));
      if (number != 0 && (cell || yearFirst.group(3) != null)) {
        dates.add(YearMonth.of(Integer.parseInt(yearFirst.group(1)), number).atEndOfMonth());
      }
    }
    Integer workingDays = null;
    Integer calendarDays = null;
    Integer months = null;
    Matcher span = SPAN.matcher(ascii);
    while (span.find()) {
      Integer count = span.group(1) != null ? Integer.valueOf(span.group(1)) : NumberWords.value(span.group(2));
      if (count == null || count <= 0 || (!cell && span.group(4) == null)) {
        continue;
      }
      String unit = span.group(3);
      if (unit.endsWith("দিবস") && workingDays == null) {
        workingDays = count;
      } else if ((unit.equals("দিন") || unit.equals("সপ্তাহ")) && calendarDays == null) {
        calendarDays = unit.equals("দিন") ? count : count * 7;
      } else if (unit.equals("মাস") && months == null) {
        months = count;
      }
    }
    return new DeadlineText(List.copyOf(dates), workingDays, calendarDays, months, notADate, undated);
  }

  /** Whether a সময়সীমা label stands right before the position. */
  private static boolean afterLabel(String text, int position) {
    return LABEL_BEFORE.matcher(text).region(Math.max(0, position - 20), position).find();
  }

  /** Whether "আগামী" (next) stands right before the position, spaces apart. */
  private static boolean afterNext(String text, int position) {
    int end = position;
    while (end > 0 && Texts.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.startsWith(NEXT_WORD, end - NEXT_WORD.length());
  }

  /** The words a deadline marker refers to: from a preceding আগামী, else the word just before it. */
  private static String phraseBefore(String text, int markerStart) {
    String before = text.substring(Math.max(0, markerStart - 40), markerStart);
    Matcher next = NEXT.matcher(before);
    int from = -1;
    while (next.find()) {
      from = next.end();
    }
    if (from >= 0) {
      return Texts.strip(before.substring(from));
    }
    String trimmed = Texts.strip(before);
    int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u00a0'));
    return trimmed.substring(space + 1);
  }
}

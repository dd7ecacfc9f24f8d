package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decision's text says about its deadline: "আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে", "১৫ কর্মদিবসের মধ্যে",
 * "৭ দিনের মধ্যে". A date in any other role (a letter's date, a reference) is not a deadline.
 *
 * @param dates the deadline dates written, in order
 * @param notADate a deadline phrase with digits that are no real date ("৩২/০১/২০২৪", "৩০/০১"), or null
 * @param undated a deadline phrase without any date ("আগামী সভার তারিখের মধ্যে"), or null
 */
record DeadlineText(
    List<LocalDate> dates, Integer workingDays, Integer calendarDays, String notADate, String undated) {

  private static final String S = "[\\s\u00a0]*+";
  private static final String WITHIN = "(?:মধ্যে|পূর্বে|আগে|ভিতরে|ভেতরে)";
  private static final Pattern AFTER_DATE =
      Pattern.compile(Texts.nfc("^" + S + "(?:তারিখ(?:ের|" + S + "এর)?|-?" + S + "এর)?" + S + WITHIN));
  private static final Pattern MARKER = Pattern.compile(Texts.nfc("তারিখ(?:ের|" + S + "এর)" + S + WITHIN));
  private static final Pattern SPAN =
      Pattern.compile(
          Texts.nfc(
              "(?<![0-9])([0-9]{1,3})" + S + "(?:\\([^)]{0,30}\\)" + S + ")?(কর্ম" + S + "দিবস|কার্য" + S
                  + "দিবস|দিন)(?:ের)?" + S + "(?:মধ্যে|ভিতরে|ভেতরে)"));
  private static final String NEXT_WORD = Texts.nfc("আগামী");
  private static final Pattern NEXT = Pattern.compile(NEXT_WORD);

  static DeadlineText of(String text) {
    String ascii = BengaliDigits.toAscii(text);
    List<LocalDate> dates = new ArrayList<>();
    String notADate = null;
    List<DateMention> mentions = DateFinder.gregorian(text);
    for (DateMention m : mentions) {
      boolean deadline =
          AFTER_DATE.matcher(ascii).region(m.end(), ascii.length()).lookingAt() || afterNext(ascii, m.start());
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
      if (Texts.hasDigit(phrase)) {
        notADate = notADate == null ? phrase : notADate;
      } else if (undated == null) {
        undated = Texts.strip(phrase + " " + marker.group());
      }
    }
    Integer workingDays = null;
    Integer calendarDays = null;
    Matcher span = SPAN.matcher(ascii);
    while (span.find()) {
      int days = Integer.parseInt(span.group(1));
      if (days > 0 && span.group(2).endsWith("দিবস") && workingDays == null) {
        workingDays = days;
      } else if (days > 0 && span.group(2).equals("দিন") && calendarDays == null) {
        calendarDays = days;
      }
    }
    return new DeadlineText(List.copyOf(dates), workingDays, calendarDays, notADate, undated);
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

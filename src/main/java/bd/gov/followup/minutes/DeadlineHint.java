package bd.gov.followup.minutes;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether text seems to give a deadline, for the warning when none was read from it: a date, or মধ্যে, পর্যন্ত,
 * ভেতরে or সময়সীমা within a few words of a number. Wide on purpose, as a wrong warning costs the secretary a glance
 * and a missed deadline a month; "সকল দপ্তরের মধ্যে" (no number) is no deadline. A time without a date ("অবিলম্বে",
 * "আগামী সভার পূর্বে") is a deadline the reader cannot date.
 */
final class DeadlineHint {

  private static final int WORDS = 3;
  private static final Pattern BEFORE_NUMBER = Pattern.compile(Texts.nfc("মধ্যে|পর্যন্ত|ভিতরে|ভেতরে|ভেতর|ভিতর"));
  private static final Pattern AFTER_NUMBER = Pattern.compile(Texts.nfc("সময়[\\s\u00a0]*+সীমা"));
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
  // a time named without a date: the committee meant a deadline, but which one is for the secretary to say
  private static final Pattern VAGUE = Pattern.compile(Texts.nfc(
      "অবিলম্বে|(?:আগামী|পরবর্তী)\\s+সভার\\s+(?:পূর্বে|আগে|মধ্যে)ই?|চলতি\\s*(?:অর্থ\\s*)?বছরের\\s+মধ্যে"));
  private static final Pattern BRACKETS_AND_MARKS = Pattern.compile("[(),।:ঃ;\\-]");

  private DeadlineHint() {}

  /** The words that look like a deadline, or null. */
  static String in(String text) {
    List<DateMention> dates = DateFinder.gregorian(text);
    if (!dates.isEmpty()) {
      return text.substring(dates.get(0).start(), dates.get(0).end());
    }
    Matcher m = BEFORE_NUMBER.matcher(text);
    while (m.find()) {
      String before = Texts.strip(text.substring(Math.max(0, m.start() - 60), m.start()));
      List<String> words = Arrays.asList(SPACES.split(before));
      words = words.subList(Math.max(0, words.size() - WORDS), words.size());
      if (words.stream().anyMatch(DeadlineHint::isNumber)) {
        return String.join(" ", words) + " " + m.group();
      }
    }
    m = AFTER_NUMBER.matcher(text);
    while (m.find()) {
      String after = Texts.strip(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
      List<String> words = Arrays.asList(SPACES.split(after));
      words = words.subList(0, Math.min(WORDS, words.size()));
      if (words.stream().anyMatch(DeadlineHint::isNumber)) {
        return m.group() + " " + String.join(" ", words);
      }
    }
    m = VAGUE.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** A সময়সীমা cell with a number in it ("৩১/১২", "পনের দিন"), or null: "চলমান" (ongoing) gives none. */
  static String inCell(String cell) {
    String text = Texts.strip(cell);
    return Arrays.stream(SPACES.split(text)).anyMatch(DeadlineHint::isNumber) ? text : null;
  }

  /** Digits anywhere ("৩১শে", "১৫/১২"), or a whole number word ("পনের", not "একটি"). */
  private static boolean isNumber(String word) {
    return Texts.hasDigit(word) || NumberWords.value(BRACKETS_AND_MARKS.matcher(word).replaceAll("")) != null;
  }
}

package bd.gov.followup.minutes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates as minutes write them: ১৯.১১.২০২৩ খ্রি., ৩০/০১/২০২৪, ০৬-১২-২০২৩, ০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ,
 * 2023-12-06, in Bengali or ASCII digits. Texts are expected in NFC (the readers normalise them).
 */
final class DateFinder {

  /** Possessive: a run of spaces is never re-split after a failed match, which would be quadratic. */
  private static final String SPACES = "[\\s\u00a0]*+";

  // lookarounds keep dates out of memo numbers such as ৫৬.৮৩.০০০০.০১৩.২৫.০০৯.২৩.২
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![0-9./-])([0-9]{1,2})([./-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})(?![0-9]|[./-][0-9])");
  private static final Pattern ISO =
      Pattern.compile("(?<![0-9./-])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9]|[./-][0-9])");
  private static final Pattern NAMED =
      Pattern.compile(
          Texts.nfc(
              // "২১শে", and "২১ শে" as letters also write it
              "(?<![0-9])([0-9]{1,2})(?:[\\s\u00a0]*+(?:শে|লা|রা|ঠা|ই)(?![\\p{L}\\p{M}])|st|nd|rd|th)?"
                  + "(?:[\\s\u00a0]++-?|-)" + SPACES
                  + "([\\p{L}\\p{M}]++)\\.?" + SPACES + ",?" + SPACES + "([0-9]{4})(?![0-9])"));
  private static final Pattern ERA =
      Pattern.compile(
          Texts.nfc(
              "^" + SPACES + ",?" + SPACES + "(?:খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রীষ্টাব্দ|খ্রীস্টাব্দ|খ্রিঃ|খ্রি:|খ্রীঃ"
                  + "|খ্রি\\.?|খ্রী\\.?|ইং\\.?|ইংরেজি)"));

  private DateFinder() {}

  /** Every Gregorian date the text writes, in order, valid or not. */
  static List<DateMention> gregorian(String text) {
    String ascii = BengaliDigits.toAscii(text);
    List<DateMention> found = new ArrayList<>();
    Matcher m = NUMERIC.matcher(ascii);
    while (m.find()) {
      int year = Integer.parseInt(m.group(4));
      year = m.group(4).length() == 2 ? 2000 + year : year;
      found.add(mention(ascii, year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), m));
    }
    m = ISO.matcher(ascii);
    while (m.find()) {
      found.add(
          mention(
              ascii,
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m));
    }
    m = NAMED.matcher(ascii);
    while (m.find()) {
      int month = MonthNames.gregorian(m.group(2));
      if (month != 0) {
        found.add(mention(ascii, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m));
      }
    }
    found.sort(Comparator.comparingInt(DateMention::start));
    return withoutOverlaps(found);
  }

  /** The one date the whole text is (allowing খ্রি. and a closing dari), if it is one. */
  static Optional<LocalDate> whole(String text) {
    String s = trimEnd(Texts.strip(text));
    List<DateMention> found = gregorian(s);
    if (found.size() == 1 && found.get(0).start() == 0 && trimEnd(s.substring(found.get(0).end())).isEmpty()) {
      return Optional.ofNullable(found.get(0).date());
    }
    return Optional.empty();
  }

  /** A written Bangla date: where it is and the date, or null when the day does not exist in that month. */
  record BanglaMention(BanglaDate date, int start, int end) {}

  /** Every Bangla date (a Bangabda month name between a day and a year) the text writes. */
  static List<BanglaMention> bangla(String text) {
    String ascii = BengaliDigits.toAscii(text);
    List<BanglaMention> found = new ArrayList<>();
    Matcher m = BanglaDate.WRITTEN.matcher(ascii);
    while (m.find()) {
      if (MonthNames.bangla(m.group(3)) != 0) {
        found.add(new BanglaMention(BanglaDate.fromMatch(m).orElse(null), m.start(), m.end()));
      }
    }
    return found;
  }

  private static DateMention mention(String ascii, int year, int month, int day, Matcher m) {
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      date = null;
    }
    Matcher era = ERA.matcher(ascii).region(m.end(), ascii.length());
    int end = era.lookingAt() ? era.end() : m.end();
    return new DateMention(date, m.start(), end);
  }

  private static List<DateMention> withoutOverlaps(List<DateMention> sorted) {
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : sorted) {
      if (kept.isEmpty() || d.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(d);
      }
    }
    return kept;
  }

  private static String trimEnd(String s) {
    String t = Texts.strip(s);
    while (!t.isEmpty() && (t.endsWith("।") || t.endsWith(","))) {
      t = Texts.strip(t.substring(0, t.length() - 1));
    }
    return t;
  }
}

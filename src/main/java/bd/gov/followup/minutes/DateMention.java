package bd.gov.followup.minutes;

import java.time.LocalDate;

/**
 * Where a text writes a Gregorian date. The date is null when the text has a date's shape but names no real day
 * (৩২/০১/২০২৪, ৩১ ফেব্রুয়ারি ২০২৪): a deadline like that is an error, not "no deadline".
 *
 * @param end exclusive, after any খ্রি./খ্রিস্টাব্দ that follows the date
 */
record DateMention(LocalDate date, int start, int end) {

  boolean valid() {
    return date != null;
  }
}

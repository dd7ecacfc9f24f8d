package bd.gov.followup.minutes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memo number with letters among its digit groups, as upazila offices write them: "মউনিঅ/মহেশ/আইসিটি/২০২৬/৩১২"
 * (office, upazila, section, year, serial). Read only after a memo label, and only when it is one word of at least
 * three groups ending in digits; the meeting's key then keeps its letters ({@link Meeting#memoKey()}).
 */
final class LetteredMemoNumber {

  // letters (with their vowel signs and joiners) or digits; the separators are no part of a group, so no backtracking
  private static final String GROUP = "[\\p{L}\\p{M}\u200c\u200d0-9০-৯]+";
  private static final Pattern NUMBER = Pattern.compile("^" + GROUP + "(?:[./-]" + GROUP + "){2,}");
  private static final Pattern DIGITS_AT_END = Pattern.compile("[0-9০-৯]+$");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern GOES_ON = Pattern.compile("^[\\s\u00a0]*[./-]");

  private LetteredMemoNumber() {}

  /**
   * The number the value starts with, or null. Null too when a separator follows a space after it ("…/২০২৬ /৩১২"),
   * unless a date follows: the number would be cut short, and two meetings could share one key.
   */
  static String at(String value) {
    Matcher m = NUMBER.matcher(value);
    if (!m.find()) {
      return null;
    }
    String number = m.group();
    Matcher on = GOES_ON.matcher(value.substring(m.end()));
    boolean whole = !on.find() || startsWithDate(Texts.strip(value.substring(m.end() + on.end())));
    return whole && LETTER.matcher(number).find() && DIGITS_AT_END.matcher(number).find() ? number : null;
  }

  /** "… ৩১২ - ০৬/১২/২০২৬": the date after the number is no part of it. */
  private static boolean startsWithDate(String text) {
    return DateFinder.gregorian(text).stream().anyMatch(d -> d.start() == 0)
        || DateFinder.bangla(text).stream().anyMatch(d -> d.start() == 0);
  }
}

package bd.gov.followup.minutes;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers: normal form, trimming and the punctuation that ends list items. */
final class Texts {

  private Texts() {}

  /**
   * NFC, so that য় and ড় compare equal however a file spells them (one code point or letter + nukta). NFC is
   * canonically equivalent: the text reads the same.
   */
  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Whitespace the JDK does not count as such in Word and web text: no-break space, BOM, zero-width space. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || c == '\u200b' || c == '\u202f';
  }

  static String strip(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isBlank(String text) {
    return strip(text).isEmpty();
  }

  /**
   * A name-like field (office, designation, implementer, recipient) without the dari (।), semicolon or comma that
   * ends it as a sentence or list item: they belong to the list, not to the name.
   */
  static String withoutEndPunctuation(String text) {
    return withoutTrailing(text, "।;,");
  }

  /**
   * The text stripped, without any of the given characters (or spaces) at its end. A loop, not a regex: "[…]+$"
   * takes quadratic time on a long run of such characters in the middle of a 5 MB upload.
   */
  static String withoutTrailing(String text, String characters) {
    String s = strip(text);
    int end = s.length();
    while (end > 0 && (characters.indexOf(s.charAt(end - 1)) >= 0 || isSpace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Whether text[from, to) holds nothing but spaces; scans without copying. */
  static boolean isBlank(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first ':' that is not between digits (১২:০০ is a time, not a label's colon), or -1. */
  static int labelColon(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':' || text.charAt(i) == '：') {
        boolean digitBefore = i > 0 && isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && isDigit(text.charAt(i + 1));
        if (!(digitBefore && digitAfter)) {
          return i;
        }
      }
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '০' && c <= '৯');
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A whole number written in Bengali or ASCII digits (at most 3), with an optional dari, dot or bracket: ০১, ১।, 2. */
  static Integer serialNumber(String cell) {
    String s = BengaliDigits.toAscii(strip(cell));
    var m = SERIAL.matcher(s);
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  private static final Pattern SERIAL = Pattern.compile("\\(?\\s*(\\d{1,3})\\s*[.।:)ঃ]?");
}

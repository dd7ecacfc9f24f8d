package bd.gov.followup.minutes;

import java.text.NumberFormat;
import java.util.Locale;

/** Bengali digits (০–৯) to ASCII and back. Formatting uses the JDK's bn-BD locale with Bengali numbering. */
public final class BengaliDigits {

  /** The JDK locale that formats numbers and dates with Bengali digits. */
  public static final Locale BENGALI = Locale.forLanguageTag("bn-BD-u-nu-beng");

  private BengaliDigits() {}

  /** Replaces every Bengali digit with its ASCII digit; everything else is kept. Null stays null. */
  public static String toAscii(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(c >= '০' && c <= '৯' ? '0' + (c - '০') : c));
    return out.toString();
  }

  // building a NumberFormat for this locale costs far more than formatting; it is not thread-safe, so one per thread
  private static final ThreadLocal<NumberFormat> INTEGER =
      ThreadLocal.withInitial(
          () -> {
            NumberFormat format = NumberFormat.getIntegerInstance(BENGALI);
            format.setGroupingUsed(false);
            return format;
          });

  /** Writes a whole number in Bengali digits, without grouping: 2024 → ২০২৪. */
  public static String of(long number) {
    return INTEGER.get().format(number);
  }

  /** Replaces every ASCII digit of a text with its Bengali digit: "01" → "০১". */
  public static String toBengali(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(c >= '0' && c <= '9' ? '০' + (c - '0') : c));
    return out.toString();
  }
}

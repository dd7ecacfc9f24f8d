package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.MinutesWarning;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reader's warnings as the secretary's review form lists them: one Markdown list item per warning, its place in
 * the file in Bengali ("লাইন ২২", "সারণির সারি ৩") and the reader's own message.
 */
final class MinutesWarningsText {

  private static final Pattern PLACE = Pattern.compile("(table \\d+ row|table row|line|paragraph) (\\d+)");

  private MinutesWarningsText() {}

  static String of(List<MinutesWarning> warnings) {
    return warnings.stream()
        .map(w -> "- " + place(w.location()) + ": " + w.message())
        .collect(Collectors.joining("\n"));
  }

  /**
   * "line 22" → "লাইন ২২", "table row 3" → "সারণির সারি ৩", "table 2 row 1" → "সারণি ২, সারি ১"; "document" (the
   * minutes as a whole, no one place) → "কার্যবিবরণী".
   */
  static String place(String location) {
    if ("document".equals(location)) {
      return "কার্যবিবরণী";
    }
    Matcher m = PLACE.matcher(location == null ? "" : location);
    if (!m.matches()) {
      return BengaliDigits.toBengali(location == null ? "" : location);
    }
    String kind = m.group(1);
    String number = BengaliDigits.toBengali(m.group(2));
    return switch (kind) {
      case "line" -> "লাইন " + number;
      case "paragraph" -> "অনুচ্ছেদ " + number;
      case "table row" -> "সারণির সারি " + number;
      default -> "সারণি " + BengaliDigits.toBengali(kind.replaceAll("\\D", "")) + ", সারি " + number;
    };
  }
}

package bd.gov.followup.minutes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two spellings of a committee's name the same committee: its open decisions carry over from one meeting
 * to the next by it. Minutes write the same committee with and without a linking word ("জেলা ওয়েব পোর্টাল হালনাগাদ
 * সংক্রান্ত কমিটি" in the title, "… হালনাগাদ কমিটি" in the body), with other spacing, joiners or punctuation; an
 * exact comparison silently left the next meeting without the decisions still open.
 */
public final class CommitteeKey {

  /** words that link a subject to "কমিটি" and change nothing of which committee it is */
  private static final Pattern LINKING_WORDS =
      Pattern.compile(Texts.nfc("(?<![\\p{L}\\p{M}])(?:সংক্রান্ত|বিষয়ক|সম্পর্কিত|সংশ্লিষ্ট)(?![\\p{L}\\p{M}])"));
  private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

  private CommitteeKey() {}

  /** The key of a committee's name; "" for none. */
  public static String of(String committee) {
    if (committee == null) {
      return "";
    }
    String text = Texts.nfc(committee).replace("\u200c", "").replace("\u200d", "");
    text = LINKING_WORDS.matcher(text).replaceAll(" ");
    text = BengaliDigits.toAscii(text).toLowerCase(Locale.ROOT);
    return NOT_A_LETTER_OR_DIGIT.matcher(text).replaceAll("");
  }
}

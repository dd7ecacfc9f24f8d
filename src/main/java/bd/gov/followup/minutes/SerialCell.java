package bd.gov.followup.minutes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision table's number cell beyond plain numbers: rows numbered by letters (ক), খ), গ) …), which count in the
 * alphabet's order, and sub-numbers (৭(ক), ১.১), which give no decision number of their own.
 */
final class SerialCell {

  // the consonants in the order Bengali lists count them
  private static final String LETTERS = Texts.nfc("কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ");
  private static final Pattern LETTER = Pattern.compile("\\(?\\s*(\\p{IsBengali})\\s*[.।:)ঃ]?");
  private static final Pattern SUB_NUMBER =
      Pattern.compile("\\(?\\s*\\d{1,3}\\s*(?:\\(\\s*[\\p{IsBengali}\\d]{1,2}\\s*\\)|[.\\-/]\\s*[\\p{IsBengali}\\d]{1,2})"
          + "\\s*[.।:)ঃ]?");

  private SerialCell() {}

  /** ক → 1, খ → 2, …; null for anything but one consonant, maybe in brackets or with a full stop. */
  static Integer letter(String cell) {
    Matcher m = LETTER.matcher(Texts.nfc(Texts.strip(cell)));
    if (!m.matches()) {
      return null;
    }
    int index = LETTERS.indexOf(m.group(1));
    return index < 0 ? null : index + 1;
  }

  /** A number with a part below it: "৭(ক)", "১.১", "৩-খ". */
  static boolean subNumber(String cell) {
    return SUB_NUMBER.matcher(BengaliDigits.toAscii(Texts.nfc(Texts.strip(cell)))).matches();
  }
}

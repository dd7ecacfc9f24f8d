package bd.gov.followup.minutes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark a line starts with when it is a part of a numbered decision: "১.২ …", "৭(ক) …", "৩-খ …", or a list letter
 * "(খ) …", "খ) …", "খ. …". A date ("২২.১১.২০২৬ তারিখে") goes on with digits after its second number, so it is none.
 *
 * @param written the mark as the line writes it ("১.২")
 * @param parent the number the part belongs to (১ for "১.২"), or null for a letter alone
 */
record SubDecisionMark(String written, Integer parent) {

  private static final Pattern SUB_NUMBER = Pattern.compile(
      "^(\\(?\\s*(\\d{1,3})\\s*(?:\\(\\s*(?:\\p{IsBengali}|\\d{1,2})\\s*\\)|[.\\-/](?:\\p{IsBengali}|\\d{1,2}))"
          + "\\s*[.।:)ঃ]?)\\s+\\S");
  // the first ten letters, as lists use them; "ড." is the doctor's title, not a letter of a list
  private static final Pattern LETTER =
      Pattern.compile(Texts.nfc("^(\\(\\s*[কখগঘঙচছজঝঞ]\\s*\\)|[কখগঘঙচছজঝঞ]\\s*[).।])\\s*\\S"));

  static Optional<SubDecisionMark> at(String line) {
    String text = Texts.nfc(Texts.strip(line));
    // Bengali digits are one char each, as their ASCII ones: the offsets hold in the line as written
    Matcher sub = SUB_NUMBER.matcher(BengaliDigits.toAscii(text));
    if (sub.find()) {
      return Optional.of(new SubDecisionMark(text.substring(0, sub.end(1)).strip(), Integer.valueOf(sub.group(2))));
    }
    Matcher letter = LETTER.matcher(text);
    return letter.find() ? Optional.of(new SubDecisionMark(letter.group(1), null)) : Optional.empty();
  }
}

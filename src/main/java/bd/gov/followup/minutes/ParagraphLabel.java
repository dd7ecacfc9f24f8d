package bd.gov.followup.minutes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a decision paragraph's lines, as officials write them: "সিদ্ধান্ত:", "সিদ্ধান্তঃ", "সিদ্ধান্ত:-",
 * "সিদ্ধান্ত- …", "সিদ্ধান্ত – …"; who implements it under any of its usual names ("বাস্তবায়নে", "বাস্তবায়নকারী দপ্তর",
 * "বাস্তবায়নের দায়িত্ব", "দায়িত্বপ্রাপ্ত" …); its deadline ("সময়সীমা", "বাস্তবায়নের সময়সীমা"). A dash counts only
 * before a space, a digit or the line's end: "দায়িত্ব-কর্তব্য" is a word, not a label.
 *
 * @param field the part of the decision the label starts
 * @param rest what the line says after the label
 */
record ParagraphLabel(Field field, String rest) {

  /** The parts of a decision paragraph, in the order minutes write them. */
  enum Field { DISCUSSION, DECISION, IMPLEMENTERS, DEADLINE }

  private static final String DISCUSSION = "আলোচনা";
  private static final String DECISION = "(?:গৃহীত\\s*)?সিদ্ধান্ত(?:সমূহ)?";
  private static final String IMPLEMENTERS =
      "বাস্তবায়নে"
          + "|বাস্তবায়নকার[ীি](?:\\s*(?:কর্মকর্তা|দপ্তর(?:সমূহ)?|সংস্থা|কর্তৃপক্ষ))?"
          + "|(?:বাস্তবায়নের\\s*)?দায়িত্ব(?:প্রাপ্ত)?(?:\\s*(?:কর্মকর্তা|দপ্তর))?";
  private static final String DEADLINE = "(?:বাস্তবায়নের\\s*)?সময়\\s*স[ীি]মা";
  // ":" or visarga, maybe followed by a dash ("সিদ্ধান্ত:-"); or a dash alone before a space, a digit or the end
  private static final String SEPARATOR = "\\s*+(?:[:ঃ]\\s*+[-–—]?|[-–—](?=\\s|[0-9০-৯]|$))\\s*+";

  private static final Pattern LINE = Pattern.compile(Texts.nfc(
      "^(?:(?<discussion>" + DISCUSSION + ")|(?<decision>" + DECISION + ")|(?<implementers>" + IMPLEMENTERS + ")"
          + "|(?<deadline>" + DEADLINE + "))" + SEPARATOR + "(?<rest>.*)$"));
  // a label after a sentence's end or a dash on the decision's own line ("… করতে হবে। -বাস্তবায়নে: ইউএনও"), or in
  // brackets ("… করতে হবে (দায়িত্ব: …)"); a match starts only after a non-space, so a long run of spaces is passed
  // once, not once from each of its spaces
  private static final Pattern INLINE = Pattern.compile(Texts.nfc(
      "(?:(?<=[।.;!?|])\\s*+[-–—]?|(?<=\\S)\\s++[-–—]|(?<=\\S)\\s*+(?=\\())\\s*+(?<bracket>\\()?\\s*+"
          + "(?:(?<implementers>" + IMPLEMENTERS + ")"
          + "|(?<deadline>" + DEADLINE + "))" + SEPARATOR));

  /** The label a paragraph's line starts with, if any. */
  static Optional<ParagraphLabel> of(String line) {
    Matcher m = LINE.matcher(Texts.nfc(Texts.strip(line)));
    if (!m.matches()) {
      return Optional.empty();
    }
    Field field = m.group("discussion") != null ? Field.DISCUSSION
        : m.group("decision") != null ? Field.DECISION
        : m.group("implementers") != null ? Field.IMPLEMENTERS
        : Field.DEADLINE;
    return Optional.of(new ParagraphLabel(field, Texts.strip(m.group("rest"))));
  }

  /**
   * The first label of who implements a decision, or by when, written after a sentence on the same line.
   *
   * @return the label with what follows it, and where the text before it ends; empty when the line has none
   */
  static Optional<Inline> inline(String line) {
    String text = Texts.nfc(line);
    Matcher m = INLINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = Texts.strip(text.substring(m.end()));
    if (m.group("bracket") != null && rest.endsWith(")")) {
      rest = Texts.strip(rest.substring(0, rest.length() - 1)); // "(বাস্তবায়নে: ইউএনও)"
    }
    Field field = m.group("implementers") != null ? Field.IMPLEMENTERS : Field.DEADLINE;
    return Optional.of(new Inline(Texts.strip(text.substring(0, m.start())), new ParagraphLabel(field, rest)));
  }

  /** A line split at a label written inside it: the text before it, and the label. */
  record Inline(String before, ParagraphLabel label) {}
}

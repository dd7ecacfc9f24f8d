package bd.gov.followup.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions written as numbered paragraphs rather than a table, as many upazila minutes are:
 *
 * <pre>
 * ১. ইউনিয়ন ডিজিটাল সেন্টারের সেবা:          (or "আলোচ্যসূচি-০১: …", "সিদ্ধান্ত ০১: …": the number and topic)
 * আলোচনা: …                                  (optional; unlabelled lines before the first label are discussion too)
 * সিদ্ধান্ত: …                                  (or "সিদ্ধান্ত-", "সিদ্ধান্তঃ")
 * বাস্তবায়নে: … ; …                           (or বাস্তবায়নকারী (দপ্তর), দায়িত্ব(প্রাপ্ত), …; also after the decision)
 * সময়সীমা: …                                  (optional; or "বাস্তবায়নের সময়সীমা:")
 * </pre>
 *
 * <p>A numbered paragraph is a decision only when it has a সিদ্ধান্ত label, so a numbered attendance or distribution
 * list is never taken for one; one that names implementers without it, numbered as the next (or the previous)
 * decision, is a decision whose label was left out, a problem at its line. The decisions are the run of such
 * paragraphs from the first; the last ends at a blank line after its implementers, or at the closing sentence where
 * Word leaves no blank line.
 */
final class DecisionParagraphs {

  // "১.", "০১।", "(১)"; not a date nor a time, whose digits go on after the mark
  private static final Pattern NUMBERED = Pattern.compile("^\\(?\\s*(\\d{1,3})\\s*[.।)]\\s*(?<rest>\\D.*)?$");
  // "আলোচ্যসূচি-০১: …", "আলোচ্য বিষয় নং ২", "সিদ্ধান্ত ০১: …" (the start form's blocks); never "সিদ্ধান্ত: ২ …"
  private static final Pattern AGENDA = Pattern.compile(Texts.nfc(
      "^(?<word>আলোচ্য\\s*সূচি|আলোচ্যসূচী|আলোচ্য\\s*বিষয়|এজেন্ডা|সিদ্ধান্ত)"
          + "(?:\\s*(?:নং|নম্বর)\\s*[.:ঃ]?\\s*|\\s*(?<dash>[-–])\\s*|\\s+)(?<number>\\d{1,3})"
          + "\\s*(?:[:ঃ।.\\-–]\\s*(?<topic>.*)|\\s+(?<spaced>.*))?$"));
  private static final String DECISION_WORD = Texts.nfc("সিদ্ধান্ত");

  private DecisionParagraphs() {}

  /** The numbered paragraphs as the rows of a table; empty when the lines hold none with a সিদ্ধান্ত label. */
  static Optional<DecisionTable> locate(List<SourceLine> lines, Findings findings) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (number(lines.get(i)) != null) {
        starts.add(i);
      }
    }
    List<DecisionTable.Row> rows = new ArrayList<>();
    int first = -1;
    int end = -1;
    DecisionParagraph undecidedBefore = null; // the one just before, when it names implementers without a decision
    for (int s = 0; s < starts.size(); s++) {
      int start = starts.get(s);
      int next = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
      String[] numberAndTopic = number(lines.get(start));
      String topic = Texts.strip(numberAndTopic[1].replaceFirst("[:ঃ।.]\\s*$", ""));
      DecisionParagraph paragraph =
          DecisionParagraph.read(lines, start, next, Integer.parseInt(numberAndTopic[0]), topic);
      if (!paragraph.decided()) {
        if (first >= 0) {
          // the decisions' run is over: a numbered list after them is the distribution's; but the next number with
          // implementers is a decision whose সিদ্ধান্ত line was left out (skipped, its offices never asked)
          if (paragraph.namesImplementers() && paragraph.number() == rows.get(rows.size() - 1).number() + 1) {
            withoutDecisionLine(findings, paragraph.head());
          }
          break;
        }
        undecidedBefore = paragraph.namesImplementers() ? paragraph : null;
        continue;
      }
      if (first < 0) {
        first = start;
        if (undecidedBefore != null && undecidedBefore.number() == paragraph.number() - 1) {
          withoutDecisionLine(findings, undecidedBefore.head()); // the first decision, its line left out
        }
      }
      findings.decisionTextAt(rows.size(), paragraph.decisionPlace());
      rows.add(paragraph.row());
      end = paragraph.end();
      if (lines.subList(end, next).stream().anyMatch(l -> !l.isBlank())) {
        break; // the last one: a closing sentence or the sign-off came before the next number
      }
    }
    return first < 0
        ? Optional.empty()
        : Optional.of(DecisionTable.of(first, end, lines.get(first).location(), rows));
  }

  private static void withoutDecisionLine(Findings findings, SourceLine head) {
    findings.problem("decisions", head.location(), "এই অনুচ্ছেদে বাস্তবায়নকারী আছে, কিন্তু «সিদ্ধান্ত:» লাইন নেই;"
        + " সিদ্ধান্তটি «সিদ্ধান্ত: …» দিয়ে লিখুন / this paragraph names implementers but has no 'সিদ্ধান্ত:' line:"
        + " write its decision after that label");
  }

  /** The number and the rest of a paragraph's first line, or null when it starts none. */
  private static String[] number(SourceLine line) {
    String text = Texts.nfc(Texts.strip(line.text().replace('\t', ' ')));
    Matcher agenda = AGENDA.matcher(BengaliDigits.toAscii(text));
    if (agenda.matches()) {
      return isDecisionLabel(agenda) ? null : new String[] {agenda.group("number"), agendaRest(text, agenda)};
    }
    Matcher numbered = NUMBERED.matcher(BengaliDigits.toAscii(text));
    if (!numbered.matches()) {
      return null;
    }
    String rest = group(text, numbered, "rest");
    // "১. আলোচ্যসূচি-০১: ই-নথি": the agenda's own label after the paragraph's number is no part of the topic
    Matcher labelled = AGENDA.matcher(BengaliDigits.toAscii(rest));
    return new String[] {numbered.group(1), labelled.matches() ? agendaRest(rest, labelled) : rest};
  }

  /**
   * "সিদ্ধান্ত- ১৫ দিনের মধ্যে …" is the dash label of a decision that starts with a number, not the head "সিদ্ধান্ত-০১:
   * বিষয়": after a dash, a number followed by words without a mark between is the decision's text.
   */
  private static boolean isDecisionLabel(Matcher agenda) {
    return agenda.group("word").equals(DECISION_WORD) && agenda.group("dash") != null
        && agenda.group("spaced") != null;
  }

  private static String agendaRest(String text, Matcher agenda) {
    return agenda.group("topic") != null ? group(text, agenda, "topic") : group(text, agenda, "spaced");
  }

  /**
   * A group as the line writes it: matched on the line with ASCII digits (a Bengali digit is one char, as its ASCII
   * one, so the offsets hold), but a topic keeps its "২০২৬-২৭" and "১০০%".
   */
  private static String group(String text, Matcher matcher, String group) {
    return matcher.group(group) == null ? "" : text.substring(matcher.start(group), matcher.end(group));
  }
}

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
 * সিদ্ধান্ত: …                                  (lines without a label continue the field above)
 * বাস্তবায়নে: … ; …                           (or বাস্তবায়নকারী, দায়িত্ব, দায়িত্বপ্রাপ্ত)
 * সময়সীমা: …                                  (optional)
 * </pre>
 *
 * <p>A numbered paragraph is a decision only when it has a সিদ্ধান্ত label, so a numbered attendance or distribution
 * list is never taken for one; one that names implementers without it, numbered as the next (or the previous)
 * decision, is a decision whose label was left out, a problem at its line. The decisions are the run of such paragraphs from the first; the last ends at a blank
 * line after its implementers, or at the closing sentence where Word leaves no blank line.
 */
final class DecisionParagraphs {

  // "১.", "০১।", "(১)"; not a date nor a time, whose digits go on after the mark
  private static final Pattern NUMBERED = Pattern.compile("^\\(?\\s*(\\d{1,3})\\s*[.।)]\\s*(\\D.*)?$");
  // "আলোচ্যসূচি-০১: …", "আলোচ্য বিষয় নং ২", "সিদ্ধান্ত ০১: …" (the start form's blocks); never "সিদ্ধান্ত: ২ …"
  private static final Pattern AGENDA = Pattern.compile(Texts.nfc(
      "^(?:আলোচ্য\\s*সূচি|আলোচ্যসূচী|আলোচ্য\\s*বিষয়|এজেন্ডা|সিদ্ধান্ত)"
          + "(?:\\s*(?:নং|নম্বর)\\s*[.:ঃ]?\\s*|\\s*[-–]\\s*|\\s+)(\\d{1,3})\\s*(?:[:ঃ।.\\-–]\\s*(.*)|\\s+(.*))?$"));
  private static final Pattern LABEL = Pattern.compile(Texts.nfc(
      "^(আলোচনা|সিদ্ধান্ত(?:সমূহ)?|বাস্তবায়নে|বাস্তবায়নকার[ীি](?:\\s*কর্মকর্তা)?|দায়িত্ব(?:প্রাপ্ত)?(?:\\s*কর্মকর্তা)?"
          + "|সময়স[ীি]মা)\\s*[:ঃ]\\s*(.*)$"));
  private static final Pattern CLOSING = Pattern.compile(Texts.nfc("আলোচ্য\\s*বিষয়\\s*না\\s*থাকায়|সমাপ্তি\\s*ঘোষণা"));

  private enum Field { DISCUSSION, DECISION, IMPLEMENTERS, DEADLINE }

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
    int undecidedBefore = -1; // the numbered paragraph just before, when it names implementers without a decision
    for (int s = 0; s < starts.size(); s++) {
      int start = starts.get(s);
      int next = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
      Optional<Paragraph> paragraph = read(lines, start, next);
      if (paragraph.isEmpty()) {
        boolean implementers = namesImplementers(lines, start, next);
        if (first >= 0) {
          // the decisions' run is over: a numbered list after them is the distribution's; but the next number with
          // implementers is a decision whose সিদ্ধান্ত line was left out (skipped, its offices never asked)
          if (implementers && numberAt(lines, start) == rows.get(rows.size() - 1).number() + 1) {
            withoutDecisionLine(findings, lines.get(start));
          }
          break;
        }
        undecidedBefore = implementers ? start : -1;
        continue;
      }
      if (first < 0) {
        first = start;
        if (undecidedBefore >= 0 && numberAt(lines, undecidedBefore) == paragraph.get().row().number() - 1) {
          withoutDecisionLine(findings, lines.get(undecidedBefore)); // the first decision, its line left out
        }
      }
      findings.decisionTextAt(rows.size(), paragraph.get().decisionPlace());
      rows.add(paragraph.get().row());
      end = paragraph.get().end();
      if (lines.subList(end, next).stream().anyMatch(l -> !l.isBlank())) {
        break; // the last one: a closing sentence or the sign-off came before the next number
      }
    }
    return first < 0
        ? Optional.empty()
        : Optional.of(DecisionTable.of(first, end, lines.get(first).location(), rows));
  }

  /** @param decisionPlace the line of its সিদ্ধান্ত label, where a problem with its decision points */
  private record Paragraph(DecisionTable.Row row, int end, String decisionPlace) {}

  private static Optional<Paragraph> read(List<SourceLine> lines, int start, int next) {
    SourceLine head = lines.get(start);
    String[] numberAndTopic = number(head);
    StringBuilder discussion = new StringBuilder();
    StringBuilder decision = new StringBuilder();
    StringBuilder implementers = new StringBuilder();
    StringBuilder deadline = new StringBuilder();
    Field field = Field.DISCUSSION;
    boolean labelled = false;
    String decisionPlace = null;
    int end = start + 1;
    for (int i = start + 1; i < next; i++) {
      SourceLine line = lines.get(i);
      String text = Texts.strip(line.text().replace('\t', ' '));
      if (text.isEmpty()) {
        if (field == Field.IMPLEMENTERS || field == Field.DEADLINE) {
          break; // a blank line after who implements it ends the decision
        }
        continue;
      }
      if (CLOSING.matcher(text).find()) {
        break;
      }
      Matcher label = LABEL.matcher(Texts.nfc(text));
      if (label.matches()) {
        field = fieldOf(label.group(1));
        labelled = true;
        if (field == Field.DECISION && decisionPlace == null) {
          decisionPlace = line.location();
        }
        append(builder(field, discussion, decision, implementers, deadline), label.group(2), field);
      } else if (!labelled && decision.isEmpty()) {
        append(discussion, text, Field.DISCUSSION);
      } else {
        append(builder(field, discussion, decision, implementers, deadline), text, field);
      }
      end = i + 1;
    }
    if (decisionPlace == null) {
      return Optional.empty();
    }
    String topic = Texts.strip(numberAndTopic[1].replaceFirst("[:ঃ।.]\\s*$", ""));
    String discussionCell = topic.isEmpty() ? discussion.toString()
        : discussion.isEmpty() ? topic + ":" : topic + ": " + discussion;
    return Optional.of(new Paragraph(new DecisionTable.Row(Integer.valueOf(numberAndTopic[0]), head.location(),
        discussionCell, decision.toString(), implementers.toString(), deadline.toString()), end, decisionPlace));
  }

  private static void withoutDecisionLine(Findings findings, SourceLine head) {
    findings.problem("decisions", head.location(), "এই অনুচ্ছেদে বাস্তবায়নকারী আছে, কিন্তু «সিদ্ধান্ত:» লাইন নেই;"
        + " সিদ্ধান্তটি «সিদ্ধান্ত: …» দিয়ে লিখুন / this paragraph names implementers but has no 'সিদ্ধান্ত:' line:"
        + " write its decision after that label");
  }

  private static int numberAt(List<SourceLine> lines, int start) {
    return Integer.parseInt(number(lines.get(start))[0]);
  }

  /** Whether a paragraph has a label of who implements it (বাস্তবায়নে:, দায়িত্বপ্রাপ্ত: …) before the next number. */
  private static boolean namesImplementers(List<SourceLine> lines, int start, int next) {
    for (int i = start + 1; i < next; i++) {
      Matcher label = LABEL.matcher(Texts.nfc(Texts.strip(lines.get(i).text().replace('\t', ' '))));
      if (label.matches() && fieldOf(label.group(1)) == Field.IMPLEMENTERS) {
        return true;
      }
      if (CLOSING.matcher(lines.get(i).text()).find()) {
        return false;
      }
    }
    return false;
  }

  /** The number and the rest of a paragraph's first line, or null when it starts none. */
  private static String[] number(SourceLine line) {
    String text = Texts.nfc(Texts.strip(line.text().replace('\t', ' ')));
    Matcher agenda = AGENDA.matcher(BengaliDigits.toAscii(text));
    if (agenda.matches()) {
      return new String[] {agenda.group(1), agendaRest(text, agenda)};
    }
    Matcher numbered = NUMBERED.matcher(BengaliDigits.toAscii(text));
    if (!numbered.matches()) {
      return null;
    }
    String rest = group(text, numbered, 2);
    // "১. আলোচ্যসূচি-০১: ই-নথি": the agenda's own label after the paragraph's number is no part of the topic
    Matcher labelled = AGENDA.matcher(BengaliDigits.toAscii(rest));
    return new String[] {numbered.group(1), labelled.matches() ? agendaRest(rest, labelled) : rest};
  }

  private static String agendaRest(String text, Matcher agenda) {
    return agenda.group(2) != null ? group(text, agenda, 2) : group(text, agenda, 3);
  }

  /**
   * A group as the line writes it: matched on the line with ASCII digits (a Bengali digit is one char, as its ASCII
   * one, so the offsets hold), but a topic keeps its "২০২৬-২৭" and "১০০%".
   */
  private static String group(String text, Matcher matcher, int group) {
    return matcher.group(group) == null ? "" : text.substring(matcher.start(group), matcher.end(group));
  }

  private static Field fieldOf(String label) {
    if (label.startsWith(Texts.nfc("আলোচনা"))) {
      return Field.DISCUSSION;
    }
    if (label.startsWith(Texts.nfc("সময়"))) {
      return Field.DEADLINE;
    }
    return label.startsWith(Texts.nfc("সিদ্ধান্ত")) ? Field.DECISION : Field.IMPLEMENTERS;
  }

  private static StringBuilder builder(
      Field field, StringBuilder discussion, StringBuilder decision, StringBuilder implementers,
      StringBuilder deadline) {
    return switch (field) {
      case DISCUSSION -> discussion;
      case DECISION -> decision;
      case IMPLEMENTERS -> implementers;
      case DEADLINE -> deadline;
    };
  }

  /** Implementers' lines stay lines (each may name another office); the other fields run on as text. */
  private static void append(StringBuilder to, String text, Field field) {
    String t = Texts.strip(text);
    if (t.isEmpty()) {
      return;
    }
    if (!to.isEmpty()) {
      to.append(field == Field.IMPLEMENTERS ? "\n" : " ");
    }
    to.append(t);
  }
}

package bd.gov.followup.minutes;

import bd.gov.followup.minutes.ParagraphLabel.Field;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One numbered paragraph of minutes read line by line into a decision's parts ({@link ParagraphLabel}): a line without
 * a label continues the part above; unlabelled lines before the first label are discussion. Its decision is the text
 * after a সিদ্ধান্ত label.
 */
final class DecisionParagraph {

  private static final Pattern CLOSING = Pattern.compile(Texts.nfc("আলোচ্য\\s*বিষয়\\s*না\\s*থাকায়|সমাপ্তি\\s*ঘোষণা"));
  private final int number;
  private final SourceLine head;
  private final String topic;
  private final StringBuilder discussion = new StringBuilder();
  private final StringBuilder decision = new StringBuilder();
  private final StringBuilder implementers = new StringBuilder();
  private final StringBuilder deadline = new StringBuilder();
  private String decisionPlace;
  private boolean namesImplementers;
  private int end;

  private DecisionParagraph(int number, SourceLine head, String topic, int start) {
    this.number = number;
    this.head = head;
    this.topic = topic;
    this.end = start + 1;
  }

  /**
   * Reads the lines after the paragraph's first line up to the next numbered one: up to a blank line after its
   * implementers or deadline, or a closing sentence.
   */
  static DecisionParagraph read(List<SourceLine> lines, int start, int next, int number, String topic) {
    DecisionParagraph p = new DecisionParagraph(number, lines.get(start), topic, start);
    p.readLines(lines, start + 1, next);
    return p;
  }

  private void readLines(List<SourceLine> lines, int from, int next) {
    Field field = Field.DISCUSSION;
    for (int i = from; i < next; i++) {
      SourceLine line = lines.get(i);
      String text = textOf(line);
      if (text.isEmpty()) {
        if (field == Field.IMPLEMENTERS || field == Field.DEADLINE) {
          break; // a blank line after who implements it ends the decision
        }
        continue;
      }
      if (CLOSING.matcher(text).find()) {
        break;
      }
      Optional<ParagraphLabel> label = ParagraphLabel.of(text);
      String content = text;
      if (label.isPresent()) {
        field = label.get().field();
        content = label.get().rest();
        if (field == Field.DECISION && decisionPlace == null) {
          decisionPlace = line.location();
        }
      }
      field = appendWithInlineLabels(field, content);
      end = i + 1;
    }
  }

  /** Appends the content to its part; a label written after a sentence on the same line starts the next part. */
  private Field appendWithInlineLabels(Field field, String content) {
    String rest = content;
    Field current = field;
    while (current == Field.DECISION || current == Field.IMPLEMENTERS) {
      Optional<ParagraphLabel.Inline> inline = ParagraphLabel.inline(rest);
      if (inline.isEmpty()) {
        break;
      }
      append(current, inline.get().before());
      current = inline.get().label().field();
      rest = inline.get().label().rest();
    }
    append(current, rest);
    return current;
  }

  private void append(Field field, String text) {
    String t = Texts.strip(text);
    if (field == Field.IMPLEMENTERS) {
      namesImplementers = true;
    }
    if (t.isEmpty()) {
      return;
    }
    StringBuilder to = switch (field) {
      case DISCUSSION -> discussion;
      case DECISION -> decision;
      case IMPLEMENTERS -> implementers;
      case DEADLINE -> deadline;
    };
    if (!to.isEmpty()) {
      // implementers' lines stay lines (each may name another office); the other parts run on as text
      to.append(field == Field.IMPLEMENTERS ? "\n" : " ");
    }
    to.append(t);
  }

  static String textOf(SourceLine line) {
    return Texts.nfc(Texts.strip(line.text().replace('\t', ' ')));
  }

  int number() {
    return number;
  }

  SourceLine head() {
    return head;
  }

  /** Whether a decision was read: after a সিদ্ধান্ত label. */
  boolean decided() {
    return decisionPlace != null;
  }

  /** Where its decision is written: its সিদ্ধান্ত line. */
  String decisionPlace() {
    return decisionPlace;
  }

  boolean namesImplementers() {
    return namesImplementers;
  }

  /** Index of the line after the last one read. */
  int end() {
    return end;
  }

  /** The paragraph as a row of the decision table: the topic before the discussion, as a table's cell writes it. */
  DecisionTable.Row row() {
    String discussionCell = topic.isEmpty() ? discussion.toString()
        : discussion.isEmpty() ? topic + ":" : topic + ": " + discussion;
    return new DecisionTable.Row(number, head.location(), discussionCell, decision.toString(),
        implementers.toString(), deadline.toString());
  }
}

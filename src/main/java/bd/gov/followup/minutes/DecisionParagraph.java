package bd.gov.followup.minutes;

import bd.gov.followup.minutes.ParagraphLabel.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One numbered paragraph of minutes read line by line into a decision's parts: a line without a label continues the
 * part above; unlabelled lines before the first label are discussion. Its decision is the text after a সিদ্ধান্ত
 * label, or, when it has none, the one decision sentence it records ({@link DecisionSentence}): with a label a
 * sentence may quote another meeting's decision, and two sentences leave the decision to the secretary.
 *
 * <p>A line under the implementers or the deadline that starts a part of the decision ("১.২ …", "৭(খ) …", or a list
 * letter before more implementers) is a decision of its own, with offices of its own: its number cannot be a
 * decision's, so it is kept in {@link #subDecisions()} to be refused rather than read as an office. Parts written
 * together under the সিদ্ধান্ত label ("(ক) … (খ) …", then one implementers' list) stay one decision.
 */
final class DecisionParagraph {

  static final int MAX_INLINE_LABELS = 8;
  private static final Pattern CLOSING = Pattern.compile(Texts.nfc("আলোচ্য\\s*বিষয়\\s*না\\s*থাকায়|সমাপ্তি\\s*ঘোষণা"));
  // "বিবিধ: কোনো আলোচনা হয়নি", "এ বিষয়ে কোন সিদ্ধান্ত গৃহীত হয়নি": an item with nothing to follow up
  private static final Pattern NOTHING_DECIDED = Pattern.compile(Texts.nfc(
      "(?:কোনো|কোন)\\s+(?:সিদ্ধান্ত|আলোচনা)\\s+(?:(?:গৃহীত|নেওয়া|নেয়া|গ্রহণ\\s+করা)\\s+)?(?:হয়নি|হয়\\s*নাই|হয়\\s*নি)"));

  /** The meeting's opening: a welcome, a recitation, introductions, a tribute ("সভার শুরুতে সভাপতি … স্বাগত জানান"). */
  private static final Pattern OPENING = Pattern.compile(Texts.nfc(
      "স্বাগত|শুভেচ্ছা|সভার\\s+(?:শুরুতে|প্রারম্ভে|সূচনায়|কার্যক্রম\\s+শুরু|কাজ\\s+শুরু)|তিলাওয়াত|তেলাওয়াত"
          + "|পরিচিতি\\s+পর্ব|পরিচয়\\s+পর্ব|শ্রদ্ধা\\s+নিবেদন|শ্রদ্ধা\\s+জানিয়ে"));

  private final int number;
  private final SourceLine head;
  private final String topic;
  private final StringBuilder discussion = new StringBuilder();
  private final StringBuilder decision = new StringBuilder();
  private final StringBuilder implementers = new StringBuilder();
  private final StringBuilder deadline = new StringBuilder();
  private final List<SourceLine> subDecisions = new ArrayList<>();
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
    boolean labelled = hasDecisionLabel(lines, from, next);
    int sentenceLine = labelled ? -1 : theDecisionSentence(lines, from, next);
    boolean[] implementersFollow = implementersFollow(lines, from, next);
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
      if ((field == Field.IMPLEMENTERS || field == Field.DEADLINE) && label.isEmpty()
          && startsADecisionOfItsOwn(text, implementersFollow[i - from])) {
        subDecisions.add(line);
        end = i + 1;
        continue;
      }
      String content = text;
      if (label.isPresent()) {
        field = label.get().field();
        content = label.get().rest();
        if (field == Field.DECISION && decisionPlace == null) {
          decisionPlace = line.location();
        }
      }
      if (i == sentenceLine && field == Field.DISCUSSION) {
        DecisionSentence sentence = DecisionSentence.in(content).orElseThrow();
        append(Field.DISCUSSION, sentence.before());
        field = Field.DECISION;
        decisionPlace = line.location();
        content = sentence.decision();
      }
      field = appendWithInlineLabels(field, content);
      end = i + 1;
    }
  }

  /**
   * Appends the content to its part; a label written after a sentence on the same line starts the next part. A line
   * holds two or three such labels; past {@link #MAX_INLINE_LABELS} the rest is text (each label's search copies
   * what follows it: a megabyte line of labels would take hours).
   */
  private Field appendWithInlineLabels(Field field, String content) {
    String rest = content;
    Field current = field;
    for (int labels = 0; labels < MAX_INLINE_LABELS && (current == Field.DECISION || current == Field.IMPLEMENTERS);
        labels++) {
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

  /**
   * Whether the line, under the implementers or the deadline, starts a part with offices of its own: a sub-number
   * of this paragraph ("১.২" in ১) always; any other mark ("(খ)") only when more implementers follow it, as "(খ)
   * সিভিল সার্জন" in a lettered list of offices is one of them.
   *
   * @param implementersFollow whether the next label after this line, before a blank line, names implementers
   */
  private boolean startsADecisionOfItsOwn(String text, boolean implementersFollow) {
    Optional<SubDecisionMark> mark = SubDecisionMark.at(text);
    if (mark.isEmpty()) {
      return false;
    }
    if (mark.get().parent() != null && mark.get().parent() == number) {
      return true;
    }
    return implementersFollow
        || ParagraphLabel.inline(text).filter(l -> l.label().field() == Field.IMPLEMENTERS).isPresent();
  }

  /**
   * For each line from {@code from}, whether the next label after it, before a blank line, names implementers:
   * computed backwards once, so a long lettered list is not scanned again from each of its lines.
   */
  private static boolean[] implementersFollow(List<SourceLine> lines, int from, int next) {
    boolean[] follow = new boolean[next - from];
    boolean state = false;
    for (int i = next - 1; i >= from; i--) {
      follow[i - from] = state;
      String text = textOf(lines.get(i));
      if (text.isEmpty()) {
        state = false;
      } else {
        Optional<ParagraphLabel> label = ParagraphLabel.of(text);
        if (label.isPresent()) {
          state = label.get().field() == Field.IMPLEMENTERS;
        }
      }
    }
    return follow;
  }

  private static boolean hasDecisionLabel(List<SourceLine> lines, int from, int next) {
    for (int i = from; i < next; i++) {
      String text = textOf(lines.get(i));
      if (CLOSING.matcher(text).find()) {
        return false;
      }
      if (ParagraphLabel.of(text).filter(l -> l.field() == Field.DECISION).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The line of the paragraph's one decision sentence, or -1 when it has none or more than one. */
  private static int theDecisionSentence(List<SourceLine> lines, int from, int next) {
    int found = -1;
    for (int i = from; i < next; i++) {
      String text = textOf(lines.get(i));
      if (CLOSING.matcher(text).find()) {
        break;
      }
      String content = ParagraphLabel.of(text).map(ParagraphLabel::rest).orElse(text);
      if (DecisionSentence.in(content).isPresent()) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  static String textOf(SourceLine line) {
    return Texts.nfc(Texts.strip(line.text().replace('\t', ' ')));
  }

  static boolean isClosing(String text) {
    return CLOSING.matcher(text).find();
  }

  int number() {
    return number;
  }

  SourceLine head() {
    return head;
  }

  /** Whether a decision was read: after a সিদ্ধান্ত label, or as its one decision sentence. */
  boolean decided() {
    return decisionPlace != null;
  }

  /** Where its decision is written: its সিদ্ধান্ত line, or the line of its decision sentence. */
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

  List<SourceLine> subDecisions() {
    return subDecisions;
  }

  /**
   * Whether the paragraph clearly records no decision: it says nothing was decided or discussed, or it only
   * confirms the previous minutes (a formality nothing is followed up for).
   */
  boolean recordsNoDecision() {
    String said = topic + " " + discussion + " " + decision;
    return NOTHING_DECIDED.matcher(said).find() || DecisionExtractor.confirmsEarlierMinutes(topic, said);
  }

  /**
   * Whether the paragraph opens the meeting (a welcome, a recitation, introductions), as the first numbered paragraph
   * of many minutes does: read only for paragraphs before the first decision, where nothing else is expected.
   */
  boolean opensTheMeeting() {
    return OPENING.matcher(topic + " " + discussion + " " + decision).find();
  }

  /** The paragraph as a row of the decision table: the topic before the discussion, as a table's cell writes it. */
  DecisionTable.Row row() {
    String discussionCell = topic.isEmpty() ? discussion.toString()
        : discussion.isEmpty() ? topic + ":" : topic + ": " + discussion;
    return new DecisionTable.Row(number, head.location(), discussionCell, decision.toString(),
        implementers.toString(), deadline.toString());
  }
}

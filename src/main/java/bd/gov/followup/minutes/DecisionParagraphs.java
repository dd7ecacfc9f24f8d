package bd.gov.followup.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions written as numbered paragraphs rather than a table, as many upazila minutes are:
 *
 * <pre>
 * ১. ইউনিয়ন ডিজিটাল সেন্টারের সেবা:          (or "আলোচ্যসূচি-০১: …", "সিদ্ধান্ত ০১: …": the number and topic)
 * আলোচনা: …                                  (optional; unlabelled lines before the first label are discussion too)
 * সিদ্ধান্ত: …                                  (or "সিদ্ধান্ত-", "সিদ্ধান্তঃ"; or "সভায় … সিদ্ধান্ত হয় যে, …")
 * বাস্তবায়নে: … ; …                           (or বাস্তবায়নকারী (দপ্তর), দায়িত্ব(প্রাপ্ত), …; also after the decision)
 * সময়সীমা: …                                  (optional; or "বাস্তবায়নের সময়সীমা:")
 * </pre>
 *
 * <p>A numbered paragraph is a decision only when it records one ({@link DecisionParagraph}), so a numbered attendance
 * or distribution list is never taken for one. The decisions run from the first such paragraph to the closing
 * sentence, or to the first numbered paragraph after them that is no decision and that no decision follows (the
 * distribution list). Nothing inside that run is dropped without a word: a paragraph numbered on from the last
 * decision that records none while later ones do, or text between decisions that has labels of its own (a
 * sub-decision "১.২" or "৭(ক)"), is a problem at its line; a paragraph that clearly records no decision ("কোনো
 * সিদ্ধান্ত হয়নি", the previous minutes confirmed) and a heading between decisions are warnings.
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

  /**
   * The numbered paragraphs as the rows of a table; empty when the lines hold none that records a decision. Minutes
   * with no numbered paragraph that does are read again for paragraphs lettered "(ক)", "খ." …, counted in the
   * alphabet's order as a table numbered by letters is.
   */
  static Optional<DecisionTable> locate(List<SourceLine> lines, Findings findings) {
    Optional<DecisionTable> numbered = locate(lines, findings, false);
    return numbered.isPresent() ? numbered : locate(lines, findings, true);
  }

  private static Optional<DecisionTable> locate(List<SourceLine> lines, Findings findings, boolean lettered) {
    List<DecisionParagraph> paragraphs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    boolean[] offices = implementersListed(lines, lettered);
    for (int i = 0; i < lines.size(); i++) {
      if (!offices[i] && number(lines.get(i), lettered) != null) {
        starts.add(i);
      }
    }
    for (int s = 0; s < starts.size(); s++) {
      int start = starts.get(s);
      String[] numberAndTopic = number(lines.get(start), lettered);
      String topic = Texts.strip(numberAndTopic[1].replaceFirst("[:ঃ।.]\\s*$", ""));
      paragraphs.add(DecisionParagraph.read(lines, start, s + 1 < starts.size() ? starts.get(s + 1) : lines.size(),
          Integer.parseInt(numberAndTopic[0]), topic));
    }
    int first = 0;
    while (first < paragraphs.size() && !paragraphs.get(first).decided()) {
      first++;
    }
    if (first == paragraphs.size()) {
      return Optional.empty();
    }
    if (lettered) {
      findings.warn("decisions", paragraphs.get(first).head().location(), "সিদ্ধান্তগুলোর ক্রমিক বর্ণে (ক, খ, গ …)"
          + " দেওয়া; বর্ণের ক্রমে ১, ২, ৩ … ধরে পড়া হয়েছে");
    }
    return Optional.of(new Run(lines, starts, paragraphs, findings).read(first));
  }

  /** The decisions' run, from its first paragraph on. */
  private static final class Run {
    private final List<SourceLine> lines;
    private final List<Integer> starts;
    private final List<DecisionParagraph> paragraphs;
    private final Findings findings;
    private final List<DecisionTable.Row> rows = new ArrayList<>();
    private final int[] nextDecided; // for each paragraph, the index of the next one that records a decision
    private int closing; // the line of the closing sentence after the first decision, or the lines' end

    Run(List<SourceLine> lines, List<Integer> starts, List<DecisionParagraph> paragraphs, Findings findings) {
      this.lines = lines;
      this.starts = starts;
      this.paragraphs = paragraphs;
      this.findings = findings;
      this.nextDecided = new int[paragraphs.size()];
      for (int k = paragraphs.size() - 1, next = paragraphs.size(); k >= 0; k--) {
        nextDecided[k] = next;
        next = paragraphs.get(k).decided() ? k : next;
      }
    }

    DecisionTable read(int first) {
      DecisionParagraph firstDecision = paragraphs.get(first);
      closing = starts.get(first);
      while (closing < lines.size() && !DecisionParagraph.isClosing(DecisionParagraph.textOf(lines.get(closing)))) {
        closing++;
      }
      // the paragraphs numbered just before the first decision are in its sequence too
      for (int k = first - 1, expected = firstDecision.number() - 1;
          k >= 0 && paragraphs.get(k).number() == expected; k--, expected--) {
        DecisionParagraph before = paragraphs.get(k);
        if (before.opensTheMeeting() && !before.namesImplementers()) {
          findings.warn("decisions", before.head().location(), "অনুচ্ছেদ " + BengaliDigits.of(before.number())
              + " সভার সূচনা (স্বাগত বক্তব্য ইত্যাদি), কোনো সিদ্ধান্ত নয়, তাই এটি অনুসরণ করা হবে না / paragraph "
              + before.number() + " opens the meeting and records no decision: it will not be followed up");
        } else {
          notADecision(before);
        }
      }
      add(firstDecision);
      int last = firstDecision.number();
      int end = firstDecision.end();
      int j = first + 1;
      for (; j < paragraphs.size(); j++) {
        DecisionParagraph p = paragraphs.get(j);
        int gapEnd = Math.min(starts.get(j), closing);
        boolean inRun = starts.get(j) < closing && (p.decided() || p.number() == last + 1 && decidedAfter(j));
        between(paragraphs.get(j - 1).end(), gapEnd, inRun, last);
        if (!inRun) {
          if (starts.get(j) < closing && p.number() == last + 1) {
            afterTheLast(p);
          }
          break;
        }
        if (p.decided()) {
          add(p);
          last = p.number();
          end = p.end();
        } else {
          notADecision(p);
        }
      }
      if (j == paragraphs.size()) {
        between(paragraphs.get(j - 1).end(), closing, false, last); // after the last numbered paragraph of all
      }
      return DecisionTable.of(starts.get(first), end, firstDecision.head().location(), rows);
    }

    private void add(DecisionParagraph p) {
      findings.decisionTextAt(rows.size(), p.decisionPlace());
      rows.add(p.row());
      p.subDecisions().forEach(line -> subDecision(line, p.number()));
    }

    /** Whether a paragraph after the j-th records a decision before the closing sentence. */
    private boolean decidedAfter(int j) {
      int k = nextDecided[j];
      return k < paragraphs.size() && starts.get(k) < closing;
    }

    /**
     * The lines between two paragraphs (after the last one read, before the next number or the closing sentence). A
     * block of them with a decision's labels, or starting with a sub-number ("১.২"), is a decision without a number
     * of its own: a problem. Inside the run, any other block (a heading) is skipped with a warning; after the last
     * decision the lines are the sign-off's, and only their first block may be a decision left without a number.
     */
    private void between(int from, int to, boolean inRun, int last) {
      for (int i = from; i < to; i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        int blockEnd = i;
        boolean labelled = false;
        while (blockEnd < to && !lines.get(blockEnd).isBlank()) {
          labelled |= ParagraphLabel.of(DecisionParagraph.textOf(lines.get(blockEnd)))
              .filter(l -> l.field() == ParagraphLabel.Field.DECISION
                  || l.field() == ParagraphLabel.Field.IMPLEMENTERS).isPresent();
          blockEnd++;
        }
        boolean subNumbered = SubDecisionMark.at(DecisionParagraph.textOf(lines.get(i)))
            .filter(m -> m.parent() != null).isPresent();
        if (labelled || subNumbered) {
          withoutNumber(lines.get(i), last);
        } else if (inRun) {
          findings.warn("decisions", lines.get(i).location(), "সিদ্ধান্তগুলোর মাঝের এই লেখাটি কোনো সিদ্ধান্ত নয় (ক্রমিক"
              + " নম্বর বা «সিদ্ধান্ত:» নেই), তাই বাদ দেওয়া হয়েছে / this text between decisions is none, left out: «"
              + DecisionTable.abbreviate(lines.get(i).text()) + "»");
        }
        if (!inRun) {
          return;
        }
        i = blockEnd;
      }
    }

    /** A paragraph in the decisions' sequence that records none: refused, unless it clearly is no decision. */
    private void notADecision(DecisionParagraph p) {
      if (p.namesImplementers()) {
        withoutDecisionLine(p.head());
      } else if (p.recordsNoDecision()) {
        findings.warn("decisions", p.head().location(), "অনুচ্ছেদ " + BengaliDigits.of(p.number()) + "-এ কোনো"
            + " সিদ্ধান্ত নেই, তাই এটি অনুসরণ করা হবে না; এতে কোনো দপ্তরের করণীয় থাকলে «সিদ্ধান্ত: …» ও «বাস্তবায়নে: …»"
            + " লাইন দিয়ে লিখুন / paragraph " + p.number() + " records no decision and will not be followed up");
      } else {
        findings.problem("decisions", p.head().location(), "অনুচ্ছেদ " + BengaliDigits.of(p.number()) + "-এ পরের"
            + " ক্রমিক নম্বরের আগে কোনো «সিদ্ধান্ত:» লাইন নেই, অথচ এর আগে-পরের অনুচ্ছেদে সিদ্ধান্ত আছে। সিদ্ধান্তটি"
            + " «সিদ্ধান্ত: …» দিয়ে আর বাস্তবায়নকারী «বাস্তবায়নে: …» দিয়ে লিখুন; এটি সিদ্ধান্ত না হলে এর ক্রমিক নম্বর"
            + " মুছে দিন / paragraph " + p.number() + " has no 'সিদ্ধান্ত:' line before the next number, though the"
            + " paragraphs around it are decisions: write its decision after 'সিদ্ধান্ত:' and who implements it after"
            + " 'বাস্তবায়নে:'; if it is no decision, remove its number");
      }
    }

    /**
     * The paragraph numbered on from the last decision when no decision follows it: the decisions ended before it
     * unless it names implementers (a decision whose সিদ্ধান্ত line was left out); a warning if it may be one.
     */
    private void afterTheLast(DecisionParagraph p) {
      if (p.namesImplementers()) {
        withoutDecisionLine(p.head());
      } else if (!p.recordsNoDecision()) {
        findings.warn("decisions", p.head().location(), "অনুচ্ছেদ " + BengaliDigits.of(p.number()) + "-এ কোনো"
            + " «সিদ্ধান্ত:» লাইন নেই, তাই এটি সিদ্ধান্ত হিসেবে পড়া হয়নি; এটি সিদ্ধান্ত হলে «সিদ্ধান্ত: …» ও"
            + " «বাস্তবায়নে: …» লাইন দিয়ে লিখুন / paragraph " + p.number() + " has no 'সিদ্ধান্ত:' line and was not"
            + " read as a decision");
      }
    }

    private void withoutDecisionLine(SourceLine head) {
      findings.problem("decisions", head.location(), "এই অনুচ্ছেদে বাস্তবায়নকারী আছে, কিন্তু «সিদ্ধান্ত:» লাইন নেই;"
          + " সিদ্ধান্তটি «সিদ্ধান্ত: …» দিয়ে লিখুন / this paragraph names implementers but has no 'সিদ্ধান্ত:' line:"
          + " write its decision after that label");
    }

    /** A part written as a decision of its own inside another ("১.২" in ১): no decision number, as in a table. */
    private void subDecision(SourceLine line, int parent) {
      String mark = SubDecisionMark.at(DecisionParagraph.textOf(line)).map(SubDecisionMark::written).orElse("");
      String number = String.format(Locale.ROOT, "%02d", parent);
      findings.problem("decisions", line.location(), "«" + mark + "» সিদ্ধান্ত " + BengaliDigits.toBengali(number)
          + "-এর ভেতরে আলাদা একটি সিদ্ধান্তের মতো লেখা, কিন্তু এর ক্রমিক কোনো সিদ্ধান্তের নম্বর"
          + " হিসেবে পড়া যায় না: একে নিজের ক্রমিক নম্বর দিন (যেমন শেষ সিদ্ধান্তের পরের নম্বর), অথবা এর লেখা মূল"
          + " সিদ্ধান্তের «সিদ্ধান্ত:»-এর নিচে আর সব বাস্তবায়নকারী একটি «বাস্তবায়নে:» লাইনে লিখুন / «" + mark + "» is"
          + " written as a decision of its own inside decision " + number + ", but it cannot be a decision's number:"
          + " give it a number of its own (e.g. after the last decision), or write its text under the decision's"
          + " 'সিদ্ধান্ত:' and all implementers on one 'বাস্তবায়নে:' line");
    }

    /**
     * Lines with a decision's labels but no number of their own, after decision {@code last}: a part of it ("১.২",
     * "(খ)") or a decision whose number was left out.
     */
    private void withoutNumber(SourceLine line, int last) {
      Optional<SubDecisionMark> mark = SubDecisionMark.at(DecisionParagraph.textOf(line));
      if (mark.isPresent()) {
        subDecision(line, mark.get().parent() != null ? mark.get().parent() : last);
      } else {
        findings.problem("decisions", line.location(), "এখান থেকে একটি সিদ্ধান্ত লেখা আছে, কিন্তু এর কোনো ক্রমিক নম্বর"
            + " নেই, তাই এটি কোনো সিদ্ধান্ত হিসেবে পড়া যায় না: এর প্রথম লাইন «৩. বিষয়» এর মতো ক্রমিক নম্বর দিয়ে শুরু"
            + " করুন / a decision is written from here without a number: start its first line with one, as '৩. বিষয়'");
      }
    }
  }

  /**
   * For each line, whether it is an item of a list of offices under an implementers' label with nothing after it
   * ("বাস্তবায়নে:" over "১) …", "২) …"): numbered from 1, one item a line right below the label. Such an item is an
   * office of the decision above, not a numbered paragraph of its own.
   */
  private static boolean[] implementersListed(List<SourceLine> lines, boolean lettered) {
    boolean[] listed = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      boolean emptyLabel = ParagraphLabel.of(DecisionParagraph.textOf(lines.get(i)))
          .filter(l -> l.field() == ParagraphLabel.Field.IMPLEMENTERS && l.rest().isEmpty()).isPresent();
      for (int j = i + 1, expected = 1; emptyLabel && j < lines.size(); j++, expected++) {
        String[] item = number(lines.get(j), lettered);
        if (item == null || Integer.parseInt(item[0]) != expected) {
          break;
        }
        listed[j] = true;
        i = j;
      }
    }
    return listed;
  }

  // "(ক) ভূমি সেবা:", "খ. …", "গ) …": one consonant and its mark, then the topic
  private static final Pattern LETTERED = Pattern.compile("^(?<mark>\\(?\\s*\\p{IsBengali}\\s*[.।)])\\s*(?<rest>\\S.*)?$");

  /**
   * The number and the rest of a paragraph's first line, or null when it starts none; when lettered, the letter's
   * place in the alphabet for a lettered line and null for any other.
   */
  private static String[] number(SourceLine line, boolean lettered) {
    if (lettered) {
      Matcher m = LETTERED.matcher(Texts.nfc(Texts.strip(line.text().replace('\t', ' '))));
      Integer letter = m.matches() ? SerialCell.letter(m.group("mark")) : null;
      return letter == null ? null : new String[] {String.valueOf(letter), m.group("rest") == null ? "" : m.group("rest")};
    }
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

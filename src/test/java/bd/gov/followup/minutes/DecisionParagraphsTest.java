package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minutes whose decisions are numbered paragraphs (১. বিষয় / আলোচনা: / সিদ্ধান্ত: / বাস্তবায়নে:) instead of a table:
 * the seed written that way reads as the seed, in text and in Word; a numbered list without a সিদ্ধান্ত label is no
 * decision.
 */
class DecisionParagraphsTest {

  private final TextMinutesReader reader = new TextMinutesReader();
  private final ExtractedMinutes seed = reader.read(SeedMinutes.text());

  /** The seed with its table (header row to the row of dashes) written as paragraphs in the given style. */
  private static List<String> asParagraphs(String implementersLabel, boolean agendaStyle, boolean blankLines) {
    List<String> lines = SeedMinutes.lines();
    int header = 17;
    int dashes = header;
    while (!lines.get(dashes).startsWith("----")) {
      dashes++;
    }
    List<String> paragraphs = new ArrayList<>();
    for (String row : lines.subList(header + 1, dashes)) {
      if (row.isBlank()) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      String topic = cells[1].substring(0, cells[1].indexOf(':'));
      String discussion = cells[1].substring(cells[1].indexOf(':') + 1).strip();
      paragraphs.add(agendaStyle ? "আলোচ্যসূচি-" + cells[0] + ": " + topic : cells[0] + ". " + topic + ":");
      paragraphs.add("আলোচনা: " + discussion);
      paragraphs.add("সিদ্ধান্ত: " + cells[2]);
      paragraphs.add(implementersLabel + ": " + cells[3]);
      if (blankLines) {
        paragraphs.add("");
      }
    }
    List<String> edited = new ArrayList<>(lines.subList(0, header));
    edited.addAll(paragraphs);
    edited.addAll(lines.subList(dashes + 1, lines.size()));
    return edited;
  }

  @Test
  void numberedParagraphs_readAsTheSeedsTable() {
    for (String label : List.of("বাস্তবায়নকারী", "বাস্তবায়নে", "দায়িত্ব")) {
      ExtractedMinutes read = reader.read(String.join("\n", asParagraphs(label, false, true)));

      assertThat(read.meeting()).as(label).isEqualTo(seed.meeting());
      assertThat(read.decisionPlaces()).as(label).containsEntry(1, "line 18");
    }
  }

  /**
   * Paragraphs lettered "(ক)", "(খ)" … rather than numbered, as a DC's monthly minutes may head their items: read in
   * the alphabet's order as ১, ২, …, with a warning, as a table numbered by letters is.
   */
  @Test
  void letteredParagraphs_readAsTheSeedsTableWithAWarning() {
    String[] letters = {"(ক)", "(খ)", "(গ)", "(ঘ)", "(ঙ)"};
    List<String> lines = asParagraphs("বাস্তবায়নে", false, true);
    for (int i = 0, n = 0; i < lines.size(); i++) {
      String number = "০" + BengaliDigits.of(n + 1) + ". ";
      if (n < letters.length && lines.get(i).startsWith(number)) {
        lines.set(i, letters[n++] + " " + lines.get(i).substring(number.length()));
      }
    }

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting()).isEqualTo(seed.meeting());
    assertThat(read.warnings()).extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(org.assertj.core.api.Assertions.tuple("decisions", "line 18"));
  }

  @Test
  void agendaNumberedParagraphsInWord_withoutBlankLines_readAsTheSeedsTable() throws Exception {
    String text = String.join("\n", asParagraphs("বাস্তবায়নে", true, false));
    byte[] docx = new DocxMinutesBuilder().build(text);

    ExtractedMinutes read = new DocxMinutesReader().read(new ByteArrayInputStream(docx));

    assertThat(read.meeting().decisions()).isEqualTo(seed.meeting().decisions());
    assertThat(read.meeting().memoNumber()).isEqualTo(seed.meeting().memoNumber());
    assertThat(read.meeting().distribution()).isEqualTo(seed.meeting().distribution());
  }

  /**
   * "১. আলোচ্যসূচি-০১: বিষয়", as many upazila minutes number their agenda: the paragraph's number and the agenda's
   * label are not the topic. A topic keeps its digits as written ("২০২৬-২৭", "১০০%").
   */
  @Test
  void aNumberedAgendaLabel_isNoPartOfTheTopic_andTheTopicKeepsItsBengaliDigits() {
    List<String> lines = asParagraphs("বাস্তবায়নকারী", true, true);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("আলোচ্যসূচি-")) {
        String number = line.substring("আলোচ্যসূচি-".length(), line.indexOf(':'));
        String numbered = BengaliDigits.toBengali(String.valueOf(Integer.parseInt(BengaliDigits.toAscii(number))));
        lines.set(i, numbered + (i % 2 == 0 ? ". " : "। ") + line);
      }
    }
    ExtractedMinutes read = reader.read(String.join("\n", lines));
    assertThat(read.meeting().decisions()).isEqualTo(seed.meeting().decisions());

    String text = String.join("\n", asParagraphs("বাস্তবায়নকারী", false, true));
    String topic = seed.meeting().decisions().get(1).topic();
    String withDigits = text.replace("০২. " + topic + ":", "০২. ২০২৬-২৭ অর্থবছরে ১০০% " + topic + ":");
    assertThat(withDigits).isNotEqualTo(text);
    assertThat(reader.read(withDigits).meeting().decisions().get(1).topic())
        .isEqualTo("২০২৬-২৭ অর্থবছরে ১০০% " + topic);
  }

  /**
   * A decision paragraph without who implements it is refused at its decision's line, like a row with an empty cell,
   * saying which label to write, in both languages.
   */
  @Test
  void aParagraphWithoutImplementers_isAProblemAtItsDecisionsLine() {
    List<String> lines = asParagraphs("বাস্তবায়নকারী", false, true);
    int implementers = lines.indexOf(lines.stream().filter(l -> l.startsWith("বাস্তবায়নকারী: ")).skip(1).findFirst()
        .orElseThrow());
    lines.remove(implementers);
    int decision = implementers - 1;

    assertThatThrownBy(() -> reader.read(String.join("\n", lines)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("decisions[1].implementers"))
            .satisfies(p -> assertThat(p.location()).isEqualTo("line " + (decision + 1)))
            .satisfies(p -> assertThat(p.message()).contains("বাস্তবায়নে:", "names no implementer")));
  }

  /**
   * A decision paragraph whose সিদ্ধান্ত line was left out, the first or the last: refused at its line, not skipped with
   * its offices never asked.
   */
  @Test
  void aParagraphWithImplementersButNoDecisionLine_isAProblemAtItsLine() {
    for (int skip : new int[] {0, 4}) {
      List<String> lines = asParagraphs("বাস্তবায়নে", false, true);
      int decision = lines.indexOf(lines.stream().filter(l -> l.startsWith("সিদ্ধান্ত: ")).skip(skip).findFirst()
          .orElseThrow());
      lines.remove(decision);
      int start = decision - 2;

      assertThatThrownBy(() -> reader.read(String.join("\n", lines))).as("decision %d", skip + 1)
          .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
              .extracting(MinutesProblem::field, MinutesProblem::location)
              .containsExactly(tuple("decisions", "line " + (start + 1))));
    }
  }

  /** A numbered list with দায়িত্ব lines before the decisions (who attended, in what role) is no decision left out. */
  @Test
  void aLabelledAttendanceListBeforeTheDecisions_isNoProblem() {
    List<String> lines = asParagraphs("বাস্তবায়নে", false, true);
    lines.addAll(17, List.of("উপস্থিতি:", "১. জনাব মোঃ খালিদ হাসান", "দায়িত্ব: সভাপতি", "",
        "২. জনাব আবু সালেহ", "দায়িত্ব: সদস্য-সচিব", ""));

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions()).isEqualTo(seed.meeting().decisions());
  }

  /** Numbered lines with no সিদ্ধান্ত label (a distribution, an attendance list) are no decisions. */
  @Test
  void numberedLinesWithoutADecisionLabel_areNoDecisions() {
    List<String> lines = SeedMinutes.lines();
    int header = 17;
    int dashes = header;
    while (!lines.get(dashes).startsWith("----")) {
      dashes++;
    }
    lines.subList(header, dashes + 1).clear();

    assertThatThrownBy(() -> reader.read(String.join("\n", lines)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::field).containsExactly("decisions"));
  }
}

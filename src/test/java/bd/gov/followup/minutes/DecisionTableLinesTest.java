package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No line between the decision table's header and its end is lost without a word: a row typed with spaces is read
 * or refused, a stray line is a warning, a mistyped number does not end the table.
 */
class DecisionTableLinesTest {

  private final TextMinutesReader reader = new TextMinutesReader();
  private final Meeting seed = reader.read(SeedMinutes.text()).meeting();

  @Test
  void aRowWithSpacesTypedForItsFirstTabIsReadWithAWarning() {
    String line21 = SeedMinutes.lines().get(20);
    String text = SeedMinutes.withLine(21, line21.replaceFirst("\t", "    "));

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().decisions()).isEqualTo(seed.decisions());
    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 21"));
  }

  @Test
  void aLastRowWrittenWithSpacesInsteadOfTabsIsReadWithAWarning() {
    String line24 = SeedMinutes.lines().get(23);
    String text = SeedMinutes.withLine(24, line24.replace("\t", "   "));

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().decisions()).isEqualTo(seed.decisions());
    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 24"));
  }

  @Test
  void aNumberedRowThatCannotBeSplitIntoCellsIsAProblem() {
    String line21 = SeedMinutes.lines().get(20);
    String text = SeedMinutes.withLine(21, line21.replace("\t", " "));

    assertProblems(text, tuple("decisions", "line 21"));
  }

  @Test
  void aLastRowThatCannotBeSplitIntoCellsIsAProblemAlsoWithoutTheRowOfDashes() {
    String line24 = SeedMinutes.lines().get(23);
    String withDashes = SeedMinutes.withLine(24, line24.replace("\t", " "));
    List<String> lines = SeedMinutes.lines();
    lines.set(23, line24.replace("\t", " "));
    lines.set(24, "");

    assertProblems(withDashes, tuple("decisions", "line 24"));
    assertProblems(String.join("\n", lines), tuple("decisions", "line 24"));
  }

  /** Without the row of dashes: the fourth row's text wrapped onto a line of its own, then the fifth typed with spaces. */
  @Test
  void aLastRowWithoutTabsAfterAWrappedLineIsStillAProblem() {
    List<String> lines = SeedMinutes.lines();
    String line24 = lines.get(23);
    lines.set(22, "প্রতিটি দপ্তর নিজ নিজ পোর্টাল দেখবে"); // line 23, empty in the seed: the wrapped text
    lines.set(23, line24.replace("\t", " "));
    lines.set(24, "");

    assertProblems(String.join("\n", lines), tuple("decisions", "line 24"));
  }

  /** The distribution list after a table without its row of dashes numbers on past the decisions: no problem. */
  @Test
  void aNumberedListAfterATableWithoutItsRowOfDashesIsNoDecision() {
    List<String> lines = SeedMinutes.lines();
    lines.set(24, ""); // no row of dashes
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceFirst("^- ", "")); // "৬। জনাব…", "৭। অফিস কপি।"
    }

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions()).isEqualTo(seed.decisions());
  }

  @Test
  void aStrayLineThenARepeatedNumberKeepsReadingTheTable() {
    List<String> lines = SeedMinutes.lines();
    lines.add(21, "সহকারী কমিশনার (আইসিটি)"); // line 22
    lines.set(22, lines.get(22).replaceFirst("০৪\t", "০৩\t")); // line 23, was ০৪

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 3, 5);
    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 22"), tuple("decisions[3].number", "line 23"));
  }

  @Test
  void aStrayLineJustBeforeTheRowOfDashesIsAWarning() {
    List<String> lines = SeedMinutes.lines();
    lines.add(24, "সহকারী কমিশনার (আইসিটি), ঝিনাইদহ"); // line 25, the dashes move to 26

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions()).isEqualTo(seed.decisions());
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 25"));
  }

  /** A row numbered as a part of another (৭(ক), ১.১, or ক after numbers) would never be followed up: refused. */
  @Test
  void aSubNumberedRowIsAProblemAtItsLine_notASkippedLine() {
    for (String sub : List.of("০৩(ক)", "৩.১", "ক)")) {
      List<String> lines = SeedMinutes.lines();
      String row22 = lines.get(21);
      lines.add(22, row22.replaceFirst("^[০-৯]+", sub));
      assertProblems(String.join("\n", lines), tuple("decisions", "line 23"));
    }
  }

  /** A table numbered ক), খ), গ) … counts in the alphabet's order, with a warning; the distribution stays its own. */
  @Test
  void aTableNumberedByLetters_isReadInTheAlphabetsOrder() {
    String[] letters = {"ক)", "খ)", "গ)", "ঘ)", "ঙ)"};
    List<String> lines = SeedMinutes.lines();
    int row = 0;
    for (int i = 0; i < lines.size() && row < letters.length; i++) {
      if (lines.get(i).matches("^[০-৯]{2}\t.*")) {
        lines.set(i, lines.get(i).replaceFirst("^[০-৯]{2}", letters[row++]));
      }
    }
    assertThat(row).isEqualTo(5);

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions()).isEqualTo(seed.decisions());
    assertThat(read.meeting().distribution()).isEqualTo(seed.distribution());
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 19"));
  }

  /** A table copied from a PDF (sample 11) has runs of spaces for every tab, in its header too. */
  @Test
  void aTableWithSpacesForEveryTabIsReadWithAWarningAtTheHeaderAndEachRow() {
    List<String> lines = SeedMinutes.lines();
    for (int i = 17; i < 25; i++) { // lines 18 (header) to 25 (dashes)
      lines.set(i, lines.get(i).replace("\t", "    "));
    }

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting()).isEqualTo(seed);
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 18"), tuple("decisions", "line 19"), tuple("decisions", "line 24"));
  }

  /** Sample 11's header and first row, as a PDF viewer copies them. */
  @Test
  void theHeaderOfATableCopiedFromAPdfIsRecognised() {
    List<String> lines = SeedMinutes.lines();
    lines.set(17, "ক্রমিক নং    আলোচ্য বিষয়    সিদ্ধান্ত    বাস্তবায়নে");
    lines.set(18, "০১।    ই-নথি বাস্তবায়ন: কয়েকটি দপ্তরে এখনও ই-নথিতে পত্র জারি শুরু হয়নি।    সকল দপ্তর ৩১ ডিসেম্বর"
        + " ২০২৬ এর মধ্যে শতভাগ পত্র ই-নথিতে জারি নিশ্চিত করবে।    সকল দপ্তর প্রধান, ঝিনাইদহ");

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    Decision first = read.meeting().decisions().get(0);
    assertThat(first.topic()).isEqualTo("ই-নথি বাস্তবায়ন");
    assertThat(first.implementers()).containsExactly("সকল দপ্তর প্রধান, ঝিনাইদহ");
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(read.meeting().decisions().subList(1, 5)).isEqualTo(seed.decisions().subList(1, 5));
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions", "line 18"), tuple("decisions", "line 19"));
  }

  /** Wide spaces make no header of a sentence, nor of a header without its number column (its rows could not split). */
  @Test
  void aLineWithWideSpacesIsAHeaderOnlyWithItsNumberColumn() {
    for (String line : List.of("সভায়  সিদ্ধান্ত  ও  বাস্তবায়ন  নিয়ে  আলোচনা হয়।",
        "আলোচনা    সিদ্ধান্ত    বাস্তবায়নকারী")) {
      List<String> lines = SeedMinutes.lines();
      lines.subList(17, 25).clear();
      lines.add(17, line);
      assertProblems(String.join("\n", lines), tuple("decisions", "document"));
    }
  }

  private void assertProblems(String text, org.assertj.core.groups.Tuple... expected) {
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOfSatisfying(
            MinutesFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(MinutesProblem::field, MinutesProblem::location)
                    .containsExactlyInAnyOrder(expected));
  }
}

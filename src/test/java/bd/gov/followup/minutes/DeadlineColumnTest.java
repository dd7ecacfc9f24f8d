package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision table with a fifth column, সময়সীমা: each decision's own deadline. */
class DeadlineColumnTest {

  private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

  private final TextMinutesReader reader = new TextMinutesReader();
  private final Meeting seed = reader.read(SeedMinutes.text()).meeting();

  /** The seed with a deadline column headed as given, one cell for each of its five rows. */
  private static String withDeadlineColumn(String heading, String... cells) {
    List<String> lines = SeedMinutes.lines();
    lines.set(17, lines.get(17) + "\t" + heading);
    int[] rows = {18, 19, 20, 21, 23};
    for (int i = 0; i < rows.length; i++) {
      lines.set(rows[i], lines.get(rows[i]) + "\t" + cells[i]);
    }
    lines.set(24, lines.get(24) + "\t---");
    return String.join("\n", lines);
  }

  @Test
  void eachCellIsItsDecisionsOwnDeadline() {
    String text = withDeadlineColumn("সময়সীমা", "৩১/১২/২০২৩", "৩১/১২/২০২৩", "৩১/১২/২০২৩", "৩১/১২/২০২৩", "৩০/০১/২০২৪");

    ExtractedMinutes read = reader.read(text);
    Meeting meeting = read.meeting();

    assertThat(meeting.decisions())
        .extracting(Decision::deadline)
        .containsExactly(YEAR_END, YEAR_END, YEAR_END, YEAR_END, LocalDate.of(2024, 1, 30));
    assertThat(meeting.decisions())
        .extracting(Decision::implementers)
        .isEqualTo(seed.decisions().stream().map(Decision::implementers).toList());
    assertThat(meeting.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.warnings()).isEqualTo(reader.read(SeedMinutes.text()).warnings());
  }

  @Test
  void aCellThatDisagreesWithItsDecisionsTextWinsWithAWarning() {
    // the reviewer's file: ০৫ says ৩০/০১/২০২৪ for all in its text, ৩১/১২/২০২৩ in its cell
    String text = withDeadlineColumn("সময়সীমা", "৩১/১২/২০২৩", "৩১/১২/২০২৩", "৩১/১২/২০২৩", "৩১/১২/২০২৩", "৩১/১২/২০২৩");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().decisions()).extracting(Decision::deadline).containsOnly(YEAR_END);
    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("decisions[4].deadline", "line 24"));
  }

  /** A cell's words that give no deadline ("চলমান": ongoing) are a warning naming what applies, never dropped. */
  @Test
  void aCellWithWordsButNoDeadline_isAWarningNamingTheDeadlineThatApplies() {
    String text = withDeadlineColumn("সময়সীমা", "চলমান", "আগামী সভার পূর্বে", "—", "", "৩০/০১/২০২৪");

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().decisions()).extracting(Decision::deadline).containsOnly(null, LocalDate.of(2024, 1, 30));
    assertThat(read.warnings()).filteredOn(w -> w.message().contains("সময়সীমার ঘরের"))
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .containsExactly(tuple("decisions[0].deadline", "line 19"), tuple("decisions[1].deadline", "line 20"));
    assertThat(read.warnings()).filteredOn(w -> w.field().equals("decisions[0].deadline")).singleElement()
        .extracting(MinutesWarning::message).asString().contains("«চলমান»", "সভার সাধারণ সময়সীমা ৩০/০১/২০২৪");
  }

  @Test
  void cellsMayHoldSpansNamedDatesOrNothing() {
    String text =
        withDeadlineColumn(
            "বাস্তবায়নের সময়সীমা", "১৫ কর্মদিবস", "৩১ ডিসেম্বর ২০২৩ খ্রি.", "১ মাসের মধ্যে", "", "পনের কর্মদিবসের মধ্যে");

    ExtractedMinutes read = reader.read(text);
    List<Decision> decisions = read.meeting().decisions();

    assertThat(decisions)
        .extracting(Decision::deadline, Decision::deadlineWorkingDays)
        .containsExactly(
            tuple(null, 15),
            tuple(YEAR_END, null),
            tuple(LocalDate.of(2024, 1, 6), null),
            tuple(null, null),
            tuple(null, 15));
    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
  }

  @Test
  void aCellThatIsNoRealDateIsAProblem() {
    String text = withDeadlineColumn("সময়সীমা", "৩২/১২/২০২৩", "", "", "", "");

    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOfSatisfying(
            MinutesFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(MinutesProblem::field, MinutesProblem::location)
                    .containsExactly(tuple("decisions[0].deadline", "line 19")));
  }

  @Test
  void aWordTableWithTheColumnReadsTheSame() {
    String text = withDeadlineColumn("সময়সীমা", "৩১/১২/২০২৩", "", "", "", "");

    Meeting fromWord =
        new DocxMinutesReader().read(new ByteArrayInputStream(new DocxMinutesBuilder().build(text))).meeting();

    assertThat(fromWord.decisions()).extracting(Decision::deadline).containsExactly(YEAR_END, null, null, null, null);
    assertThat(fromWord).isEqualTo(reader.read(text).meeting());
  }
}

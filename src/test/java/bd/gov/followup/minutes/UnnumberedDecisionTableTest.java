package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision table without a number column, as many offices draw it: two columns, সিদ্ধান্ত and বাস্তবায়নকারী, or
 * three with the discussion. Its rows are the decisions in order; in text, it ends where its rows end.
 */
class UnnumberedDecisionTableTest {

  private final Meeting seed = new TextMinutesReader().read(SeedMinutes.text()).meeting();

  /** The seed's table as two columns, decision and implementers (lines 18–24). */
  private static String twoColumns() {
    List<String> lines = SeedMinutes.lines();
    lines.set(17, "সিদ্ধান্ত\tবাস্তবায়নকারী");
    for (int i = 18; i <= 23; i++) {
      String[] cells = lines.get(i).split("\t");
      lines.set(i, cells.length < 4 ? lines.get(i) : cells[2] + "\t" + cells[3]);
    }
    lines.set(24, "----\t---");
    return String.join("\n", lines);
  }

  @Test
  void aTwoColumnTextTableIsRead() {
    Meeting meeting = new TextMinutesReader().read(twoColumns()).meeting();

    assertDecisionsOfTheSeed(meeting);
  }

  @Test
  void aTwoColumnWordTableIsRead() {
    byte[] docx = new DocxMinutesBuilder().build(twoColumns());

    Meeting meeting = new DocxMinutesReader().read(new ByteArrayInputStream(docx)).meeting();

    assertDecisionsOfTheSeed(meeting);
  }

  /**
   * Without numbers, a row with an empty decision cell goes on with the decision above (an implementer wrapped onto
   * the next row), as a row with an empty number cell does in a numbered table.
   */
  @Test
  void aRowWithAnEmptyDecisionCellContinuesTheDecisionAbove() {
    List<String> lines = new ArrayList<>(List.of(twoColumns().split("\n", -1)));
    String row = lines.get(18);
    lines.set(18, row.substring(0, row.indexOf("; ও সহকারী কমিশনার, শিক্ষা")));
    lines.add(19, "\tও সহকারী কমিশনার, শিক্ষা");

    Meeting meeting = new TextMinutesReader().read(String.join("\n", lines)).meeting();

    assertDecisionsOfTheSeed(meeting);
  }

  /**
   * A three-column text table without numbers and without its row of dashes ends with its last row: the memo
   * number's line below it ("নম্বর: …\tতারিখ: …" has a tab too) is the sign-off's, not a decision.
   */
  @Test
  void anUnnumberedTextTableWithoutItsRuleEndsWithItsRows() {
    List<String> lines = SeedMinutes.lines();
    lines.set(17, "আলোচনা\tসিদ্ধান্ত\tবাস্তবায়নকারী");
    for (int i = 18; i <= 23; i++) {
      String line = lines.get(i);
      lines.set(i, line.isEmpty() ? line : line.substring(line.indexOf('\t') + 1));
    }
    lines.set(24, "");
    lines.set(42, "নম্বর: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯\tতারিখ: ০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ");

    ExtractedMinutes read = new TextMinutesReader().read(String.join("\n", lines));

    assertDecisionsOfTheSeed(read.meeting());
    assertThat(read.meeting().memoNumber()).isEqualTo(seed.memoNumber());
    assertThat(read.meeting().distribution()).isEqualTo(seed.distribution());
  }

  private void assertDecisionsOfTheSeed(Meeting meeting) {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= seed.decisions().size(); n++) {
      numbers.add(n);
    }
    assertThat(meeting.decisions()).extracting(Decision::number).isEqualTo(numbers);
    assertThat(meeting.decisions()).extracting(Decision::text)
        .isEqualTo(seed.decisions().stream().map(Decision::text).toList());
    assertThat(meeting.decisions()).extracting(Decision::implementers)
        .isEqualTo(seed.decisions().stream().map(Decision::implementers).toList());
  }
}

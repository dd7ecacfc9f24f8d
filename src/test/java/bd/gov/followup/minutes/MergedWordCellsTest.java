package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word tables as secretaries merge their cells: one implementers' cell merged down over two decisions (Word's
 * vertical merge leaves the lower cell empty in the file), a discussion merged across into the decision's column
 * (one cell fewer in that row). The reader reads each cell where Word shows it.
 */
class MergedWordCellsTest {

  private final DocxMinutesReader reader = new DocxMinutesReader();
  private final Meeting seed = new TextMinutesReader().read(SeedMinutes.text()).meeting();

  /** Decision ০৪'s implementers merged down over ০৫: ০৫ is theirs too, as the printed table shows. */
  @Test
  void anImplementersCellMergedDownOverTheNextDecisionIsThatDecisionsToo() {
    byte[] docx = seedWith(table -> {
      mergeDown(table.getRow(4).getCell(3), table.getRow(5).getCell(3));
    });

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    assertThat(read.meeting().decisions()).extracting(Decision::number, Decision::implementers)
        .contains(tuple(4, List.of("সকল দপ্তর প্রধান, ঝিনাইদহ")), tuple(5, List.of("সকল দপ্তর প্রধান, ঝিনাইদহ")));
    assertThat(read.meeting().decisions().get(4).text()).isEqualTo(seed.decisions().get(4).text());
  }

  /** A discussion merged down over two rows of one decision (its number merged too) is not read twice. */
  @Test
  void aDecisionSpanningTwoRowsWithItsNumberMergedDownKeepsItsCellsOnce() {
    byte[] docx = seedWith(table -> {
      XWPFTableRow second = table.insertNewTableRow(3); // after decision ০২ (row 3 of the table)
      for (int c = 0; c < 4; c++) {
        second.createCell();
      }
      second.getCell(2).setText("প্রতি মাসে হালনাগাদের তথ্য সভায় জানাতে হবে।");
      mergeDown(table.getRow(2).getCell(0), second.getCell(0));
      mergeDown(table.getRow(2).getCell(1), second.getCell(1));
      mergeDown(table.getRow(2).getCell(3), second.getCell(3));
    });

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    Decision two = read.meeting().decisions().get(1);
    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(two.implementers()).isEqualTo(seed.decisions().get(1).implementers());
    assertThat(two.discussion()).isEqualTo(seed.decisions().get(1).discussion());
    assertThat(two.text()).isEqualTo(seed.decisions().get(1).text() + "\nপ্রতি মাসে হালনাগাদের তথ্য সভায় জানাতে হবে।");
  }

  /**
   * Decision ০৩'s discussion merged across into its decision's column: the row has one cell fewer, and the
   * implementers are still read from the implementers' column, not taken for the decision.
   */
  @Test
  void aCellMergedAcrossKeepsTheCellsAfterItInTheirColumns() {
    byte[] docx = seedWith(table -> {
      XWPFTableRow row = table.getRow(3);
      row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      row.removeCell(2);
    });

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(docx)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::field, MinutesProblem::location)
            .containsExactly(tuple("decisions[2].text", "table row 4")));
  }

  private static void mergeDown(XWPFTableCell top, XWPFTableCell below) {
    tcPr(top).addNewVMerge().setVal(STMerge.RESTART);
    tcPr(below).addNewVMerge(); // no value: continues the merge, as Word writes it
    while (below.getParagraphs().size() > 1) {
      below.removeParagraph(1);
    }
    below.getParagraphs().get(0).getRuns().forEach(r -> r.setText("", 0));
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  /** The seed as a Word file, its decision table (header row 1, decisions ০১–০৫ rows 2–6) changed. */
  private static byte[] seedWith(Consumer<XWPFTable> change) {
    byte[] built = new DocxMinutesBuilder().build(SeedMinutes.text());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(built));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = document.getTables().stream()
          .filter(t -> t.getRow(0).getCell(0).getText().startsWith("ক্র"))
          .findFirst().orElseThrow();
      change.accept(table);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

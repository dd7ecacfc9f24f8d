package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * An implementer written over two lines, the designation and then its place ("পুলিশ সুপার," over "ঝিনাইদহ"), as a
 * narrow column wraps it, is one office: split in two, neither half names an office the directory knows.
 */
class ImplementerLinesTest {

  private static final String PROGRAMMER = "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, ঝিনাইদহ";

  private final TextMinutesReader text = new TextMinutesReader();

  /** Decision ০৫'s implementer cut at its last comma, its place on a continuation row (line 25). */
  @Test
  void aTextTablesImplementerGoingOnOnAContinuationRowIsOneOffice() {
    List<String> lines = SeedMinutes.lines();
    String row = lines.get(23);
    lines.set(23, row.substring(0, row.length() - " ঝিনাইদহ".length()));
    lines.add(24, "\t\t\tঝিনাইদহ");

    Meeting meeting = text.read(String.join("\n", lines)).meeting();

    assertThat(meeting.decisions().get(4).implementers()).containsExactly(PROGRAMMER);
  }

  /** The same in a Word cell of two paragraphs. */
  @Test
  void aWordCellsImplementerOverTwoParagraphsIsOneOffice() throws IOException {
    byte[] built = new DocxMinutesBuilder().build(SeedMinutes.text());
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(built));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = document.getTables().stream()
          .filter(t -> t.getRow(0).getCell(0).getText().startsWith("ক্র")).findFirst().orElseThrow();
      XWPFTableCell cell = table.getRow(5).getCell(3);
      cell.removeParagraph(0);
      cell.addParagraph().createRun().setText("প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর,");
      cell.addParagraph().createRun().setText("ঝিনাইদহ");
      document.write(out);
      docx = out.toByteArray();
    }

    Meeting meeting = new DocxMinutesReader().read(new ByteArrayInputStream(docx)).meeting();

    assertThat(meeting.decisions().get(4).implementers()).containsExactly(PROGRAMMER);
  }

  /** A paragraph's implementers' line going on on the next line. */
  @Test
  void aParagraphsImplementerGoingOnOnTheNextLineIsOneOffice() {
    String decisions = """
        ১. স্বাস্থ্য সেবা:
        সিদ্ধান্ত: উপজেলা স্বাস্থ্য কমপ্লেক্সে চিকিৎসকদের নিয়মিত উপস্থিতি নিশ্চিত করতে হবে।
        বাস্তবায়নে: সিভিল সার্জন,
                    ঝিনাইদহ
        """;

    Meeting meeting = text.read(OfficeMinutes.dcc(decisions)).meeting();

    assertThat(meeting.decisions()).singleElement()
        .satisfies(d -> assertThat(d.implementers()).containsExactly("সিভিল সার্জন, ঝিনাইদহ"));
  }

  /** Lines that each start a list item stay one office each, though each ends in a comma. */
  @Test
  void listItemsEndingInCommasStayOfficesOfTheirOwn() {
    List<String> lines = SeedMinutes.lines();
    String row = lines.get(23);
    lines.set(23, row.substring(0, row.lastIndexOf('\t') + 1) + "১। " + PROGRAMMER + ",");
    lines.add(24, "\t\t\t(গ) সহকারী প্রোগ্রামার (সকল)");
    lines.add(24, "\t\t\t২। সহকারী কমিশনার (আইসিটি),");

    Meeting meeting = text.read(String.join("\n", lines)).meeting();

    assertThat(meeting.decisions().get(4).implementers())
        .containsExactly("১। " + PROGRAMMER, "২। সহকারী কমিশনার (আইসিটি)", "(গ) সহকারী প্রোগ্রামার (সকল)");
  }

  /**
   * Offices listed one a line under an implementers' label of their own, numbered from ১: the decision's offices,
   * not numbered paragraphs (the decision was refused as naming none).
   */
  @Test
  void aNumberedListUnderAnImplementersLabelIsTheDecisionsOffices() {
    String decisions = """
        ১. ভূমি সেবা:
        সিদ্ধান্ত: ই-নামজারির সকল আবেদন নিষ্পত্তি করতে হবে।
        বাস্তবায়নে:
        ১) উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ;
        ২) সহকারী কমিশনার (ভূমি) (সকল), ঝিনাইদহ।

        ২. স্বাস্থ্য সেবা:
        সিদ্ধান্ত: চিকিৎসকদের নিয়মিত উপস্থিতি নিশ্চিত করতে হবে।
        বাস্তবায়নে: সিভিল সার্জন, ঝিনাইদহ
        """;

    Meeting meeting = text.read(OfficeMinutes.dcc(decisions)).meeting();

    assertThat(meeting.decisions()).extracting(Decision::number, Decision::implementers).containsExactly(
        org.assertj.core.api.Assertions.tuple(1,
            List.of("১) উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ", "২) সহকারী কমিশনার (ভূমি) (সকল), ঝিনাইদহ")),
        org.assertj.core.api.Assertions.tuple(2, List.of("সিভিল সার্জন, ঝিনাইদহ")));
  }
}

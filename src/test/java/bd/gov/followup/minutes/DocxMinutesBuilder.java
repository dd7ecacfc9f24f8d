package bd.gov.followup.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds a .docx from minutes in the text layout, as a secretary's Word file would hold them: runs of tab-separated
 * lines become Word tables (blank lines inside a run stay in the table, a row of dashes is dropped: a Word table has
 * its own end), every other line a paragraph.
 */
final class DocxMinutesBuilder {

  private boolean headerAsTable = true;
  private boolean autoNumbered;
  private boolean listStyle;

  /** Leave the two-column header table as tab-separated paragraphs. */
  DocxMinutesBuilder headerAsParagraphs() {
    headerAsTable = false;
    return this;
  }

  /**
   * Let Word number the decision rows and the distribution list: the ক্র cells and the "- ১।" prefixes are left out
   * of the text, as in a list Word numbers itself.
   */
  DocxMinutesBuilder autoNumbered() {
    autoNumbered = true;
    return this;
  }

  /**
   * As {@link #autoNumbered()}, but the distribution list is numbered by its paragraphs' style ("List Number"), not
   * by numbering on each paragraph.
   */
  DocxMinutesBuilder numberedByListStyle() {
    autoNumbered = true;
    listStyle = true;
    return this;
  }

  byte[] build(String text) {
    List<String> lines = List.of(text.split("\r?\n", -1));
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BigInteger list = autoNumbered ? decimalList(document) : null;
      BigInteger rowList = autoNumbered ? decimalList(document) : null;
      if (listStyle) {
        listNumberStyle(document, list);
      }
      int i = 0;
      while (i < lines.size()) {
        String line = lines.get(i);
        if (!line.contains("\t")) {
          paragraph(document, line, list, listStyle);
          i++;
          continue;
        }
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.size() && (lines.get(i).contains("\t") || lines.get(i).isBlank())) {
          // a line of only tabs and spaces is consumed below like a row of dashes: breaking on it would never advance
          if (lines.get(i).isBlank() && !lines.get(i).contains("\t")) {
            if (i + 1 < lines.size() && lines.get(i + 1).contains("\t")) {
              i++;
              continue;
            }
            break;
          }
          if (!lines.get(i).replaceAll("[-\\t ]", "").isEmpty()) {
            rows.add(List.of(lines.get(i).split("\t", -1)));
          }
          i++;
        }
        boolean header = rows.stream().allMatch(r -> r.size() == 2);
        if (header && !headerAsTable) {
          rows.forEach(r -> paragraph(document, String.join("\t", r), null, false));
        } else {
          table(document, rows, header ? null : rowList);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void paragraph(XWPFDocument document, String line, BigInteger list, boolean byStyle) {
    XWPFParagraph paragraph = document.createParagraph();
    String text = line;
    if (list != null && line.matches("^- [০-৯]+। .*")) {
      text = line.substring(line.indexOf('।') + 2);
      if (byStyle) {
        paragraph.setStyle(LIST_NUMBER);
      } else {
        paragraph.setNumID(list);
      }
    }
    String[] parts = text.split("\t", -1);
    for (int p = 0; p < parts.length; p++) {
      var run = paragraph.createRun();
      if (p > 0) {
        run.addTab();
      }
      run.setText(parts[p]);
    }
  }

  private static void table(XWPFDocument document, List<List<String>> rows, BigInteger rowList) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    XWPFTable table = document.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < columns; c++) {
        String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
        if (rowList != null && r > 0 && c == 0) {
          paragraph.setNumID(rowList); // Word shows the number; the cell holds no text
          continue;
        }
        paragraph.createRun().setText(cell);
      }
    }
  }

  private static final String LIST_NUMBER = "ListNumber";

  /** Word's "List Number" style, numbering its paragraphs in the list. */
  private static void listNumberStyle(XWPFDocument document, BigInteger list) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(LIST_NUMBER);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("List Number");
    style.addNewPPr().addNewNumPr().addNewNumId().setVal(list);
    document.createStyles().addStyle(new XWPFStyle(style));
  }

  private static BigInteger decimalList(XWPFDocument document) {
    XWPFNumbering numbering = document.createNumbering();
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1L);
    definition.setAbstractNumId(id);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
    level.addNewLvlText().setVal("%1।");
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
  }
}

package bd.gov.followup.minutes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads minutes from a Word .docx: paragraphs carry the header and sign-off lines (a tab in a paragraph separates
 * cells as in the text layout), tables carry the header table and the decision table. Locations are "paragraph N",
 * "table row N" in the decision table and "table T row N" in other tables.
 */
public final class DocxMinutesReader {

  /** Reads the whole stream; {@link MinutesReaders} limits uploads to 5 MB before they get here. */
  public ExtractedMinutes read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!UnpackedSizeGuard.withinLimit(bytes, UnpackedSizeGuard.MAX_UNPACKED_BYTES)) {
      throw new MinutesFormatException(
          new MinutesProblem("file", "document", "ফাইলটি খুললে অস্বাভাবিক বড় হয়ে যায় (৬৪ MB-এর বেশি); এটি সাধারণ কার্যবিবরণী নয়"));
    }
    return MinutesExtractor.extract(lines(bytes));
  }

  private static List<SourceLine> lines(byte[] bytes) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return new Lines().of(document);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new UnsupportedMinutesFormatException("পুরনো Word (.doc) ফাইল পড়া যায় না; .docx হিসেবে সংরক্ষণ করে দিন");
    } catch (NotOfficeXmlFileException | EmptyFileException | POIXMLException | IOException e) {
      throw unreadable(); // the bytes are in memory: an IOException is a broken archive
    } catch (RuntimeException e) {
      // a damaged .docx fails anywhere inside POI, XMLBeans and the zip code, each with exceptions of its own
      throw unreadable();
    }
  }

  private static MinutesFormatException unreadable() {
    return new MinutesFormatException(
        new MinutesProblem("file", "document", "ফাইলটি পড়া যায়নি: এটি ঠিক .docx (Word) ফাইল নয় বা নষ্ট"));
  }

  private static final int MAX_STYLE_DEPTH = 10; // a style based on itself must not loop
  private static final int MAX_SPAN = 63; // Word's own limit of columns in a table

  /** A table cell in one column of the table's grid, and whether Word merged it down from the cell above. */
  private record GridCell(String text, boolean mergedFromAbove) {}

  /** Turns the document's body into lines, numbering Word's automatic list numbers into the text. */
  private static final class Lines {
    private final List<SourceLine> lines = new ArrayList<>();
    private final Map<String, Integer> listCounters = new HashMap<>();
    private int paragraphs;
    private int tables;
    private DecisionTable.Columns decisionColumns;

    List<SourceLine> of(XWPFDocument document) {
      List<XWPFTable> all = document.getTables();
      int decisionTable = 0;
      for (int t = 0; t < all.size() && decisionTable == 0; t++) {
        for (XWPFTableRow row : all.get(t).getRows()) {
          var columns = DecisionTable.columnsOf(cellTexts(row, false));
          if (columns.isPresent()) {
            decisionTable = t + 1;
            decisionColumns = columns.get();
            break;
          }
        }
      }
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
          table(table, ++tables == decisionTable);
        } else if (element instanceof XWPFSDT control) {
          paragraphs++;
          for (String line : control.getContent().getText().split("\\R", -1)) {
            lines.add(SourceLine.ofText("paragraph " + paragraphs, Texts.nfc(line), 0));
          }
        }
      }
      return lines;
    }

    private void paragraph(XWPFParagraph paragraph) {
      paragraphs++;
      String text = listNumber(paragraph) + paragraph.getText();
      for (String line : text.split("\\R", -1)) { // as TextMinutesReader: every kind of line break
        lines.add(SourceLine.ofText("paragraph " + paragraphs, Texts.nfc(line), 0));
      }
    }

    private void table(XWPFTable table, boolean decisions) {
      int number = tables;
      List<XWPFTableRow> rows = table.getRows();
      Map<Integer, String> above = new HashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        String location = decisions ? "table row " + (r + 1) : "table " + number + " row " + (r + 1);
        List<GridCell> cells = gridCells(rows.get(r), true);
        List<String> texts = decisions ? mergedDown(cells, above) : cells.stream().map(GridCell::text).toList();
        lines.add(new SourceLine(location, texts, number));
      }
    }

    /**
     * A decision table row's texts, a cell Word merged down from the one above showing that cell's text, as the
     * printed table does (an implementers' cell merged over two decisions names both's implementers): in a decision
     * of its own, that is. A row that continues the decision above (its number cell merged down or empty) leaves it
     * empty, as its cells are joined to that decision's.
     *
     * @param above each grid column's last text that was not merged from above
     */
    private List<String> mergedDown(List<GridCell> cells, Map<Integer, String> above) {
      int numberColumn = decisionColumns.number();
      boolean ownDecision = numberColumn < 0
          || numberColumn < cells.size() && !cells.get(numberColumn).mergedFromAbove()
              && !Texts.isBlank(cells.get(numberColumn).text());
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        GridCell cell = cells.get(c);
        if (!cell.mergedFromAbove()) {
          above.put(c, cell.text());
          texts.add(cell.text());
        } else {
          texts.add(ownDecision && Texts.isBlank(cell.text()) ? above.getOrDefault(c, "") : cell.text());
        }
      }
      return texts;
    }

    /** Cell texts, one per column of the table's grid ({@link #gridCells}). */
    private List<String> cellTexts(XWPFTableRow row, boolean numbering) {
      return gridCells(row, numbering).stream().map(GridCell::text).toList();
    }

    /**
     * The row's cells in the columns of the table's grid: paragraphs joined by line breaks; with numbering, an empty
     * auto-numbered cell gets its number (the ক্র column). A cell merged across columns (gridSpan) holds its text in
     * the first and leaves the others empty, so the cells after it stay in their columns. Finding the decision table
     * reads rows without numbering, so that counters advance once.
     */
    private List<GridCell> gridCells(XWPFTableRow row, boolean numbering) {
      List<GridCell> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        List<String> paragraphTexts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
          String text = p.getText();
          paragraphTexts.add(numbering && text.isBlank() && listOf(p) != null ? listNumber(p) : text);
        }
        for (XWPFTable nested : cell.getTables()) {
          nested.getRows().forEach(r -> paragraphTexts.add(String.join(" ", cellTexts(r, numbering))));
        }
        String text = Texts.nfc(String.join("\n", paragraphTexts).replace('\t', ' ').replaceAll("\\R", "\n"));
        CTTcPr properties = cell.getCTTc().getTcPr();
        boolean mergedFromAbove = properties != null && properties.isSetVMerge()
            && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
        cells.add(new GridCell(text, mergedFromAbove));
        for (int more = span(properties) - 1; more > 0; more--) {
          cells.add(new GridCell("", mergedFromAbove));
        }
      }
      return cells;
    }

    /** How many grid columns a cell spans: 1 unless merged across; never more than a page has room for. */
    private static int span(CTTcPr properties) {
      if (properties == null || !properties.isSetGridSpan() || properties.getGridSpan().getVal() == null) {
        return 1;
      }
      BigInteger span = properties.getGridSpan().getVal();
      return span.signum() <= 0 ? 1 : span.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

    /** Word keeps list numbers out of the text; "১। " as the letter shows it, counted per list and level. */
    private String listNumber(XWPFParagraph paragraph) {
      String key = listOf(paragraph);
      if (key == null) {
        return "";
      }
      int n = listCounters.merge(key, 1, Integer::sum);
      return BengaliDigits.of(n) + "। ";
    }

    /**
     * The list ("numId/level") a paragraph is numbered in: its own numbering, else its style's ("List Number"
     * numbers a distribution list with no numbering on the paragraph itself); null when unnumbered (numId 0 too).
     */
    private static String listOf(XWPFParagraph paragraph) {
      BigInteger numId = paragraph.getNumID();
      BigInteger level = paragraph.getNumIlvl();
      XWPFStyles styles = paragraph.getDocument() == null ? null : paragraph.getDocument().getStyles();
      XWPFStyle style = styles == null || paragraph.getStyleID() == null ? null : styles.getStyle(paragraph.getStyleID());
      for (int depth = 0; numId == null && style != null && depth < MAX_STYLE_DEPTH; depth++) {
        CTPPrGeneral properties = style.getCTStyle().getPPr();
        CTNumPr numPr = properties == null ? null : properties.getNumPr();
        if (numPr != null && numPr.getNumId() != null) {
          numId = numPr.getNumId().getVal();
          level = level == null && numPr.getIlvl() != null ? numPr.getIlvl().getVal() : level;
        }
        var basedOn = style.getCTStyle().getBasedOn();
        style = basedOn == null ? null : styles.getStyle(basedOn.getVal());
      }
      if (numId == null || numId.signum() == 0) {
        return null;
      }
      return numId + "/" + (level == null ? 0 : level);
    }
  }
}

package bd.gov.followup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Minutes in the text layout as a Word file: runs of tab-separated lines become tables, other lines paragraphs. */
final class Docx {

  private Docx() {}

  static byte[] of(String text) throws IOException {
    List<String> lines = List.of(text.split("\r?\n", -1));
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int i = 0;
      while (i < lines.size()) {
        if (!lines.get(i).contains("\t")) {
          document.createParagraph().createRun().setText(lines.get(i));
          i++;
          continue;
        }
        List<String[]> rows = new ArrayList<>();
        while (i < lines.size() && (lines.get(i).contains("\t")
            || (lines.get(i).isBlank() && i + 1 < lines.size() && lines.get(i + 1).contains("\t")))) {
          if (!lines.get(i).replaceAll("[-\\t ]", "").isEmpty()) {
            rows.add(lines.get(i).split("\t", -1));
          }
          i++;
        }
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
          XWPFTableRow row = table.getRow(r);
          for (int c = 0; c < rows.get(r).length; c++) {
            row.getCell(c).setText(rows.get(r)[c]);
          }
        }
      }
      document.write(out);
      return out.toByteArray();
    }
  }
}

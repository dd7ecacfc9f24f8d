package bd.gov.followup.minutes;

import java.util.List;

/**
 * One line of minutes as both readers hand it to {@link MinutesExtractor}: a plain line has one cell, a table row
 * (tab-separated in text, a Word table row in .docx) has several. Sharing this shape is what lets one extractor read
 * both formats.
 *
 * @param location "line 12", "paragraph 4", "table row 3"
 * @param table the Word table the row belongs to (1, 2, …), or 0 outside Word tables: a Word table has real bounds,
 *     a text table ends where its rows end
 */
record SourceLine(String location, List<String> cells, int table) {

  SourceLine {
    cells = cells.stream().map(Texts::strip).toList();
  }

  static SourceLine ofText(String location, String text, int table) {
    return new SourceLine(location, List.of(text.split("\t", -1)), table);
  }

  boolean isBlank() {
    return cells.stream().allMatch(String::isEmpty);
  }

  boolean isRow() {
    return cells.size() >= 2;
  }

  /** The cell, or "" past the end or for a negative index (a column the table does not have). */
  String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  /** The whole line, cells joined by tabs as the text layout writes them. */
  String text() {
    return String.join("\t", cells);
  }
}

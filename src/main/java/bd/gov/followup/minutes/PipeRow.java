package bd.gov.followup.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text line typed as a row of a pipe table, "| ১ | … | … |", as Markdown editors and some converters write tables:
 * its cells, without the pipes that open and close it. Only a line that opens or closes with a pipe and has one
 * between cells is a row, so that a sentence or footer with a '|' in it ("ফোন | ইমেইল") stays one line of text.
 */
final class PipeRow {

  private PipeRow() {}

  /** The cells, or empty when the line is no pipe row. "\|" is a pipe inside a cell, as Markdown escapes it. */
  static Optional<List<String>> cells(String line) {
    String s = Texts.strip(line);
    boolean opens = s.startsWith("|");
    boolean closes = s.length() > 1 && s.endsWith("|") && !s.endsWith("\\|");
    if (!opens && !closes) {
      return Optional.empty();
    }
    List<String> cells = split(s.substring(opens ? 1 : 0, closes ? s.length() - 1 : s.length()));
    return cells.size() >= 2 ? Optional.of(cells) : Optional.empty();
  }

  private static List<String> split(String inner) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}

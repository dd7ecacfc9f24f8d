package bd.gov.followup.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text line inside the decision table that starts with a serial number but is no tab-separated row: "০৩    উপজেলা…"
 * where a secretary typed spaces for a tab. Such a line is a decision, so it must be read or refused, never skipped.
 */
final class NumberedLine {

  // a serial number, then a space or the end of the cell: "০৩ ", "৩। "; not a date (০৬-১২-২০২৩) nor a time (১২:০০)
  private static final Pattern LEADING_SERIAL = Pattern.compile("\\(?\\s*(\\d{1,3})\\s*[.।:)ঃ]?(?=[\\s\u00a0]|$)");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]{2,}");

  private NumberedLine() {}

  /** The serial number the line starts with, or null. */
  static Integer leadingNumber(SourceLine line) {
    Matcher m = LEADING_SERIAL.matcher(BengaliDigits.toAscii(line.cell(0)));
    return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * The line with every run of two or more spaces read as a tab, when that gives exactly the header's number of
   * cells; otherwise the split would be a guess.
   */
  static Optional<SourceLine> splitAtSpaces(SourceLine line, int width) {
    List<String> cells = cellsAtSpaces(line);
    return cells.size() == width
        ? Optional.of(new SourceLine(line.location(), cells, line.table()))
        : Optional.empty();
  }

  /** The line's cells, each split where two or more spaces stand for a tab. */
  static List<String> cellsAtSpaces(SourceLine line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.cells()) {
      cells.addAll(List.of(SPACES.split(cell, -1)));
    }
    return cells;
  }

  /** The problem's text: what is wrong with the line and how to mend it. */
  static String problem(SourceLine line, int width) {
    return "লাইনটি ক্রমিক নম্বর দিয়ে শুরু, কিন্তু এর ঘরগুলো ট্যাব দিয়ে আলাদা নয় (শিরোনামে "
        + BengaliDigits.of(width)
        + "টি ঘর, এখানে "
        + BengaliDigits.of(line.cells().size())
        + "টি); ঘরগুলোর মাঝে ট্যাব দিয়ে আবার দিন: «"
        + DecisionTable.abbreviate(line.text())
        + "» / the line starts with a decision's number but its cells are not separated by tabs (the header has "
        + width + " cells, this line " + line.cells().size() + "): put tabs between them again";
  }
}

package bd.gov.followup.minutes;

import java.util.List;

/**
 * A Word decision table split in two (a paragraph typed between its rows, a page note): the second part is a table
 * of its own. It continues the decisions when it has the header's columns and its first numbered row carries the
 * numbering on; numbered rows of a later table that does not are reported, so that no decision goes unnoticed.
 */
final class WordTableParts {

  private WordTableParts() {}

  /**
   * Index of the first row of the Word table that continues the decision table, looking from {@code from} past
   * paragraphs to the next table; -1 when that table does not continue it.
   */
  static int continuation(List<SourceLine> lines, int from, DecisionTable.Columns columns, Integer lastNumber) {
    int first = from;
    while (first < lines.size() && lines.get(first).table() == 0) {
      first++;
    }
    if (first == lines.size() || columns.number() < 0 || lastNumber == null) {
      return -1;
    }
    SourceLine row = firstNumberedRow(lines, first, columns);
    if (row == null || row.cells().size() != columns.width()) {
      return -1;
    }
    return Texts.serialNumber(row.cell(columns.number())) == lastNumber + 1 ? first : -1;
  }

  /** Warns of each numbered row in a later Word table that starts like a part of the decision table. */
  static void reportLaterParts(List<SourceLine> lines, int end, DecisionTable.Columns columns, Findings findings) {
    if (columns.number() < 0) {
      return;
    }
    for (int i = end; i < lines.size(); i++) {
      int table = lines.get(i).table();
      if (table == 0) {
        continue;
      }
      // a table with a header of its own (an attendance list) is another table, not a part of this one
      boolean part = firstNumberedRow(lines, i, columns) != null;
      for (; i < lines.size() && lines.get(i).table() == table; i++) {
        SourceLine row = lines.get(i);
        if (part && Texts.serialNumber(row.cell(columns.number())) != null) {
          findings.warn(
              "decisions",
              row.location(),
              "সিদ্ধান্তের সারণির পরের আরেকটি সারণিতে ক্রমিক নম্বরসহ এই সারিটি আছে; এর কলাম বা নম্বর সিদ্ধান্তের"
                  + " সারণির ধারাবাহিকতায় নয়, তাই সিদ্ধান্ত হিসেবে পড়া হয়নি: «"
                  + DecisionTable.abbreviate(row.text())
                  + "»");
        }
      }
      i--;
    }
  }

  /**
   * The table's first numbered row, past blank rows, a repeat of the decision header and rows continuing a merged
   * number cell; null when another row comes first.
   */
  private static SourceLine firstNumberedRow(List<SourceLine> lines, int first, DecisionTable.Columns columns) {
    int table = lines.get(first).table();
    for (int i = first; i < lines.size() && lines.get(i).table() == table; i++) {
      SourceLine row = lines.get(i);
      if (Texts.serialNumber(row.cell(columns.number())) != null) {
        return row;
      }
      boolean header = i == first && DecisionTable.columnsOf(row.cells()).isPresent();
      if (!row.isBlank() && !header && !row.cell(columns.number()).isEmpty()) {
        return null;
      }
    }
    return null;
  }
}

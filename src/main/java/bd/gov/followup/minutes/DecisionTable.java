package bd.gov.followup.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of decisions (ক্র / আলোচনা / সিদ্ধান্ত / বাস্তবায়নকারী, and maybe সময়সীমা), found by its header row. Only its numbered rows
 * become decisions: text around or inside it (a portal footer, a sub-heading) is skipped with a warning, and an
 * attendance table after it is a different table. No line inside it is dropped without a word: a numbered text line
 * that cannot be split into cells is a problem, and a gap or repeat in the numbering is read on (the extractor warns).
 */
final class DecisionTable {

  /** Column indexes of the header; -1 for a column the table does not have. */
  /** Column indexes, -1 for none; topic only when the table has both a subject and a discussion column. */
  record Columns(int number, int topic, int discussion, int decision, int implementers, int deadline, int width) {}

  /**
   * One decision's cells, continuation rows already merged; number is null without a number column, deadline ""
   * without a সময়সীমা column.
   */
  record Row(Integer number, String location, String topic, String discussion, String decision, String implementers,
      String deadline) {

    /** A row without a subject column of its own (its discussion may still start with the topic). */
    Row(Integer number, String location, String discussion, String decision, String implementers, String deadline) {
      this(number, location, "", discussion, decision, implementers, deadline);
    }
  }

  private static final String DEADLINE_HEADER = Texts.nfc("সময়সীমা");
  private static final String DEADLINE_HEADER_SPACED = Texts.nfc("সময় সীমা");

  private static final int MAX_HEADER_CELL = 40;
  private static final String DISCUSSION_HEADER = Texts.nfc("আলোচনা");
  private static final String SUBJECT_HEADER = Texts.nfc("বিষয়");

  private final int headerIndex;
  private final int end;
  private final String headerLocation;
  private final List<Row> rows;

  private DecisionTable(int headerIndex, int end, String headerLocation, List<Row> rows) {
    this.headerIndex = headerIndex;
    this.end = end;
    this.headerLocation = headerLocation;
    this.rows = rows;
  }

  /** A table read otherwise (numbered paragraphs): its first line, the line after it, and its rows. */
  static DecisionTable of(int headerIndex, int end, String headerLocation, List<Row> rows) {
    return new DecisionTable(headerIndex, end, headerLocation, List.copyOf(rows));
  }

  /** Index of the header row among the lines. */
  int headerIndex() {
    return headerIndex;
  }

  /** Index of the first line after the table. */
  int end() {
    return end;
  }

  String headerLocation() {
    return headerLocation;
  }

  List<Row> rows() {
    return rows;
  }

  /** The columns, when the cells are a decision table's header row. */
  static Optional<Columns> columnsOf(List<String> cells) {
    if (cells.size() < 2 || Texts.serialNumber(cells.get(0)) != null
        || cells.size() == 2 && !twoColumnHeader(cells)) {
      return Optional.empty();
    }
    int number = -1;
    int topic = -1;
    int discussion = -1;
    int decision = -1;
    int implementers = -1;
    int deadline = -1;
    for (int i = 0; i < cells.size(); i++) {
      String cell = Texts.strip(cells.get(i));
      if (cell.length() > MAX_HEADER_CELL) {
        return Optional.empty();
      }
      // one cell, one column: "সিদ্ধান্ত বাস্তবায়নকারী" is the implementers, "আলোচনা ও সিদ্ধান্ত" the decision,
      // "বাস্তবায়নের সময়সীমা" the deadline
      if (deadline < 0 && (cell.contains(DEADLINE_HEADER) || cell.contains(DEADLINE_HEADER_SPACED))) {
        deadline = i;
      } else if (implementers < 0 && (cell.contains("বাস্তবায়") || cell.contains("দায়িত্ব"))) {
        implementers = i;
      } else if (decision < 0 && cell.contains("সিদ্ধান্ত")) {
        decision = i;
      } else if (cell.contains("আলোচ") || cell.contains(SUBJECT_HEADER)) {
        // "আলোচ্য বিষয়" and "আলোচনা" side by side (a district's usual table): the subject and what was said of it
        if (discussion < 0) {
          discussion = i;
        } else if (topic < 0) {
          topic = i;
        }
      } else if (number < 0 && isNumberHeader(cell)) {
        number = i;
      }
    }
    // the one that says "আলোচনা" holds the discussion; when neither or both do, the subject comes first
    if (topic >= 0
        && !(cells.get(discussion).contains(DISCUSSION_HEADER) && !cells.get(topic).contains(DISCUSSION_HEADER))) {
      int first = discussion;
      discussion = topic;
      topic = first;
    }
    return decision >= 0 && implementers >= 0
        ? Optional.of(new Columns(number, topic, discussion, decision, implementers, deadline, cells.size()))
        : Optional.empty();
  }

  private static final String PROGRESS = Texts.nfc("অগ্রগতি");

  /**
   * Two cells are a header only as column names ("সিদ্ধান্ত | বাস্তবায়নকারী"): not a labelled line typed with a tab
   * ("সিদ্ধান্ত:\tবাস্তবায়ন …"), nor the earlier decisions' progress table ("সিদ্ধান্ত | বাস্তবায়ন অগ্রগতি").
   */
  private static boolean twoColumnHeader(List<String> cells) {
    return cells.stream().noneMatch(c -> c.indexOf(':') >= 0 || c.indexOf('ঃ') >= 0 || c.contains(PROGRESS));
  }

  /** Finds the first decision table and its rows; empty when the lines have no decision table header. */
  static Optional<DecisionTable> locate(List<SourceLine> lines, Findings findings) {
    for (int i = 0; i < lines.size(); i++) {
      Optional<Columns> columns = lines.get(i).isRow() ? columnsOf(lines.get(i).cells()) : Optional.empty();
      if (columns.isPresent()) {
        return Optional.of(read(lines, i, columns.get(), findings));
      }
    }
    return Optional.empty();
  }

  /**
   * A text table whose header row has runs of spaces for its tabs, as a table copied from a PDF has: the first line
   * whose cells, split at runs of two or more spaces, are a decision table's header. Tried only when no header is
   * found otherwise, so minutes that read today read the same. It must start with the number column (ক্রমিক নং):
   * rows typed with spaces are split only by their number ({@code typedWithSpaces}), and a sentence with wide
   * spaces that names সিদ্ধান্ত and বাস্তবায়ন is no header.
   */
  static Optional<DecisionTable> locateTypedWithSpaces(List<SourceLine> lines, Findings findings) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      Optional<Columns> columns = line.table() == 0
          ? columnsOf(NumberedLine.cellsAtSpaces(line)).filter(c -> c.number() == 0)
          : Optional.empty();
      if (columns.isPresent()) {
        findings.warn("decisions", line.location(), "সিদ্ধান্তের সারণির শিরোনামের ঘরগুলো ট্যাবের বদলে স্পেস দিয়ে আলাদা"
            + " করা (পিডিএফ থেকে কপি করলে এমন হয়); দুই বা ততোধিক স্পেসকে ঘরের সীমা ধরে পড়া হয়েছে, সারির ঘরগুলো মিলিয়ে"
            + " দেখুন");
        return Optional.of(read(lines, i, columns.get(), findings));
      }
    }
    return Optional.empty();
  }

  private static DecisionTable read(List<SourceLine> lines, int header, Columns columns, Findings findings) {
    int wordTable = lines.get(header).table();
    boolean text = wordTable == 0;
    List<MutableRow> rows = new ArrayList<>();
    List<SourceLine> pending = new ArrayList<>();
    int end = header + 1;
    boolean ruled = false;
    boolean letters = false;
    int i = header + 1;
    for (; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (!text && line.table() != wordTable) {
        int next = WordTableParts.continuation(lines, i, columns, lastNumber(rows));
        if (next < 0) {
          break;
        }
        // the paragraphs between the two parts lie inside the table: reported like any other stray line
        lines.subList(i, next).stream().filter(l -> !l.isBlank()).forEach(pending::add);
        wordTable = lines.get(next).table();
        i = next - 1;
        continue;
      }
      if (line.isBlank() || (!text && columnsOf(line.cells()).filter(columns::equals).isPresent())) {
        continue; // a blank line, or the header repeated on the second part of a Word table
      }
      if (isDashes(line)) {
        if (rows.isEmpty() && pending.isEmpty()) {
          continue; // a rule under the header, as in Markdown-like exports
        }
        end = i + 1;
        ruled = true;
        break;
      }
      if (text && columns.number() < 0 && !rows.isEmpty() && !line.isRow()) {
        break; // a text table without numbers ends with its rows: the lines after them are the sign-off's
      }
      SourceLine row = text ? typedWithSpaces(line, columns, rows, findings) : line;
      Integer number = columns.number() >= 0 ? Texts.serialNumber(row.cell(columns.number())) : null;
      if (number == null && row.isRow() && columns.number() >= 0 && (letters || rows.isEmpty())) {
        // a table numbered ক), খ), গ) counts in the alphabet's order; a letter after numbered rows is a part of one
        number = SerialCell.letter(row.cell(columns.number()));
        if (number != null && !letters) {
          letters = true;
          findings.warn("decisions", row.location(), "সিদ্ধান্তগুলোর ক্রমিক বর্ণে (ক, খ, গ …) দেওয়া; বর্ণের ক্রমে"
              + " ১, ২, ৩ … ধরে পড়া হয়েছে");
        }
      }
      // without numbers, a row with no decision of its own goes on with the one above, as an empty number cell does
      boolean continuesAbove = columns.number() < 0 && row.isRow() && !rows.isEmpty() && pending.isEmpty()
          && Texts.isBlank(row.cell(columns.decision()));
      boolean decisionRow = row.isRow() && !continuesAbove && (columns.number() < 0 || number != null);
      if (decisionRow) {
        // in text, a list numbered from 1 again after non-table lines is another list (an attendance table): the
        // decision table ended before them. A gap or a repeat is read on; the extractor warns of it
        if (text && !pending.isEmpty() && !rows.isEmpty() && number != null && number == 1) {
          break;
        }
        skip(pending, text, columns, findings);
        rows.add(new MutableRow(number, row, columns, findings));
        end = i + 1;
      } else if (continuesAbove) {
        rows.get(rows.size() - 1).continueWith(row, columns);
        end = i + 1;
      } else if (line.isRow()
          && columns.number() >= 0
          && line.cell(columns.number()).isEmpty()
          && !rows.isEmpty()
          && pending.isEmpty()) {
        rows.get(rows.size() - 1).continueWith(line, columns); // a decision spanning rows (merged number cell)
        end = i + 1;
      } else {
        pending.add(line);
      }
    }
    if (!text) {
      end = i;
      skip(pending, false, columns, findings);
      WordTableParts.reportLaterParts(lines, end, columns, findings);
    } else if (ruled) {
      skip(pending, true, columns, findings);
    } else {
      unclaimed(pending, lastNumber(rows), columns, findings);
    }
    return new DecisionTable(
        header, end, lines.get(header).location(), rows.stream().map(MutableRow::toRow).toList());
  }

  private static Integer lastNumber(List<MutableRow> rows) {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1).number;
  }

  /**
   * A numbered text line typed with runs of spaces for its tabs, as the row it was meant to be; any other line as it
   * is. Only when the spaces give exactly the header's cells and the number carries the numbering on, so that the
   * reading stays predictable; other numbered lines become problems.
   */
  private static SourceLine typedWithSpaces(
      SourceLine line, Columns columns, List<MutableRow> rows, Findings findings) {
    if (columns.number() < 0
        || Texts.serialNumber(line.cell(columns.number())) != null
        || NumberedLine.leadingNumber(line) == null) {
      return line;
    }
    Optional<SourceLine> split = NumberedLine.splitAtSpaces(line, columns.width());
    Integer number = split.map(s -> Texts.serialNumber(s.cell(columns.number()))).orElse(null);
    Integer last = lastNumber(rows);
    if (number == null || (last != null && number != last + 1)) {
      return line;
    }
    findings.warn(
        "decisions",
        line.location(),
        "সারির ঘরগুলো ট্যাবের বদলে স্পেস দিয়ে আলাদা করা; দুই বা ততোধিক স্পেসকে ঘরের সীমা ধরে পড়া হয়েছে, ঘরগুলো মিলিয়ে"
            + " দেখুন");
    return split.get();
  }

  /**
   * Lines inside the table that are no decision row. A text line starting with a serial number is a decision that
   * could not be read: a problem, so that it is never dropped. Any other line is skipped with a warning.
   */
  private static void skip(List<SourceLine> pending, boolean text, Columns columns, Findings findings) {
    for (SourceLine line : pending) {
      if (text && NumberedLine.leadingNumber(line) != null) {
        findings.problem("decisions", line.location(), NumberedLine.problem(line, columns.width()));
        continue;
      }
      String numberCell = line.isRow() ? Texts.strip(line.cell(columns.number())) : "";
      if (SerialCell.subNumber(numberCell) || SerialCell.letter(numberCell) != null) {
        // a decision of its own under another's number (৭(ক), ১.১): skipped, it would never be followed up
        findings.problem("decisions", line.location(), "ক্রমিক «" + numberCell + "» কোনো সিদ্ধান্তের নম্বর হিসেবে পড়া"
            + " যায় না: এই সিদ্ধান্তকে নিজের ক্রমিক নম্বর দিন (যেমন শেষ সিদ্ধান্তের পরের নম্বর), অথবা এর লেখা মূল"
            + " সিদ্ধান্তের ঘরেই লিখুন / «" + numberCell + "» cannot be read as a decision's number: give the decision"
            + " a number of its own (e.g. the one after the last), or write its text in the main decision's cell");
        continue;
      }
      findings.warn(
          "decisions",
          line.location(),
          "সিদ্ধান্তের সারণির ভেতরের এই লেখাটি কোনো সিদ্ধান্তের সারি নয় (ক্রমিক নম্বর নেই), তাই বাদ দেওয়া হয়েছে: «"
              + abbreviate(line.text())
              + "»");
    }
    pending.clear();
  }

  /**
   * A text table without its row of dashes ends with its last row; the lines after it are the sign-off's. If the
   * first of them that starts with a serial number carries the table's numbering on, it is the last decision typed
   * without tabs (maybe after a line of the row before it): a problem. Only that one: a numbered distribution or
   * attendance list further down starts at ১ and counts on past the decisions ("৬। …", "৭। …").
   */
  private static void unclaimed(List<SourceLine> pending, Integer last, Columns columns, Findings findings) {
    for (SourceLine line : pending) {
      Integer number = NumberedLine.leadingNumber(line);
      if (number == null) {
        continue;
      }
      if (number == (last == null ? 1 : last + 1)) {
        findings.problem("decisions", line.location(), NumberedLine.problem(line, columns.width()));
      }
      return;
    }
  }

  private static boolean isNumberHeader(String cell) {
    String c = cell.replaceAll("[:ঃ.।\\s]", "");
    return c.startsWith("ক্র") || c.equals("নং") || c.equalsIgnoreCase("sl") || c.equalsIgnoreCase("no") || c.equals("#");
  }

  /** A rule of dashes ("----\t---"): every cell empty or dashes only. */
  private static boolean isDashes(SourceLine line) {
    return line.cells().stream().allMatch(DecisionTable::isRule);
  }

  private static boolean isRule(String cell) {
    String c = Texts.strip(cell);
    // a Markdown rule marks a column's alignment with colons: ":---", "---:", ":---:"
    c = c.length() > 1 && c.startsWith(":") ? c.substring(1) : c;
    c = c.length() > 1 && c.endsWith(":") ? c.substring(0, c.length() - 1) : c;
    for (int i = 0; i < c.length(); i++) {
      if ("-–—_=".indexOf(c.charAt(i)) < 0 && !Texts.isSpace(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String text) {
    String oneLine = text.replace('\t', ' ').replace('\n', ' ');
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
  }

  /** A row being read; a continuation row adds its cells to it. */
  private static final class MutableRow {
    private final Integer number;
    private final String location;
    private String topic;
    private String discussion;
    private String decision;
    private String implementers;
    private String deadline;

    MutableRow(Integer number, SourceLine line, Columns columns, Findings findings) {
      this.number = number;
      this.location = line.location();
      List<String> cells = cellsOf(line, columns, findings);
      this.topic = cell(cells, columns.topic());
      this.discussion = cell(cells, columns.discussion());
      this.decision = cell(cells, columns.decision());
      this.implementers = cell(cells, columns.implementers());
      this.deadline = cell(cells, columns.deadline());
    }

    void continueWith(SourceLine line, Columns columns) {
      topic = joined(topic, line.cell(columns.topic()));
      discussion = joined(discussion, line.cell(columns.discussion()));
      decision = joined(decision, line.cell(columns.decision()));
      implementers = joined(implementers, line.cell(columns.implementers()));
      deadline = joined(deadline, line.cell(columns.deadline()));
    }

    Row toRow() {
      return new Row(number, location, topic, discussion, decision, implementers, deadline);
    }

    /** More cells than the header has: keep the text in the last column rather than lose it, and say so. */
    private static List<String> cellsOf(SourceLine line, Columns columns, Findings findings) {
      List<String> cells = line.cells();
      if (cells.size() <= columns.width()) {
        return cells;
      }
      findings.warn(
          "decisions",
          line.location(),
          "সারিতে শিরোনামের চেয়ে বেশি ঘর আছে; বাড়তি লেখা শেষ ঘরের সঙ্গে যোগ করা হয়েছে");
      List<String> kept = new ArrayList<>(cells.subList(0, columns.width()));
      kept.set(columns.width() - 1, String.join(" ", cells.subList(columns.width() - 1, cells.size())).strip());
      return kept;
    }

    private static String cell(List<String> cells, int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    private static String joined(String first, String more) {
      if (more.isEmpty()) {
        return first;
      }
      return first.isEmpty() ? more : first + "\n" + more;
    }
  }
}

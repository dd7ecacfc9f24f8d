package bd.gov.followup.report;

import bd.gov.followup.workflow.ReportCheckListener;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The progress table as a spreadsheet for the offices that edit it further: one row per decision and office (a
 * decision no office was asked about yet gets one row), plain cells so that it filters and sorts; the rates on a
 * second sheet. Deadlines are date cells, not text, so that a clerk can change and sort them.
 */
@Component
public class ProgressWorkbook {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PROGRESS_SHEET = "অগ্রগতি";
  static final String RATES_SHEET = "বাস্তবায়নের হার";
  static final String PREVIOUS_SHEET = "আগের সভার অনিষ্পন্ন সিদ্ধান্ত";
  /** the previous decisions' sheet: the meeting first, then the same columns as the progress sheet */
  static final List<String> MEETING_HEADERS = List.of("সভা", "স্মারক নং");
  static final List<String> HEADERS = List.of(
      "সিদ্ধান্ত নং", "সিদ্ধান্ত", "সিদ্ধান্তের বিবরণ", "বাস্তবায়নকারী", "সময়সীমা", "অবস্থা",
      "দপ্তর", "দপ্তর আইডি", "প্রতিবেদন দাখিল", "যাচাইকৃত", "হালনাগাদ তথ্য", "প্রমাণের লিংক", "মন্তব্য",
      "ফেরতের কারণ", "পর্যালোচনাকারীর মন্তব্য", "বন্ধ বা নিষ্পত্তির কারণ", "দপ্তরের অবস্থা",
      "প্রত্যাহার বা পরে যুক্ত");
  private static final int[] WIDTHS = {10, 30, 50, 30, 12, 18, 30, 18, 12, 10, 40, 35, 30, 30, 30, 30, 22, 40};

  /** The rates sheet's row of withdrawn offices, out of the office rate: there only when some office was withdrawn. */
  static final String WITHDRAWN_LABEL = "প্রত্যাহৃত দপ্তর (হারের বাইরে)";
  /**
   * The rates sheet's row of decisions a later meeting declared implemented, whose offices are out of the office rate
   * (as the page says it): there only when there are, else the sheet's offices would not add up to its count.
   */
  static final String DECLARED_LABEL = "সভার ঘোষণায় বাস্তবায়িত সিদ্ধান্ত (এর দপ্তর হারের বাইরে)";
  /** An office's copy: only the decisions it takes part in, and the rates of those (ProgressHtml says it alike). */
  static final String PARTIAL_LABEL = "দেখানো হয়েছে";
  static final String PARTIAL_NOTE =
      "কেবল আপনার দপ্তর যে সিদ্ধান্তগুলোতে যুক্ত, সেগুলো; নিচের হারও কেবল এই সিদ্ধান্তগুলোর, পুরো সভার নয়";

  public void write(ProgressReport report, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      Sheet progress = workbook.createSheet(PROGRESS_SHEET);
      progressSheet(progress, List.of(), report.decisions(), List.of(), styles);
      if (report.partial()) {
        progress.getHeader().setCenter(PARTIAL_NOTE); // on every printed page of the table
      }
      ratesSheet(workbook.createSheet(RATES_SHEET), report, styles);
      if (!report.previousDecisions().isEmpty()) {
        progressSheet(workbook.createSheet(PREVIOUS_SHEET), MEETING_HEADERS,
            report.previousDecisions().stream().map(CarriedOverDecision::decision).toList(),
            report.previousDecisions(), styles);
      }
      if (ReportTexts.onlyCarriedOver(report)) {
        // an office that reads the meeting only for an earlier decision: it opens on the decisions that concern it,
        // and the empty sheet of the meeting's own says why it is empty
        text(progress.createRow(1), 1, ReportTexts.ONLY_CARRIED_OVER, styles);
        workbook.setSheetOrder(PREVIOUS_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
      }
      workbook.write(out);
    }
  }

  /**
   * @param leading columns before the progress columns (the meeting of a previous decision), filled from
   *     carriedOver, which is then in the order of decisions
   */
  private static void progressSheet(Sheet sheet, List<String> leading, List<DecisionProgress> decisions,
      List<CarriedOverDecision> carriedOver, Styles styles) {
    Row header = sheet.createRow(0);
    int shift = leading.size();
    for (int i = 0; i < shift; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(leading.get(i));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, 30 * 256);
    }
    for (int i = 0; i < HEADERS.size(); i++) {
      Cell cell = header.createCell(shift + i);
      cell.setCellValue(HEADERS.get(i));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(shift + i, WIDTHS[i] * 256);
    }
    int rowIndex = 1;
    for (int n = 0; n < decisions.size(); n++) {
      DecisionProgress d = decisions.get(n);
      List<OfficeProgress> offices = d.offices().isEmpty() ? java.util.Collections.singletonList(null) : d.offices();
      for (OfficeProgress o : offices) {
        Row row = sheet.createRow(rowIndex++);
        if (shift > 0) {
          text(row, 0, carriedOver.get(n).meetingTitle(), styles);
          // as the minutes write it, in Bengali digits, as the page does
          text(row, 1, bd.gov.followup.minutes.BengaliDigits.toBengali(carriedOver.get(n).memoNumber()), styles);
        }
        row.createCell(shift + 0).setCellValue(d.number());
        text(row, shift + 1, d.title(), styles);
        text(row, shift + 2, d.text(), styles);
        // as the page says it: who leads now (a lead may have handed it back, or the chair named another)
        text(row, shift + 3, d.leadOffice() == null ? d.implementers()
            : d.implementers() + "\nমূল দায়িত্ব: " + d.leadOffice(), styles);
        Cell deadline = row.createCell(shift + 4);
        if (d.deadline() != null) {
          deadline.setCellValue(d.deadline());
          deadline.setCellStyle(styles.date);
        }
        text(row, shift + 5, d.state().bengali(), styles);
        if (o != null) {
          text(row, shift + 6, o.officeName(), styles);
          text(row, shift + 7, o.office(), styles);
          text(row, shift + 8, o.reported() ? "হ্যাঁ" : "না", styles);
          text(row, shift + 9, o.verified() ? "হ্যাঁ" : "না", styles);
          text(row, shift + 10, o.updateSummary(), styles);
          if (!o.evidenceLink().isBlank()) {
            Cell link = row.createCell(shift + 11);
            link.setCellValue(fitting(o.evidenceLink()));
            if (ReportCheckListener.isWebLink(ReportCheckListener.stripped(o.evidenceLink()))) {
              var hyperlink = sheet.getWorkbook().getCreationHelper()
                  .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
              hyperlink.setAddress(o.evidenceLink());
              link.setHyperlink(hyperlink);
            }
          }
          text(row, shift + 12, o.remarks(), styles);
          text(row, shift + 13, o.returnReason(), styles);
        }
        text(row, shift + 14, decisionRemarks(d), styles);
        // as the page says it: the reason, and the later meeting that closed the decision
        text(row, shift + 15, d.closeReason().isBlank() ? "" : d.closeReason() + ReportTexts.closingMeeting(d), styles);
        if (o != null) {
          // as the page says it: a withdrawn office is neither done («যাচাইকৃত»: না) nor missing
          text(row, shift + 16, ProgressHtml.status(d, o), styles);
          text(row, shift + 17, ReportTexts.officeChange(o), styles);
        } else {
          // as the page says it: why no office is on the decision yet (its lead has not accepted, …)
          text(row, shift + 16, ProgressHtml.withoutOffices(d), styles);
        }
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, shift + HEADERS.size() - 1));
  }

  /**
   * Whether the review of the late decision is still open, the reviewer's remarks, the deadline's changes and what was
   * done about the decision, a line each.
   */
  private static String decisionRemarks(DecisionProgress d) {
    List<String> lines = new java.util.ArrayList<>();
    if (d.awaitingReview()) {
      // as the page says it: escalated and not yet decided, unlike one the reviewer acted on (its action below)
      lines.add(ProgressHtml.awaitingReview(d));
    }
    // every reviewer's remarks, named and dated, as on the page
    d.reviewerRemarks().forEach(r -> lines.add(ReportTexts.reviewerRemarks(r)));
    if (!d.deadlineChanges().isBlank()) {
      lines.add("সময়সীমা পরিবর্তন: " + d.deadlineChanges().replace("\n", "; "));
    }
    lines.addAll(d.actionsTaken().lines().toList());
    return String.join("\n", lines);
  }

  private static void ratesSheet(Sheet sheet, ProgressReport report, Styles styles) {
    ProgressReport.Rates r = report.rates();
    Object[][] rows = {
      {"কমিটি", report.committee()},
      {"সভা", report.meetingTitle()},
      {"স্মারক নং", bd.gov.followup.minutes.BengaliDigits.toBengali(report.memoNumber())},
      // an office's copy is forwarded and pasted: its figures must not pass for the meeting's (as the page says)
      {PARTIAL_LABEL, PARTIAL_NOTE},
      {"সিদ্ধান্ত", r.decisions()},
      {"বাস্তবায়িত সিদ্ধান্ত", r.decisionsImplemented()},
      {"অবাস্তবায়িত হিসেবে বন্ধ সিদ্ধান্ত", r.decisionsClosed()},
      {"চলমান সিদ্ধান্ত", r.decisionsOpen()},
      {"পরবর্তী সভার সিদ্ধান্তে অব্যাহত (হারের বাইরে)", r.decisionsContinued()},
      // as the page says it: no rate when every decision was continued, not 0 %
      {"সিদ্ধান্ত বাস্তবায়নের হার (%)", r.decisionRate() != null ? r.decisionRate()
          : r.decisionsContinued() > 0 ? "— (পরবর্তী সভার সিদ্ধান্তে অব্যাহত " + ReportTexts.number(r.decisionsContinued())
              + "টি হারের বাইরে)" : "—"},
      {"অনুরোধকৃত দপ্তর", r.officesAsked()},
      {"কাজ সম্পন্ন দপ্তর", r.officesDone()},
      // as the page says it: no rate of offices before any was asked, or with every office out of the rate
      {"দপ্তরের কাজ সম্পন্নের হার (%)", r.officeRate() == null ? ReportTexts.noOfficeRate(report) : r.officeRate()},
      // as the page says it: asked by mistake and withdrawn, neither done nor missing (a row only when there are)
      {WITHDRAWN_LABEL, r.officesWithdrawn()},
      // as the page says it: done by the later meeting's word, whatever their offices reported (a row only when there are)
      {DECLARED_LABEL, r.decisionsDeclaredImplemented()},
      // as the page says them: when it was prepared, and whether the meeting's follow-up is over
      {"প্রতিবেদন প্রস্তুতের সময়", ReportTexts.dayAndTime(report.asOf().toLocalDateTime())},
      {"অবস্থা", report.settled() ? "চূড়ান্ত: সকল সিদ্ধান্ত নিষ্পন্ন" : "চলমান"},
      // as the page says it, under the earlier meetings' table (a sheet of its own)
      {PREVIOUS_SHEET, report.previousDecisions().isEmpty() ? "—"
          : ReportTexts.previousSummary(report.previousDecisions().stream().map(CarriedOverDecision::decision).toList())},
    };
    if (!report.partial()) {
      rows = java.util.Arrays.stream(rows).filter(row -> !PARTIAL_LABEL.equals(row[0])).toArray(Object[][]::new);
    }
    if (r.officesWithdrawn() == 0) {
      rows = java.util.Arrays.stream(rows).filter(row -> !WITHDRAWN_LABEL.equals(row[0])).toArray(Object[][]::new);
    }
    if (r.decisionsDeclaredImplemented() == 0) {
      rows = java.util.Arrays.stream(rows).filter(row -> !DECLARED_LABEL.equals(row[0])).toArray(Object[][]::new);
    }
    for (int i = 0; i < rows.length; i++) {
      Row row = sheet.createRow(i);
      Cell label = row.createCell(0);
      label.setCellValue((String) rows[i][0]);
      label.setCellStyle(styles.header);
      Cell value = row.createCell(1);
      if (rows[i][1] instanceof Number n) {
        value.setCellValue(n.doubleValue());
      } else {
        value.setCellValue(rows[i][1] == null ? "" : rows[i][1].toString());
      }
    }
    sheet.setColumnWidth(0, 32 * 256);
    sheet.setColumnWidth(1, 60 * 256);
  }

  private static void text(Row row, int column, String value, Styles styles) {
    Cell cell = row.createCell(column);
    String text = fitting(value == null ? "" : value);
    cell.setCellValue(text);
    // an office's "=HYPERLINK(…)" is text here; quote-prefixed, it stays text when someone edits the cell in Excel
    cell.setCellStyle(!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? styles.quoted : styles.wrap);
  }

  /** what makes a typed cell a formula (or, in older spreadsheets, a DDE call) */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** Marks a text cut to a cell's limit: the printable page (ProgressHtml) has it whole. */
  static final String CUT_MARK = " … (সংক্ষেপিত; পূর্ণ লেখা মুদ্রণযোগ্য প্রতিবেদনে)";

  /**
   * A spreadsheet cell holds at most 32,767 characters, and POI refuses a longer text (the whole workbook would
   * fail): an office's report may be longer, since it is stored whole.
   */
  static String fitting(String text) {
    int max = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    return text.length() <= max ? text : text.substring(0, max - CUT_MARK.length()) + CUT_MARK;
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle wrap;
    final CellStyle quoted;
    final CellStyle date;

    Styles(XSSFWorkbook workbook) {
      CreationHelper helper = workbook.getCreationHelper();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      quoted = workbook.createCellStyle();
      quoted.cloneStyleFrom(wrap);
      quoted.setQuotePrefixed(true);
      date = workbook.createCellStyle();
      date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
    }
  }
}

package bd.gov.followup.report;

import bd.gov.followup.workflow.DecisionActions;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.workflow.ReportCheckListener;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The progress table as a district office prints it: ক্র, সিদ্ধান্ত, বাস্তবায়নকারী, অগ্রগতি, মন্তব্য, under the
 * committee's header, in Bengali digits. Fixed column widths that add up to the page and wrapping inside cells keep
 * every column on an A4 page, however long a link or an office name.
 */
@Component
public class ProgressHtml {

  /** where officials reach this server: the page's links to letters work in the mailed report and a saved copy too */
  private final String baseUrl;

  public ProgressHtml(bd.gov.followup.notify.MailProperties mail) {
    this.baseUrl = mail.baseUrl();
  }

  static final String TITLE = "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি";
  static final String PREVIOUS_DECISIONS = "আগের সভার অনিষ্পন্ন সিদ্ধান্ত";

  private static final String CSS = """
      @page { size: A4 portrait; margin: 15mm 12mm 15mm 12mm; }
      * { box-sizing: border-box; }
      body { font-family: 'Noto Sans Bengali', 'Kalpurush', 'SolaimanLipi', 'Nikosh', 'Vrinda', sans-serif;
             font-size: 11pt; line-height: 1.45; margin: 0; color: #000; }
      .page { max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
      header { text-align: center; margin-bottom: 6mm; }
      header .gov { font-size: 10pt; }
      header h1 { font-size: 14pt; margin: 2mm 0; }
      header h2 { font-size: 12pt; margin: 1mm 0; font-weight: normal; }
      .meta { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 2mm; font-size: 10pt;
              margin-bottom: 3mm; }
      table.progress { width: 100%; table-layout: fixed; border-collapse: collapse; }
      table.progress th, table.progress td { border: 1px solid #000; padding: 1.5mm; vertical-align: top;
              overflow-wrap: anywhere; word-wrap: break-word; word-break: break-word; hyphens: auto; }
      table.progress th { background: #eee; text-align: center; }
      table.progress thead { display: table-header-group; }
      table.progress tr { break-inside: avoid; page-break-inside: avoid; }
      table.progress tr.long { break-inside: auto; page-break-inside: auto; }
      table.progress tr.long li, table.progress tr.long td > div { break-inside: avoid; page-break-inside: avoid; }
      col.serial { width: 7%; } col.decision { width: 33%; } col.implementers { width: 18%; }
      col.progress { width: 24%; } col.remarks { width: 18%; }
      td.serial { text-align: center; }
      .state { font-weight: bold; }
      .text { margin-top: 1mm; }
      .deadline, .office, .lead { font-size: 9.5pt; }
      ul { margin: 1mm 0 0 0; padding-left: 4mm; }
      a { color: #000; word-break: break-all; }
      .action a { word-break: normal; }
      .rates { margin-top: 4mm; font-size: 10.5pt; }
      .asof { margin-top: 2mm; font-size: 9pt; }
      .partial { margin-bottom: 2mm; font-size: 10pt; font-style: italic; }
      h2.previous { font-size: 12pt; margin: 6mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
      .previous-summary { font-size: 10pt; margin-bottom: 2mm; break-after: avoid; page-break-after: avoid; }
      .meeting { font-size: 9.5pt; margin-bottom: 1mm; }
      @media print { .page { padding: 0; } a { text-decoration: none; } }
      @media screen and (max-width: 640px) {
        .page { padding: 4mm 3mm; }
        table.progress, table.progress tbody, table.progress tr, table.progress td { display: block; width: auto; }
        table.progress thead, table.progress colgroup { display: none; }
        table.progress tr { border: 1px solid #000; margin-bottom: 3mm; }
        table.progress td { border: 0; overflow-wrap: break-word; word-break: normal; }
        table.progress td + td { border-top: 1px solid #bbb; }
        table.progress td.serial, table.progress td:empty { display: none; }
        table.progress td:nth-child(3)::before { content: "বাস্তবায়নকারী: "; font-weight: bold; }
        table.progress td:nth-child(4)::before { content: "অগ্রগতি: "; font-weight: bold; }
        table.progress td:nth-child(5)::before { content: "মন্তব্য: "; font-weight: bold; }
      }
      """;

  public String render(ProgressReport report) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"bn\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(e(TITLE)).append(" — ").append(e(report.meetingTitle())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    header(html, report);
    if (ReportTexts.onlyCarriedOver(report)) {
      // an office that reads the meeting only for an earlier decision: not an empty table of its decisions here, nor
      // rates of none (which read as no office asked yet), but the decisions that concern it
      html.append("<div class=\"partial only-carried-over\">").append(e(ReportTexts.ONLY_CARRIED_OVER)).append("</div>\n");
      html.append("<h2 class=\"previous\">").append(e(PREVIOUS_DECISIONS)).append("</h2>\n");
      List<DecisionProgress> previous = report.previousDecisions().stream().map(CarriedOverDecision::decision).toList();
      html.append("<div class=\"previous-summary\">").append(e(ReportTexts.previousSummary(previous))).append("</div>\n");
      table(html, "previous", baseUrl, report.memoKey(), previous, report.previousDecisions(), report.asOf().toLocalDate());
      asOf(html, report);
      html.append("</div>\n</body>\n</html>\n");
      return html.toString();
    }
    if (report.partial()) {
      // officials read it: Bengali only, and the rates below are of these decisions, not of the whole meeting
      html.append("<div class=\"partial\">আপনার দপ্তর যে সিদ্ধান্তগুলোতে যুক্ত, কেবল সেগুলো দেখানো হলো; নিচের হারও ")
          .append("কেবল এই সিদ্ধান্তগুলোর।</div>\n");
    }
    LocalDate today = report.asOf().toLocalDate();
    table(html, "current", baseUrl, report.memoKey(), report.decisions(), List.of(), today);
    rates(html, report);
    if (!report.previousDecisions().isEmpty()) {
      html.append("<h2 class=\"previous\">").append(e(PREVIOUS_DECISIONS)).append("</h2>\n");
      List<DecisionProgress> previous = report.previousDecisions().stream().map(CarriedOverDecision::decision).toList();
      html.append("<div class=\"previous-summary\">").append(e(ReportTexts.previousSummary(previous))).append("</div>\n");
      table(html, "previous", baseUrl, report.memoKey(), previous, report.previousDecisions(), today);
    }
    html.append("</div>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, ProgressReport report) {
    html.append("<header>\n<div class=\"gov\">গণপ্রজাতন্ত্রী বাংলাদেশ সরকার</div>\n");
    if (report.office() != null) {
      html.append("<div class=\"gov\">").append(e(report.office())).append("</div>\n");
    }
    html.append("<h2 class=\"committee\">").append(e(report.committee())).append("</h2>\n")
        .append("<h1>").append(e(TITLE)).append(report.settled() ? " (চূড়ান্ত)" : "").append("</h1>\n")
        .append("<h2 class=\"meeting\">").append(e(report.meetingTitle())).append("</h2>\n</header>\n");
    html.append("<div class=\"meta\">\n<span class=\"memo\">স্মারক নং: ")
        .append(e(BengaliDigits.toBengali(report.memoNumber())))
        .append("</span>\n<span class=\"issued\">তারিখ: ");
    if (report.issueDate() != null) {
      html.append(e(ReportTexts.dateLine(report.issueDate())));
    } else if (report.issueDateBangla() != null) {
      html.append(e(report.issueDateBangla()));
    }
    html.append("</span>\n</div>\n");
  }

  /** @param carriedOver for the previous decisions' table: the meeting of each row, in the same order; else empty */
  private static void table(StringBuilder html, String kind, String baseUrl, String memoKey,
      List<DecisionProgress> decisions, List<CarriedOverDecision> carriedOver, LocalDate today) {
    html.append("<table class=\"progress ").append(kind).append("\">\n<colgroup><col class=\"serial\"><col class=\"decision\">")
        .append("<col class=\"implementers\"><col class=\"progress\"><col class=\"remarks\"></colgroup>\n")
        .append("<thead><tr><th>ক্র</th><th>সিদ্ধান্ত</th><th>বাস্তবায়নকারী</th><th>অগ্রগতি</th><th>মন্তব্য</th>")
        .append("</tr></thead>\n<tbody>\n");
    int serial = 0;
    for (DecisionProgress d : decisions) {
      html.append("<tr class=\"decision state-").append(d.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          // a tall row kept whole would leave most of a page blank before it: it may split, between its lines
          .append(tall(d) ? " long" : "")
          .append("\" data-decision=\"").append(d.number())
          // this meeting's rows can be linked to (Cockpit's tab opens a decision's page at its row)
          .append(carriedOver.isEmpty() ? "\" id=\"decision-" + d.number() : "").append("\">\n");
      // this meeting's row: the decision's number in the minutes (a decision the review removed leaves its gap, so
      // that ক্র ৩ is never decision ০৪); the earlier meetings' rows count, as their numbers repeat across meetings
      ++serial;
      html.append("<td class=\"serial\">").append(ReportTexts.number(carriedOver.isEmpty() ? d.number() : serial))
          .append("</td>\n<td>");
      if (!carriedOver.isEmpty()) {
        CarriedOverDecision from = carriedOver.get(serial - 1);
        html.append("<div class=\"meeting\">সভা: ").append(e(from.meetingTitle())).append(" (স্মারক নং ")
            .append(e(BengaliDigits.toBengali(from.memoNumber()))).append(")</div>");
      }
      html.append("<div class=\"title\"><b>").append(e(d.title())).append("</b></div>");
      if (d.text() != null && !d.text().isBlank()) {
        html.append("<div class=\"text\">").append(e(d.text())).append("</div>");
      }
      html.append("<div class=\"deadline\">সময়সীমা: ").append(e(ReportTexts.day(d.deadline())))
          .append("</div></td>\n");
      html.append("<td>").append(e(d.implementers()));
      if (d.leadOffice() != null) {
        html.append("<div class=\"lead\">মূল দায়িত্ব: ").append(e(d.leadOffice())).append("</div>");
      }
      html.append("</td>\n");
      progress(html, d, today);
      remarks(html, d, baseUrl, carriedOver.isEmpty() ? memoKey : carriedOver.get(serial - 1).memoKey());
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void progress(StringBuilder html, DecisionProgress d, LocalDate today) {
    html.append("<td><div class=\"state\">").append(e(d.state().bengali())).append("</div>");
    boolean late = d.state() == DecisionState.OVERDUE || d.state() == DecisionState.ESCALATED
        || d.state() == DecisionState.WITH_UNO;
    if (late && d.deadline() != null && today.isAfter(d.deadline())) {
      // how late, as the meeting reads it: a decision two years overdue is not one that slipped last week. Only where
      // its state says late: that judges the day it falls due (a deadline on a holiday is due the day after)
      html.append("<div class=\"overdue\">সময়সীমা পেরিয়েছে ")
          .append(ReportTexts.number(java.time.temporal.ChronoUnit.DAYS.between(d.deadline(), today)))
          .append(" দিন আগে</div>");
    }
    if (d.awaitingReview()) {
      // escalated and not yet decided, unlike one the reviewer already acted on (its action is in the remarks)
      html.append("<div class=\"awaiting\">").append(awaitingReview(d)).append("</div>");
    }
    String withoutOffices = withoutOffices(d);
    if (withoutOffices != null) {
      html.append("<div>").append(e(withoutOffices)).append("</div>");
    } else {
      html.append("<div class=\"count\">").append(e(count(d))).append("</div>");
    }
    if (!d.offices().isEmpty()) {
      html.append("<ul>");
      for (OfficeProgress o : d.offices()) {
        html.append("<li class=\"office\" data-office=\"").append(e(o.office())).append("\">")
            .append(e(o.officeName())).append(": <i>").append(e(status(d, o))).append("</i>");
        String change = ReportTexts.officeChange(o);
        if (!change.isBlank()) {
          html.append(" <span class=\"office-change\">(").append(e(change)).append(")</span>");
        }
        if (!o.updateSummary().isBlank() && !o.withdrawn()) {
          html.append(" — ").append(e(o.updateSummary()));
        }
        if (ReportCheckListener.isWebLink(ReportCheckListener.stripped(o.evidenceLink()))) {
          html.append(" (<a href=\"").append(e(o.evidenceLink())).append("\">").append(e(o.evidenceLink()))
              .append("</a>)");
        } else if (!o.evidenceLink().isBlank()) {
          // never a javascript: or data: link in a page officials open logged in
          html.append(" (").append(e(o.evidenceLink())).append(')');
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    html.append("</td>\n");
  }

  /** Lines of an A4 page's table, about: a row longer than a third of them may split across pages. */
  static final int TALL_ROW_LINES = 16;

  /**
   * Whether the row is tall enough that keeping it whole could leave a third of a page or more blank before it:
   * its tallest cell's lines, roughly (characters per line of each column at its width, a line per office, remark
   * and change). Short rows stay whole, so that a decision is not cut for a line or two.
   */
  static boolean tall(DecisionProgress d) {
    int decision = lines(d.title(), 40) + lines(d.text(), 40) + 1;
    int progress = 2 + d.offices().stream().mapToInt(o -> lines(o.officeName() + o.updateSummary()
        + o.evidenceLink() + ReportTexts.officeChange(o), 28)).sum();
    int remarks = d.reviewerRemarks().stream().mapToInt(r -> lines(ReportTexts.reviewerRemarks(r), 20)).sum()
        + d.actionsTaken().lines().mapToInt(l -> lines(l, 20)).sum()
        + d.deadlineChanges().lines().mapToInt(l -> lines(l, 20)).sum()
        + lines(d.closeReason(), 20)
        + d.offices().stream().mapToInt(o -> lines(o.remarks(), 20) + lines(o.returnReason(), 20)).sum();
    return Math.max(decision, Math.max(progress, remarks)) > TALL_ROW_LINES;
  }

  private static int lines(String text, int perLine) {
    return text == null || text.isBlank() ? 0 : (text.length() + perLine - 1) / perLine;
  }

  /** "সভাপতির (ইউএনও-র) সিদ্ধান্তের অপেক্ষায়" while the review of the late decision is open, else null. */
  static String awaitingReview(DecisionProgress d) {
    return !d.awaitingReview() ? null
        : (d.state() == DecisionState.WITH_UNO ? "ইউএনও-র" : "সভাপতির") + " সিদ্ধান্তের অপেক্ষায়";
  }

  /**
   * Why no office has a line on the decision, as the page and the spreadsheet say it: the minutes are under review,
   * the decision ended before any office was asked, or it waits for its lead (or for the secretary to name one).
   * Null once offices were asked.
   */
  static String withoutOffices(DecisionProgress d) {
    // who owes the step, by name, as the committee's open decisions name the late (OpenDecision.overdueOffices)
    String secretary = d.secretaryOffice() == null || !d.state().open() ? "" : " — সদস্য-সচিব: " + d.secretaryOffice();
    if (!d.started()) {
      return "কার্যবিবরণী যাচাই শেষে কাজ শুরু হবে" + secretary;
    }
    if (!d.offices().isEmpty()) {
      return null;
    }
    if (!d.state().open()) {
      return "কোনো দপ্তরকে অনুরোধের আগেই " + (d.state() == DecisionState.CLOSED_NOT_IMPLEMENTED ? "বন্ধ" : "নিষ্পন্ন");
    }
    // the lead handed the decision back, or an implementer was unknown: no lead until the secretary names one
    return d.leadOffice() == null ? "সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায়" + secretary
        : "মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায়";
  }

  /** "১/৩ দপ্তরের কাজ যাচাইকৃত, ২ দপ্তর প্রতিবেদন দিয়েছে; ১ দপ্তর প্রত্যাহৃত (১টি সংশোধনের জন্য ফেরত)" */
  static String count(DecisionProgress d) {
    // an office withdrawn (the work was not its own) is neither done nor missing: out of the count, said apart
    StringBuilder count = new StringBuilder().append(ReportTexts.number(d.officesDone())).append("/")
        .append(ReportTexts.number(d.officesAsked() - d.officesWithdrawn())).append(" দপ্তরের কাজ যাচাইকৃত, ")
        .append(ReportTexts.number(d.officesReported())).append(" দপ্তর প্রতিবেদন দিয়েছে");
    if (d.officesWithdrawn() > 0) {
      count.append("; ").append(ReportTexts.number(d.officesWithdrawn())).append(" দপ্তর প্রত্যাহৃত");
    }
    // a report sent back counts as given, but it is owed again: the reader must not take it for one to verify; once
    // the decision is closed or settled nothing is owed, and the report was never corrected
    long returned = d.offices().stream().filter(o -> !o.verified() && !o.returnReason().isBlank()).count();
    if (returned > 0) {
      count.append(" (").append(ReportTexts.number(returned))
          .append(d.state().open() ? "টি সংশোধনের জন্য ফেরত)" : "টি ফেরত, সংশোধন হয়নি)");
    }
    return count.toString();
  }

  /**
   * An office's status; a report left unverified when the decision was closed waits for nobody any more, and an
   * office's work left open when a later meeting settled the decision says how it was settled.
   */
  static String status(DecisionProgress d, OfficeProgress o) {
    if (o.withdrawn()) {
      return o.statusBengali(); // its part ended before the decision did: whatever became of the decision
    }
    if (d.state() == DecisionState.CLOSED_NOT_IMPLEMENTED && o.withdrawalRequested()) {
      return "প্রত্যাহারের অনুরোধ, যাচাইয়ের আগেই সিদ্ধান্ত বন্ধ"; // its verification ended with the decision
    }
    if (d.state() == DecisionState.CLOSED_NOT_IMPLEMENTED && o.reported() && !o.verified()
        && o.returnReason().isBlank()) {
      return "দাখিল, যাচাইয়ের আগেই সিদ্ধান্ত বন্ধ";
    }
    // settled by a later meeting: a report given, or a «not our work», waits for no verification any more
    String settled = o.withdrawalRequested() ? "প্রত্যাহারের অনুরোধ"
        : o.reported() && o.returnReason().isBlank() ? "দাখিল" : o.statusBengali();
    if (d.state() == DecisionState.CONTINUED && !o.verified()) {
      return settled + "; কাজ পরবর্তী সভার সিদ্ধান্তে অব্যাহত";
    }
    if (d.state() == DecisionState.IMPLEMENTED && !o.verified() && !d.closeReason().isBlank()) {
      return settled + "; সভার ঘোষণায় সিদ্ধান্ত বাস্তবায়িত";
    }
    return o.statusBengali();
  }

  private static void remarks(StringBuilder html, DecisionProgress d, String baseUrl, String memoKey) {
    html.append("<td>");
    // closed by the chair's review: its remarks are the reason, said once, with who gave it
    boolean closedByReviewer = d.closedAtMeeting() == null && d.closeReason().equals(d.chairRemarks());
    if (!d.closeReason().isBlank()) {
      html.append("<div class=\"close-reason\">").append(ReportTexts.closeReasonLabel(d))
          .append(closedByReviewer ? " (" + e(d.reviewer()) + ")" : "").append(": ").append(e(d.closeReason()))
          .append(e(ReportTexts.closingMeeting(d))).append("</div>");
    }
    // the deadline the next meeting reads is not always the one the minutes set: each change, and who made it
    for (String change : d.deadlineChanges().lines().toList()) {
      html.append("<div class=\"deadline-change\">সময়সীমা পরিবর্তন: ").append(e(change)).append("</div>");
    }
    for (String action : d.actionsTaken().lines().toList()) {
      // a reminder letter's line opens the letter to print, at this server's public address (also from a mail)
      Matcher letter = DecisionActions.LETTER_LINE.matcher(action);
      html.append("<div class=\"action\">");
      if (letter.lookingAt()) {
        html.append("<a href=\"").append(e(baseUrl + DecisionActions.letterPath(memoKey, d.number(),
            Integer.parseInt(BengaliDigits.toAscii(letter.group(1)))))).append("\">").append(e(action)).append("</a>");
      } else {
        html.append(e(action));
      }
      html.append("</div>");
    }
    // every reviewer's remarks, named and dated (each UNO that acted, the chair); the chair's closing ones are the
    // reason above
    List<ReviewerRemarks> reviews = d.reviewerRemarks();
    for (int i = 0; i < reviews.size(); i++) {
      if (closedByReviewer && i == reviews.size() - 1 && reviews.get(i).remarks().equals(d.closeReason().strip())) {
        continue;
      }
      html.append("<div class=\"chair\">").append(e(ReportTexts.reviewerRemarks(reviews.get(i)))).append("</div>");
    }
    for (OfficeProgress o : d.offices()) {
      if (!o.returnReason().isBlank() && !o.verified()) {
        html.append("<div class=\"office\">").append(e(o.officeName())).append(" (ফেরতের কারণ): ")
            .append(e(o.returnReason())).append("</div>");
      }
      if (!o.remarks().isBlank()) {
        html.append("<div class=\"office\">").append(e(o.officeName())).append(": ").append(e(o.remarks()))
            .append("</div>");
      }
    }
    html.append("</td>\n");
  }

  private static void rates(StringBuilder html, ProgressReport report) {
    ProgressReport.Rates r = report.rates();
    html.append("<div class=\"rates\"><b>বাস্তবায়নের হার:</b> সিদ্ধান্ত ");
    if (r.decisionRate() == null) {
      html.append("—"); // every decision continued (or none shown): no rate of this meeting's own, not 0 %
    } else {
      html.append(ReportTexts.number(r.decisionsImplemented())).append("/").append(ReportTexts.number(r.decisionsCounted()))
          .append(" (").append(ReportTexts.percent(r.decisionRate())).append(")");
    }
    // the rest of the decisions are not all still open: a closed one counts against the rate for good
    if (r.decisionsClosed() > 0 || r.decisionsOpen() > 0) {
      html.append(" — অবাস্তবায়িত হিসেবে বন্ধ ").append(ReportTexts.number(r.decisionsClosed()))
          .append(", চলমান ").append(ReportTexts.number(r.decisionsOpen()));
    }
    if (r.decisionsContinued() > 0) {
      // their work goes on under the later meeting's decision, and counts there
      html.append(" (পরবর্তী সভার সিদ্ধান্তে অব্যাহত ").append(ReportTexts.number(r.decisionsContinued()))
          .append("টি হারের বাইরে)");
    }
    html.append("; দপ্তর ");
    if (r.officeRate() == null) {
      // not a rate of 0 %: nobody was asked (yet), or only on decisions the rate leaves out
      html.append(e(ReportTexts.noOfficeRate(report))).append("</div>\n");
    } else {
      html.append(ReportTexts.number(r.officesDone())).append("/").append(ReportTexts.number(r.officesCounted()))
          .append(" (").append(ReportTexts.percent(r.officeRate())).append(")");
      if (r.officesWithdrawn() > 0) {
        // asked by mistake and withdrawn: neither done nor missing
        html.append(" (প্রত্যাহৃত ").append(ReportTexts.number(r.officesWithdrawn())).append("টি দপ্তর হারের বাইরে)");
      }
      if (r.decisionsDeclaredImplemented() > 0) {
        html.append(" (").append(ReportTexts.declaredImplementedOutOfRate(r)).append(")");
      }
      html.append("</div>\n");
    }
    asOf(html, report);
  }

  private static void asOf(StringBuilder html, ProgressReport report) {
    html.append("<div class=\"asof\">প্রতিবেদন প্রস্তুতের সময়: ")
        .append(e(ReportTexts.dayAndTime(report.asOf().toLocalDateTime()))).append("</div>\n");
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}

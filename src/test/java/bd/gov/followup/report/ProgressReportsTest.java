package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.followup.deadline.WorkingDayCalendar;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.MinutesVariable;
import bd.gov.followup.workflow.OfficeOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo meeting driven through every state a decision can be in, read back as a progress report. */
class ProgressReportsTest extends ReportTestSupport {

  @org.springframework.beans.factory.annotation.Autowired ProgressHtml html;
  @org.springframework.beans.factory.annotation.Autowired ProgressWorkbook workbook;

  /**
   * An office asked by mistake and withdrawn is neither done nor missing: the page, the JSON and the workbook say it
   * was withdrawn and why, and who was asked in its place (asked later, in whose place); the rates leave it out.
   */
  @Test
  void aWithdrawnOffice_isShownWithItsReason_andTheOfficeAskedInItsPlace_outOfTheRate() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".withdrawn");
    String memoKey = meeting.memoKey();
    registration.register(meeting, false);
    ProcessInstance d1 = decision(memoKey, 1);
    accept(d1, "2024-01-30", List.of("ac-ict", "ac-education"));
    engine.getTaskService().complete(task(d1, TASK_REPORT_UPDATE, "ac-education").getId(),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "ভবনের কাজ এলজিইডির"));
    runDueJobs(d1);
    OfficeProgress asking = reports.of(memoKey).decisions().get(0).offices().get(1);
    assertThat(asking.statusBengali()).isEqualTo("প্রত্যাহারের অনুরোধ, যাচাই অপেক্ষমাণ");
    assertThat(asking.withdrawalReason()).isEqualTo("ভবনের কাজ এলজিইডির");

    engine.getTaskService().complete(task(d1, TASK_VERIFY_UPDATE, "ac-education").getId(), Map.of(
        VERDICT, VERDICT_WITHDRAWN, RETURN_REASON, "",
        OFFICES_TO_ASK, bd.gov.followup.workflow.JsonVariables.stringList(List.of("head-lged"))));
    report(d1, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ", "");
    verify(d1, "ac-ict", VERDICT_ACCEPTED, "");

    ProgressReport report = reports.of(memoKey);
    DecisionProgress d = report.decisions().get(0);
    assertThat(d.offices()).extracting(OfficeProgress::office).containsExactly("ac-ict", "ac-education", "head-lged");
    assertThat(d.officesAsked()).isEqualTo(3);
    assertThat(d.officesWithdrawn()).isEqualTo(1);
    assertThat(d.officesDone()).isEqualTo(1);
    OfficeProgress withdrawn = d.offices().get(1);
    assertThat(withdrawn.withdrawn()).isTrue();
    assertThat(withdrawn.verified()).as("not done").isFalse();
    assertThat(withdrawn.statusBengali()).isEqualTo("প্রত্যাহৃত");
    assertThat(withdrawn.withdrawalReason()).isEqualTo("ভবনের কাজ এলজিইডির");
    assertThat(withdrawn.askedInItsPlace()).isEqualTo("নির্বাহী প্রকৌশলী, এলজিইডি, ঝিনাইদহ");
    OfficeProgress lged = d.offices().get(2);
    assertThat(lged.askedLaterOn()).isEqualTo(LocalDate.of(2023, 12, 10));
    assertThat(lged.askedInsteadOf()).startsWith("সহকারী কমিশনার (শিক্ষা)");
    assertThat(lged.statusBengali()).as("missing, as any office yet to report").isEqualTo("দাখিল হয়নি");
    assertThat(report.rates().officesWithdrawn()).isEqualTo(1);
    assertThat(report.rates().officesCounted()).isEqualTo(report.rates().officesAsked() - 1);

    String page = html.render(report);
    assertThat(page).contains("১/২ দপ্তরের কাজ যাচাইকৃত", "১ দপ্তর প্রত্যাহৃত")
        .contains("প্রত্যাহৃত: ভবনের কাজ এলজিইডির; পরিবর্তে: নির্বাহী প্রকৌশলী, এলজিইডি, ঝিনাইদহ")
        .contains("পরে যুক্ত, ১০/১২/২০২৩, সহকারী কমিশনার (শিক্ষা)")
        .contains("(প্রত্যাহৃত ১টি দপ্তর হারের বাইরে)");
    String json = objectMapper.writeValueAsString(report);
    assertThat(json).contains("\"withdrawn\":true", "\"withdrawalReason\":\"ভবনের কাজ এলজিইডির\"",
        "\"officesWithdrawn\":1", "\"askedLaterOn\":\"2023-12-10\"");
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    workbook.write(report, xlsx);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
      var sheet = book.getSheet(ProgressWorkbook.PROGRESS_SHEET);
      var row = sheet.getRow(2); // decision 01's second office
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("ac-education");
      assertThat(row.getCell(16).getStringCellValue()).isEqualTo("প্রত্যাহৃত");
      assertThat(row.getCell(17).getStringCellValue()).startsWith("প্রত্যাহৃত: ভবনের কাজ এলজিইডির");
      List<String> labels = new java.util.ArrayList<>();
      book.getSheet(ProgressWorkbook.RATES_SHEET).forEach(r -> labels.add(r.getCell(0).getStringCellValue()));
      assertThat(labels).contains(ProgressWorkbook.WITHDRAWN_LABEL);
    }
  }

  /**
   * An office that reported, had its report sent back, then said «not our work» and was withdrawn: the page no longer
   * counts its report as given, and neither may the JSON's office nor the spreadsheet's «প্রতিবেদন দাখিল» column,
   * from which the offices re-count; nor does the page link the evidence of that report while hiding its text.
   */
  @Test
  void aWithdrawnOfficesEarlierReport_isNotGivenInAnyFormat() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".withdrawn-after-report");
    registration.register(meeting, false);
    ProcessInstance d1 = decision(meeting.memoKey(), 1);
    accept(d1, "2024-01-30", List.of("ac-ict", "ac-education"));
    report(d1, "ac-education", "শিক্ষা শাখার তথ্য", "");
    verify(d1, "ac-education", VERDICT_RETURNED, "অসম্পূর্ণ");
    engine.getTaskService().complete(task(d1, TASK_REPORT_UPDATE, "ac-education").getId(),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "ভবনের কাজ এলজিইডির"));
    runDueJobs(d1);
    engine.getTaskService().complete(task(d1, TASK_VERIFY_UPDATE, "ac-education").getId(), Map.of(
        VERDICT, VERDICT_WITHDRAWN, RETURN_REASON, "",
        OFFICES_TO_ASK, bd.gov.followup.workflow.JsonVariables.stringList(List.of("head-lged"))));
    runDueJobs(d1);

    ProgressReport report = reports.of(meeting.memoKey());
    DecisionProgress d = report.decisions().get(0);
    assertThat(d.officesReported()).as("the page's count").isZero();
    assertThat(d.offices()).as("the JSON's offices agree with its count")
        .filteredOn(OfficeProgress::reported).isEmpty();
    String row = html.render(report);
    row = row.substring(row.indexOf("data-decision=\"1\""), row.indexOf("data-decision=\"2\""));
    assertThat(row).contains("০ দপ্তর প্রতিবেদন দিয়েছে").doesNotContain("https://ac-education.jhenaidah.gov.bd/");
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    workbook.write(report, xlsx);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
      var education = book.getSheet(ProgressWorkbook.PROGRESS_SHEET).getRow(2); // decision 01's second office
      assertThat(education.getCell(7).getStringCellValue()).isEqualTo("ac-education");
      assertThat(education.getCell(8).getStringCellValue()).as("প্রতিবেদন দাখিল").isEqualTo("না");
      assertThat(education.getCell(16).getStringCellValue()).isEqualTo("প্রত্যাহৃত");
    }
  }

  /**
   * The spreadsheet says what the page says of a decision no office was asked about yet: that it waits for its lead's
   * acceptance, and that the chair has yet to decide it (not a decision the chair already acted on). Before, its row
   * had the state alone, and an escalated decision awaiting the chair read as one the chair had dealt with.
   */
  @Test
  void aDecisionWaitingForItsLeadAndTheChair_saysSoInTheSpreadsheetAsOnThePage() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".waiting-xlsx");
    registration.register(meeting, false);
    ProcessInstance d3 = decision(meeting.memoKey(), 3);
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(d3);

    ProgressReport report = reports.of(meeting.memoKey());
    String page = html.render(report);
    page = page.substring(page.indexOf("data-decision=\"3\""), page.indexOf("data-decision=\"4\""));
    assertThat(page).contains("সভাপতির সিদ্ধান্তের অপেক্ষায়", "মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায়");
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    workbook.write(report, xlsx);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
      var sheet = book.getSheet(ProgressWorkbook.PROGRESS_SHEET);
      var row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
          .filter(r -> r.getRowNum() > 0 && r.getCell(0).getNumericCellValue() == 3).findFirst().orElseThrow();
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo(DecisionState.ESCALATED.bengali());
      assertThat(row.getCell(14).getStringCellValue()).as("পর্যালোচনাকারীর মন্তব্য")
          .startsWith("সভাপতির সিদ্ধান্তের অপেক্ষায়");
      assertThat(row.getCell(16).getStringCellValue()).as("দপ্তরের অবস্থা")
          .isEqualTo("মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায়");
    }
  }

  /**
   * The committee's open decisions (the next meeting's carried-over agenda) name the offices that owe work: not one
   * whose part was withdrawn, nor one whose «not our work» waits for its verifier, as the escalation does not.
   */
  @Test
  void aWithdrawnOffice_isNotNamedLate_amongTheCommitteesOpenDecisions() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".withdrawnlate");
    registration.register(meeting, false);
    ProcessInstance d1 = decision(meeting.memoKey(), 1);
    accept(d1, "2024-01-30", List.of("ac-ict", "ac-education", "head-lged"));
    engine.getTaskService().complete(task(d1, TASK_REPORT_UPDATE, "ac-education").getId(),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "ভবনের কাজ এলজিইডির"));
    runDueJobs(d1);
    engine.getTaskService().complete(task(d1, TASK_VERIFY_UPDATE, "ac-education").getId(), Map.of(
        VERDICT, VERDICT_WITHDRAWN, RETURN_REASON, "",
        OFFICES_TO_ASK, bd.gov.followup.workflow.JsonVariables.stringList(List.of())));
    engine.getTaskService().complete(task(d1, TASK_REPORT_UPDATE, "head-lged").getId(),
        Map.of(NOT_OUR_WORK, true, NOT_OUR_WORK_REASON, "শিক্ষা শাখার কাজ"));
    runDueJobs(d1);
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(d1);

    assertThat(openDecisions.of(meeting.committee())).filteredOn(d -> d.memoKey().equals(meeting.memoKey()))
        .filteredOn(d -> d.number() == 1).singleElement()
        .satisfies(d -> assertThat(d.overdueOffices()).singleElement().asString().startsWith("সহকারী কমিশনার (আইসিটি)"));
  }

  @Test
  void everyStateAndTheRates() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".states");
    String memoKey = meeting.memoKey();
    registration.register(meeting, false);

    ProgressReport fresh = reports.of(memoKey);
    assertThat(fresh.committee()).isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি");
    assertThat(fresh.decisions()).extracting(DecisionProgress::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(fresh.decisions()).extracting(DecisionProgress::state).containsOnly(DecisionState.IN_PROGRESS);
    assertThat(fresh.decisions().get(0).deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(fresh.decisions().get(0).implementers()).contains("সহকারী কমিশনার (আইসিটি)");
    assertThat(fresh.rates().decisionRate()).isZero();
    assertThat(html.render(fresh)).as("no rate of offices before any was asked")
        .contains("দপ্তর — (এখনো কোনো দপ্তরকে তথ্য চাওয়া হয়নি)").doesNotContain("দপ্তর ০/০");
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    workbook.write(fresh, xlsx);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
      assertThat(book.getSheet(ProgressWorkbook.RATES_SHEET).getRow(11).getCell(1).getStringCellValue())
          .as("nor in the spreadsheet").startsWith("—");
    }

    // decision 05: the programmer reports and the secretary verifies: implemented
    ProcessInstance d5 = decision(memoKey, 5);
    accept(d5, "2024-01-30", List.of());
    report(d5, "programmer-ict", "জেলা পোর্টালের সকল তথ্য হালনাগাদ", "নিয়মিত হালনাগাদ চলবে");
    // a REST client's form sends a reason with the acceptance: it says nothing about an accepted report
    verify(d5, "programmer-ict", VERDICT_ACCEPTED, "এই লেখা ফেরতের কারণ নয়");

    // decision 01: AC (ICT) done; AC (Education) sent back; the programmer has not reported
    ProcessInstance d1 = decision(memoKey, 1);
    accept(d1, "2024-01-30", List.of());
    report(d1, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ", "");
    verify(d1, "ac-ict", VERDICT_ACCEPTED, "");
    report(d1, "ac-education", "শিক্ষা শাখার কিছু তথ্য", "বাকি তথ্য সংগ্রহ চলছে");
    verify(d1, "ac-education", VERDICT_RETURNED, "প্রতিষ্ঠান তালিকার লিংক নেই");

    // decisions 02 and 04: accepted with two offices each, nobody reports
    accept(decision(memoKey, 2), "2024-01-30", List.of("programmer-ict", "head-statistics"));
    accept(decision(memoKey, 4), "2024-01-30", List.of("head-statistics", "head-civil-surgeon"));

    ProgressReport during = reports.of(memoKey);
    DecisionProgress one = during.decisions().get(0);
    assertThat(one.state()).isEqualTo(DecisionState.IN_PROGRESS);
    assertThat(one.officesAsked()).isEqualTo(3);
    assertThat(one.officesReported()).isEqualTo(2);
    assertThat(one.officesDone()).isEqualTo(1);
    assertThat(one.offices()).extracting(OfficeProgress::office)
        .containsExactly("programmer-ict", "ac-ict", "ac-education");
    OfficeProgress education = one.offices().get(2);
    assertThat(education.reported()).isTrue();
    assertThat(education.verified()).isFalse();
    assertThat(education.returnReason()).isEqualTo("প্রতিষ্ঠান তালিকার লিংক নেই");
    assertThat(education.remarks()).isEqualTo("বাকি তথ্য সংগ্রহ চলছে");
    assertThat(education.evidenceLink()).isEqualTo("https://ac-education.jhenaidah.gov.bd/");
    assertThat(one.offices().get(1).verified()).isTrue();
    assertThat(one.offices().get(0).reported()).isFalse();
    assertThat(html.render(during)).as("the report sent back is owed again, not waiting to be verified")
        .contains("১/৩ দপ্তরের কাজ যাচাইকৃত, ২ দপ্তর প্রতিবেদন দিয়েছে (১টি সংশোধনের জন্য ফেরত)");
    DecisionProgress five = during.decisions().get(4);
    assertThat(five.state()).isEqualTo(DecisionState.IMPLEMENTED);
    assertThat(five.offices()).singleElement().satisfies(o -> {
      assertThat(o.verified()).isTrue();
      assertThat(o.updateSummary()).isEqualTo("জেলা পোর্টালের সকল তথ্য হালনাগাদ");
      assertThat(o.remarks()).isEqualTo("নিয়মিত হালনাগাদ চলবে");
      assertThat(o.returnReason()).isEmpty();
    });

    // the deadline's day is over, but the watch has not run yet: overdue
    at(LocalDateTime.of(2024, 1, 31, 8, 0));
    assertThat(reports.of(memoKey).decisions()).extracting(DecisionProgress::state).containsExactly(
        DecisionState.OVERDUE, DecisionState.OVERDUE, DecisionState.OVERDUE, DecisionState.OVERDUE,
        DecisionState.IMPLEMENTED);

    // the watch gives the open decisions to the chair on the next working day
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    for (int n = 1; n <= 4; n++) {
      runDueJobs(decision(memoKey, n));
    }
    assertThat(reports.of(memoKey).decisions()).extracting(DecisionProgress::state).containsExactly(
        DecisionState.ESCALATED, DecisionState.ESCALATED, DecisionState.ESCALATED, DecisionState.ESCALATED,
        DecisionState.IMPLEMENTED);

    // the chair closes 04, extends 02, reminds 01 (stays escalated); 03 waits for the chair
    chair(decision(memoKey, 4), Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, "পরবর্তী সভায় নতুন সিদ্ধান্ত হবে"));
    chair(decision(memoKey, 2), Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2024-02-29",
        CHAIR_REMARKS, "এক মাস সময় বৃদ্ধি"));
    chair(decision(memoKey, 1), Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তাগিদপত্র দিন"));

    ProgressReport after = reports.of(memoKey);
    assertThat(after.decisions()).extracting(DecisionProgress::state).containsExactly(
        DecisionState.ESCALATED, DecisionState.IN_PROGRESS, DecisionState.ESCALATED,
        DecisionState.CLOSED_NOT_IMPLEMENTED, DecisionState.IMPLEMENTED);
    DecisionProgress two = after.decisions().get(1);
    assertThat(two.deadline()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(two.chairRemarks()).isEqualTo("এক মাস সময় বৃদ্ধি");
    assertThat(after.decisions().get(3).chairRemarks()).isEqualTo("পরবর্তী সভায় নতুন সিদ্ধান্ত হবে");
    assertThat(after.decisions().get(3).closeReason()).as("the chair's closing reason, where a later meeting's goes")
        .isEqualTo("পরবর্তী সভায় নতুন সিদ্ধান্ত হবে");
    assertThat(two.closeReason()).as("extended, not closed").isEmpty();
    assertThat(two.deadlineChanges()).as("the next meeting reads that the minutes' date was moved, and by whom")
        .startsWith("৩০/০১/২০২৪ থেকে ২৯/০২/২০২৪ (সভাপতি, ");
    assertThat(html.render(after)).contains("সময়সীমা পরিবর্তন: ৩০/০১/২০২৪ থেকে ২৯/০২/২০২৪ (সভাপতি, ");
    assertThat(after.decisions().get(0).deadlineChanges()).as("reminded, not extended").isEmpty();
    // escalated both, but the chair acted on 01 and has yet to decide 03: the next meeting tells them apart
    assertThat(after.decisions()).extracting(DecisionProgress::awaitingReview)
        .containsExactly(false, false, true, false, false);
    assertThat(after.decisions().get(0).actionsTaken()).as("the committee reads to whom it went")
        .isEqualTo("তাগিদপত্র নং ১ দেওয়া হয়েছে: সভাপতি, ২টি দপ্তরকে: প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, "
            + "জেলা কার্যালয়, ঝিনাইদহ; সহকারী কমিশনার (শিক্ষা), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ (৩১/০১/২০২৪)");
    String page01 = html.render(after);
    assertThat(page01.substring(page01.indexOf("data-decision=\"1\""), page01.indexOf("data-decision=\"2\"")))
        .contains("তাগিদপত্র নং ১ দেওয়া হয়েছে: সভাপতি").doesNotContain("সিদ্ধান্তের অপেক্ষায়")
        .as("the line opens the letter to print").contains("/api/meetings/" + memoKey + "/decisions/1/letters/1.html\">");
    assertThat(page01.substring(page01.indexOf("data-decision=\"3\""), page01.indexOf("data-decision=\"4\"")))
        .contains("সভাপতির নিকট উপস্থাপিত", "সভাপতির সিদ্ধান্তের অপেক্ষায়");
    String closedRow = html.render(after);
    closedRow = closedRow.substring(closedRow.indexOf("data-decision=\"4\""), closedRow.indexOf("data-decision=\"5\""));
    assertThat(closedRow).contains("বন্ধের কারণ (সভাপতি): পরবর্তী সভায় নতুন সিদ্ধান্ত হবে");
    assertThat(closedRow.split("পরবর্তী সভায় নতুন সিদ্ধান্ত হবে", -1)).as("said once").hasSize(2);
    assertThat(after.decisions()).as("each went to the chair once, whatever the chair then chose")
        .extracting(DecisionProgress::escalations).containsExactly(1, 1, 1, 1, 0);

    // rates: 1 of 5 decisions; offices done 1 (d1) + 1 (d5) of asked 3 + 2 + 0 (d3 never accepted) + 2 + 1
    ProgressReport.Rates rates = after.rates();
    assertThat(rates.decisions()).isEqualTo(5);
    assertThat(rates.decisionsImplemented()).isEqualTo(1);
    assertThat(rates.decisionRate()).isEqualTo(20.0);
    assertThat(rates.decisionsClosed()).isEqualTo(1);
    assertThat(rates.decisionsOpen()).isEqualTo(3);
    assertThat(html.render(after)).as("the rest of the decisions: closed for good, or still open")
        .contains("সিদ্ধান্ত ১/৫ (২০.০%) — অবাস্তবায়িত হিসেবে বন্ধ ১, চলমান ৩; দপ্তর ২/৮ (২৫.০%)");
    assertThat(rates.officesAsked()).isEqualTo(8);
    assertThat(rates.officesDone()).isEqualTo(2);
    assertThat(rates.officeRate()).isEqualTo(25.0);
    assertThat(after.settled()).isFalse();

    // 03 never reached its lead; closed so, its row says that, not that it waits for the lead
    chair(decision(memoKey, 3), Map.of(CHAIR_DECISION, "close", CHAIR_REMARKS, "দায়িত্ব নির্ধারণ হয়নি"));
    String page = html.render(reports.of(memoKey));
    String three = page.substring(page.indexOf("data-decision=\"3\""), page.indexOf("data-decision=\"4\""));
    assertThat(three).contains("অবাস্তবায়িত হিসেবে বন্ধ", "কোনো দপ্তরকে অনুরোধের আগেই বন্ধ")
        .doesNotContain("গ্রহণের অপেক্ষায়");
  }

  /** A later date set by the lead while the chair had the decision ends its lateness: the review is withdrawn. */
  @Test
  void aLaterDateSetByTheLeadWhileTheChairHadIt_leavesTheDecisionInProgress() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".later");
    registration.register(meeting, false);
    ProcessInstance d3 = decision(meeting.memoKey(), 3);
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(d3);
    assertThat(reports.of(meeting.memoKey()).decisions().get(2).state()).isEqualTo(DecisionState.ESCALATED);

    accept(d3, "2024-03-31", List.of());
    runDueJobs(d3);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(d3.getId())
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_DECISION).count()).as("nothing left for the chair").isZero();
    assertThat(reports.of(meeting.memoKey()).decisions().get(2).state()).isEqualTo(DecisionState.IN_PROGRESS);
  }

  @Test
  void aDecisionWithItsUno_isShownSo_andTheUnosRemarksAreTheUnos() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".uno");
    registration.register(meeting, false);
    ProcessInstance d3 = decision(meeting.memoKey(), 3);
    accept(d3, "2024-01-30", List.of("up-kaliganj-sundarpur-durgapur"));
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(d3);
    assertThat(reports.of(meeting.memoKey()).decisions().get(2).state()).isEqualTo(DecisionState.WITH_UNO);
    // on the UNO's rung the decision is late: the committee's open decisions name who owes work, the union
    assertThat(openDecisions.of(meeting.committee())).filteredOn(d -> d.memoKey().equals(meeting.memoKey()))
        .filteredOn(d -> d.number() == 3).singleElement()
        .satisfies(d -> assertThat(d.overdueOffices()).singleElement().asString().contains("সুন্দরপুর"));
    // the union itself, which may not read the UNO's task, reads the same state: from the decision's history
    engine.getIdentityService().setAuthentication("union-clerk", List.of("up-kaliganj-sundarpur-durgapur"));
    try {
      assertThat(reports.of(meeting.memoKey()).decisions()).singleElement()
          .satisfies(d -> assertThat(d.state()).isEqualTo(DecisionState.WITH_UNO));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    engine.getTaskService().complete(task(d3, TASK_REVIEW_OVERDUE_OFFICE).getId(),
        Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন কর্মদিবসের মধ্যে দিন"));
    runDueJobs(d3);
    DecisionProgress three = reports.of(meeting.memoKey()).decisions().get(2);
    assertThat(three.state()).as("the UNO chose a letter: still on the first rung").isEqualTo(DecisionState.WITH_UNO);
    assertThat(three.state().bengali()).isEqualTo("ইউএনও-র নিকট উপস্থাপিত");
    assertThat(three.reviewer()).isEqualTo("ইউএনও");
    assertThat(html.render(reports.of(meeting.memoKey())))
        // the UNO named by its upazila, and dated: another UNO's remarks would stand beside it, not replace it
        .contains("<div class=\"chair\">উপজেলা নির্বাহী অফিসার, কালীগঞ্জ (৩১/০১/২০২৪): তিন কর্মদিবসের মধ্যে দিন</div>")
        .doesNotContain("সভাপতি: তিন", "<div class=\"chair\">ইউএনও:");

    // the UNO's week passes: the chair's review opens with an empty form, and the report keeps the UNO's remarks
    at(LocalDateTime.of(2024, 2, 8, 10, 0));
    runDueJobs(d3);
    assertThat(task(d3, TASK_REVIEW_OVERDUE_DECISION)).isNotNull();
    DecisionProgress withChair = reports.of(meeting.memoKey()).decisions().get(2);
    assertThat(withChair.state()).isEqualTo(DecisionState.ESCALATED);
    assertThat(withChair.chairRemarks()).isEqualTo("তিন কর্মদিবসের মধ্যে দিন");
    assertThat(withChair.reviewer()).isEqualTo("ইউএনও");
    chair(d3, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "2024-02-29", CHAIR_REMARKS, "শেষবারের মতো সময়"));
    assertThat(reports.of(meeting.memoKey()).decisions().get(2))
        .extracting(DecisionProgress::chairRemarks, DecisionProgress::reviewer)
        .containsExactly("শেষবারের মতো সময়", "সভাপতি");

    // late again: the UNO's review opens, the UNO lets it lapse, the chair's opens; the chair's remarks stand
    at(LocalDateTime.of(2024, 3, 3, 10, 0));
    runDueJobs(d3);
    assertThat(task(d3, TASK_REVIEW_OVERDUE_OFFICE)).isNotNull();
    at(LocalDateTime.of(2024, 3, 12, 10, 0));
    runDueJobs(d3);
    assertThat(task(d3, TASK_REVIEW_OVERDUE_DECISION)).as("the UNO's rung lapsed").isNotNull();
    assertThat(reports.of(meeting.memoKey()).decisions().get(2))
        .extracting(DecisionProgress::chairRemarks, DecisionProgress::reviewer)
        .containsExactly("শেষবারের মতো সময়", "সভাপতি");
  }

  /** An implementer the directory did not know: the secretary stands in as lead, but is not reported as the lead. */
  @Test
  void aDecisionWithAnUnknownImplementer_waitsForTheSecretaryToNameTheLead() throws Exception {
    at(REGISTERED);
    Meeting seed = seedAs(".unknown");
    bd.gov.followup.minutes.Decision four = seed.decisions().get(3);
    Meeting meeting = seed.withDecisions(List.of(new bd.gov.followup.minutes.Decision(four.number(), four.topic(),
        four.discussion(), four.text(), List.of("মঙ্গল গ্রহ দপ্তর"), four.deadline())));
    registration.register(meeting, false);

    DecisionProgress progress = reports.of(meeting.memoKey()).decisions().get(0);
    assertThat(progress.leadOffice()).isNull();
    String page = html.render(reports.of(meeting.memoKey()));
    assertThat(page).contains("সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায়")
        .doesNotContain("মূল দায়িত্ব:", "মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায়");
  }

  /** Five queries per meeting, however many decisions and offices: never one per decision or per variable. */
  @Test
  void fiveQueriesPerMeeting() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".queries");
    registration.register(meeting, false);
    accept(decision(meeting.memoKey(), 3), "2024-01-30", List.of()); // twelve offices
    accept(decision(meeting.memoKey(), 4), "2024-01-30", List.of());

    AtomicInteger queries = new AtomicInteger();
    HistoryService history = countingQueries(engine.getHistoryService(), HistoryService.class, queries);
    // the meeting is found through the registration: its query counts too
    MeetingRegistration finding = new MeetingRegistration(
        engine.getRuntimeService(), history, engine.getIdentityService(), directory, minutesVariable, objectMapper, jdbc);
    ProgressReports counted = new ProgressReports(
        history, minutesVariable, officeOptions, calendar, finding, objectMapper,
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    ProgressReport report = counted.of(meeting.memoKey());

    assertThat(report.rates().officesAsked()).isGreaterThan(20);
    assertThat(queries).hasValue(5);
  }

  @Autowired MinutesVariable minutesVariable;
  @Autowired OpenDecisions openDecisions;
  @Autowired bd.gov.followup.directory.OfficeDirectory directory;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired OfficeOptions officeOptions;
  @Autowired WorkingDayCalendar calendar;

  /** The service, counting every query it creates. */
  @SuppressWarnings("unchecked")
  static <T> T countingQueries(T service, Class<T> type, AtomicInteger count) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().startsWith("create") && method.getName().endsWith("Query")) {
            count.incrementAndGet();
          }
          try {
            return method.invoke(service, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void unknownMemoKey() {
    assertThatThrownBy(() -> reports.of("no.such.memo")).isInstanceOf(UnknownMeetingException.class);
    assertThat(reports.find("no.such.memo")).isEmpty();
  }
}

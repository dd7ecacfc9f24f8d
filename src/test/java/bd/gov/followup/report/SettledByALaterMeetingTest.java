package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.DecisionClosing;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a later meeting said of a decision is what its meeting's report and final counts say, also for decisions
 * that run on a process version from before the three settlements (every settlement ended there as "closed as not
 * implemented"; the settlement itself, closeKind, tells). A continued decision, and its offices, are counted under
 * the decision that continues it: a meeting whose decisions were all continued has no rate of its own, not 0 %.
 */
class SettledByALaterMeetingTest extends ReportTestSupport {

  /** the last decision process before the three settlements with a notice (PreviousVersionUpgradeTest's too) */
  static final String EARLIER_VERSION = "previous-versions/decision-followup-3a60eeb.bpmn";

  @Autowired DecisionClosing closing;
  @Autowired ProgressHtml html;
  @Autowired ProgressWorkbook workbook;

  Deployment earlier;

  @AfterEach
  void removeEarlierVersion() {
    if (earlier != null) {
      engine.getRepositoryService().deleteDeployment(earlier.getId(), true);
    }
  }

  /** The earlier decision process becomes the newest: the meetings registered now run their decisions on it. */
  void deployEarlierVersion() throws Exception {
    earlier = bd.gov.followup.workflow.EarlierProcessVersions.deploy(engine, EARLIER_VERSION);
  }

  @Test
  void decisionsOfAnEarlierVersion_areReportedAndCountedAsTheMeetingSettledThem() throws Exception {
    deployEarlierVersion();
    at(REGISTERED);
    Meeting meeting = seedAs(".earlier." + System.nanoTime());
    ProcessInstance meetingInstance = registration.register(meeting, false);
    ProcessInstance continued = decision(meeting.memoKey(), 2);
    assertThat(engine.getRepositoryService().getProcessDefinition(continued.getProcessDefinitionId())
        .getDeploymentId()).as("on the earlier version").isEqualTo(earlier.getId());
    accept(continued, "2024-01-30", List.of());
    int continuedOffices = reports.of(meeting.memoKey()).decisions().get(1).officesAsked();
    assertThat(continuedOffices).isPositive();

    settle(meeting, 1, DecisionClosing.Kind.IMPLEMENTED, "পরের সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত");
    settle(meeting, 2, DecisionClosing.Kind.CONTINUED, "পরের সভার সিদ্ধান্ত ০২-এ অব্যাহত");
    for (int number = 3; number <= 5; number++) {
      settle(meeting, number, DecisionClosing.Kind.NOT_IMPLEMENTED, "প্রয়োজন নেই");
    }

    ProgressReport report = reports.of(meeting.memoKey());
    assertThat(report.decisions()).extracting(DecisionProgress::state).containsExactly(
        DecisionState.IMPLEMENTED, DecisionState.CONTINUED, DecisionState.CLOSED_NOT_IMPLEMENTED,
        DecisionState.CLOSED_NOT_IMPLEMENTED, DecisionState.CLOSED_NOT_IMPLEMENTED);
    ProgressReport.Rates rates = report.rates();
    assertThat(List.of(rates.decisionsImplemented(), rates.decisionsCounted(), rates.decisionsContinued()))
        .containsExactly(1, 4, 1);
    assertThat(rates.decisionRate()).isEqualTo(25.0);
    assertThat(rates.officesAsked()).as("the continued decision's offices are counted where it continues")
        .isZero();
    assertThat(html.render(report)).contains("বাস্তবায়িত হিসেবে নিষ্পত্তির ভিত্তি: পরের সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত");

    runDueJobs(meetingInstance); // the final report is compiled after the last decision's commit
    assertThat(meetingVariable(meetingInstance, DECISIONS_IMPLEMENTED)).isEqualTo(1);
    assertThat(meetingVariable(meetingInstance, DECISIONS_CONTINUED)).isEqualTo(1);
    assertThat(meetingVariable(meetingInstance, DECISIONS_CLOSED)).isEqualTo(3);
    assertThat(meetingVariable(meetingInstance, IMPLEMENTATION_RATE)).isEqualTo(25.0);
  }

  /**
   * A decision the later meeting declared implemented was not decided by its offices' reports: its offices stay out
   * of the office rate, which otherwise read 0 % beside a decision done.
   */
  @Test
  void aDecisionDeclaredImplemented_leavesItsOfficesOutOfTheOfficeRate() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".declared." + System.nanoTime());
    registration.register(meeting, false);
    ProcessInstance declared = decision(meeting.memoKey(), 1);
    accept(declared, "2024-01-30", List.of());
    assertThat(reports.of(meeting.memoKey()).decisions().get(0).officesAsked()).isEqualTo(3);
    ProcessInstance fifth = decision(meeting.memoKey(), 5);
    accept(fifth, "2024-01-30", List.of());
    report(fifth, "programmer-ict", "জেলা পোর্টালের সকল তথ্য হালনাগাদ", "");
    verify(fifth, "programmer-ict", VERDICT_ACCEPTED, "");

    settle(meeting, 1, DecisionClosing.Kind.IMPLEMENTED, "পরের সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত");

    ProgressReport report = reports.of(meeting.memoKey());
    ProgressReport.Rates rates = report.rates();
    assertThat(List.of(rates.decisionsImplemented(), rates.decisionsDeclaredImplemented(), rates.officesAsked(),
        rates.officesDone())).containsExactly(2, 1, 1, 1);
    assertThat(html.render(report)).contains("দপ্তর ১/১ (", "(সভার ঘোষণায় বাস্তবায়িত ১টি সিদ্ধান্তের দপ্তর হারের বাইরে)");
  }

  /**
   * The spreadsheet says, as the page does, that the offices of a decision a later meeting declared implemented are
   * out of the office rate: its progress sheet lists them, and its rates sheet's count of offices asked did not add up
   * with no word why.
   */
  @Test
  void aDecisionDeclaredImplemented_isNamedOutOfTheOfficeRate_inTheSpreadsheetToo() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".declared-xlsx." + System.nanoTime());
    registration.register(meeting, false);
    accept(decision(meeting.memoKey(), 1), "2024-01-30", List.of());
    accept(decision(meeting.memoKey(), 5), "2024-01-30", List.of());
    settle(meeting, 1, DecisionClosing.Kind.IMPLEMENTED, "পরের সভার সিদ্ধান্ত ০১ অনুযায়ী বাস্তবায়িত");

    ProgressReport report = reports.of(meeting.memoKey());
    assertThat(html.render(report)).contains("(সভার ঘোষণায় বাস্তবায়িত ১টি সিদ্ধান্তের দপ্তর হারের বাইরে)");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    workbook.write(report, out);
    try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      Map<String, String> cells = new java.util.HashMap<>();
      read.getSheet(ProgressWorkbook.RATES_SHEET).forEach(row -> cells.put(row.getCell(0).getStringCellValue(),
          new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1))));
      assertThat(cells.get("অনুরোধকৃত দপ্তর")).isEqualTo("1");
      assertThat(cells).containsEntry("সভার ঘোষণায় বাস্তবায়িত সিদ্ধান্ত (এর দপ্তর হারের বাইরে)", "1");
    }
  }

  /**
   * Every decision declared implemented by the next meeting after its offices were asked: the office rate has nothing
   * to count, but the final report must not tell the chair that no office was ever asked for information.
   */
  @Test
  void officesAskedOnDecisionsAllDeclaredImplemented_areNotReportedAsNeverAsked() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".all-declared." + System.nanoTime());
    registration.register(meeting, false);
    ProcessInstance fifth = decision(meeting.memoKey(), 5);
    accept(fifth, "2024-01-30", List.of());
    report(fifth, "programmer-ict", "জেলা পোর্টালের সকল তথ্য হালনাগাদ", "");
    for (int number = 1; number <= 5; number++) {
      settle(meeting, number, DecisionClosing.Kind.IMPLEMENTED, "পরের সভায় বাস্তবায়িত ঘোষিত");
    }
    ProgressReport report = reports.of(meeting.memoKey());
    assertThat(report.rates().officeRate()).as("nothing the rate counts").isNull();

    String rates = html.render(report).replaceAll("(?s).*<div class=\"rates\">(.*?)</div>.*", "$1");
    assertThat(rates).doesNotContain("তথ্য চাওয়া হয়নি")
        .contains("সভার ঘোষণায় বাস্তবায়িত ৫টি সিদ্ধান্তের দপ্তর হারের বাইরে");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    workbook.write(report, out);
    try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      Map<String, String> cells = new java.util.HashMap<>();
      read.getSheet(ProgressWorkbook.RATES_SHEET).forEach(row -> cells.put(row.getCell(0).getStringCellValue(),
          new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1))));
      assertThat(cells.get("দপ্তরের কাজ সম্পন্নের হার (%)")).startsWith("—").doesNotContain("তথ্য চাওয়া হয়নি")
          .contains("সভার ঘোষণায় বাস্তবায়িত ৫টি সিদ্ধান্তের দপ্তর হারের বাইরে");
    }
  }

  @Test
  void aMeetingWhoseDecisionsWereAllContinued_hasNoRateOfItsOwn() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".continued." + System.nanoTime());
    ProcessInstance meetingInstance = registration.register(meeting, false);
    for (int number = 1; number <= 5; number++) {
      settle(meeting, number, DecisionClosing.Kind.CONTINUED, "পরের সভার সিদ্ধান্তে অব্যাহত");
    }
    String page = html.render(reports.of(meeting.memoKey()));
    assertThat(page).contains("সিদ্ধান্ত — (পরবর্তী সভার সিদ্ধান্তে অব্যাহত ৫টি হারের বাইরে)")
        .doesNotContain("সিদ্ধান্ত ০/০");
    runDueJobs(meetingInstance);
    assertThat(meetingVariable(meetingInstance, DECISIONS_CONTINUED)).isEqualTo(5);
    assertThat(meetingVariable(meetingInstance, IMPLEMENTATION_RATE)).as("no rate, not 0 %").isNull();
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  /**
   * The spreadsheet the offices edit further and the JSON say what the page says: no rate of the meeting's own (every
   * decision continued), and none of offices (none was asked) — not 0 %, which reads as nothing done.
   */
  @Test
  void aMeetingWhoseDecisionsWereAllContinued_hasNoRateInTheSpreadsheetOrTheJsonEither() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".continued-outputs." + System.nanoTime());
    registration.register(meeting, false);
    for (int number = 1; number <= 5; number++) {
      settle(meeting, number, DecisionClosing.Kind.CONTINUED, "পরের সভার সিদ্ধান্তে অব্যাহত");
    }
    ProgressReport report = reports.of(meeting.memoKey());
    assertThat(html.render(report)).contains("সিদ্ধান্ত — (", "দপ্তর — (");

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    workbook.write(report, out);
    try (var read = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      Map<String, String> rates = new java.util.HashMap<>();
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      read.getSheet(ProgressWorkbook.RATES_SHEET).forEach(row ->
          rates.put(row.getCell(0).getStringCellValue(), format.formatCellValue(row.getCell(1))));
      assertThat(rates.get("সিদ্ধান্ত বাস্তবায়নের হার (%)")).startsWith("—");
      assertThat(rates.get("দপ্তরের কাজ সম্পন্নের হার (%)")).startsWith("—");
      assertThat(rates.get("পরবর্তী সভার সিদ্ধান্তে অব্যাহত (হারের বাইরে)")).isEqualTo("5");
    }

    String secretary = user("continued-secretary", "programmer-ict");
    String json = org.springframework.test.web.reactive.server.WebTestClient.bindToServer(
            new org.springframework.http.client.reactive.JdkClientHttpConnector(java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()))
        .baseUrl("http://localhost:" + port).build()
        .get().uri("/api/meetings/{memoKey}/progress", meeting.memoKey()).header("Authorization", basic(secretary))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    var rates = objectMapper.readTree(json).get("rates");
    assertThat(rates.has("decisionRate")).as("said, as null").isTrue();
    assertThat(rates.get("decisionRate").isNull()).as("decisionRate: " + rates).isTrue();
    assertThat(rates.get("officeRate").isNull()).as("officeRate: " + rates).isTrue();
    assertThat(rates.get("decisionsContinued").asInt()).isEqualTo(5);
  }

  private void settle(Meeting meeting, int number, DecisionClosing.Kind kind, String reason) {
    assertThat(closing.close(decision(meeting.memoKey(), number).getId(), reason, null, "reason", "সদস্য-সচিব", kind))
        .isTrue();
  }

  private Object meetingVariable(ProcessInstance meeting, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(meeting.getId()).variableName(name).singleResult();
    assertThat(variable).as(name).isNotNull();
    return variable.getValue();
  }
}

package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bd.gov.followup.minutes.Meeting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The same report as a printable page, as a spreadsheet and over the API, asked of the running server over real
 * HTTP with HTTP Basic.
 */
class ProgressOutputsTest extends ReportTestSupport {

  @Autowired ProgressHtml html;
  @Autowired ProgressWorkbook workbook;
  @Autowired OpenDecisions openDecisions;
  @Autowired bd.gov.followup.workflow.DecisionClosing closing;
  /** the JDK's HttpClient, HTTP/1.1 */
  private static final JdkClientHttpConnector CONNECTOR = new JdkClientHttpConnector(java.net.http.HttpClient
      .newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
      .connectTimeout(java.time.Duration.ofSeconds(10)).build());

  @LocalServerPort int port;
  /** a client of the running server */
  WebTestClient http;

  String memoKey;
  /** the committee's secretary: may read every office's work */
  String secretary;

  /** decision 05 implemented; decision 01: AC (ICT) verified, AC (Education) sent back, the programmer silent */
  @BeforeEach
  void meetingUnderWay() throws Exception {
    // the committee's open decisions hold every meeting the shared context's tests registered: past WebTestClient's
    // 256 KB default in a full build, however small the test's own
    http = WebTestClient.bindToServer(CONNECTOR)
        .baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofSeconds(60))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    secretary = user("report-secretary", "programmer-ict");
    at(REGISTERED);
    Meeting meeting = seedAs(".outputs." + System.nanoTime());
    memoKey = meeting.memoKey();
    registration.register(meeting, false);
    ProcessInstance d5 = decision(memoKey, 5);
    accept(d5, "2024-01-30", List.of());
    report(d5, "programmer-ict", "জেলা পোর্টালের সকল তথ্য হালনাগাদ", "নিয়মিত হালনাগাদ চলবে");
    verify(d5, "programmer-ict", VERDICT_ACCEPTED, "");
    ProcessInstance d1 = decision(memoKey, 1);
    accept(d1, "2024-01-30", List.of());
    report(d1, "ac-ict", "আইসিটি শাখার তথ্য হালনাগাদ", "");
    verify(d1, "ac-ict", VERDICT_ACCEPTED, "");
    report(d1, "ac-education", "শিক্ষা শাখার কিছু তথ্য <b>", "বাকি তথ্য সংগ্রহ চলছে");
    verify(d1, "ac-education", VERDICT_RETURNED, "প্রতিষ্ঠান তালিকার লিংক নেই");
    at(LocalDateTime.of(2024, 1, 15, 11, 30));
  }

  @Test
  void htmlHasOneRowPerDecisionInBengali() {
    // decision 04's lead hands it back: until the secretary names another, nobody is to accept it
    engine.getTaskService().complete(task(decision(memoKey, 4), TASK_ASSIGN_IMPLEMENTER).getId(),
        Map.of(LEAD_DECLINED, true, DECLINE_REASON, "আমাদের দপ্তরের কাজ নয়"));
    String page = html.render(reports.of(memoKey));

    assertThat(page).contains("<html lang=\"bn\">", "<meta charset=\"utf-8\">",
        "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি", "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি",
        "০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ / ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");
    assertThat(page).contains("<th>ক্র</th><th>সিদ্ধান্ত</th><th>বাস্তবায়নকারী</th><th>অগ্রগতি</th><th>মন্তব্য</th>");
    assertThat(page).contains("@page { size: A4", "table-layout: fixed", "overflow-wrap: anywhere");
    // the column widths fill the page exactly: nothing is pushed past the right margin
    Matcher widths = Pattern.compile("col\\.\\w+ \\{ width: (\\d+)%; \\}").matcher(page);
    int total = 0;
    while (widths.find()) {
      total += Integer.parseInt(widths.group(1));
    }
    assertThat(total).isEqualTo(100);

    List<String> rows = rows(page);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).contains("<td class=\"serial\">১</td>", "সিদ্ধান্ত ০১",
        "সময়সীমা: ৩০/০১/২০২৪ খ্রি. (১৬ মাঘ ১৪৩০ বঙ্গাব্দ)",
        "সহকারী কমিশনার (আইসিটি)", "বাস্তবায়নাধীন", "১/৩ দপ্তরের কাজ যাচাইকৃত", "২ দপ্তর প্রতিবেদন দিয়েছে",
        "যাচাইকৃত", "দাখিল হয়নি", "ফেরত", "https://ac-ict.jhenaidah.gov.bd/",
        "প্রতিষ্ঠান তালিকার লিংক নেই", "বাকি তথ্য সংগ্রহ চলছে");
    assertThat(rows.get(0)).as("office text is escaped").contains("কিছু তথ্য &lt;b&gt;").doesNotContain("তথ্য <b>");
    assertThat(rows.get(4)).contains("<td class=\"serial\">৫</td>", "বাস্তবায়িত", "১/১ দপ্তরের কাজ যাচাইকৃত");
    assertThat(rows.get(2)).contains("মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায়");
    assertThat(rows.get(3)).contains("সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায়")
        .doesNotContain("মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায়")
        .as("who handed it back, and why: the next meeting asks them")
        .contains("মূল বাস্তবায়নকারী ফেরত দিয়েছে: ", " — আমাদের দপ্তরের কাজ নয় (১৫/০১/২০২৪)");
    assertThat(page).contains("সিদ্ধান্ত ১/৫ (২০.০%)", "দপ্তর ২/৪ (৫০.০%)",
        "প্রতিবেদন প্রস্তুতের সময়: ১৫ জানুয়ারি ২০২৪ খ্রিস্টাব্দ / ১ মাঘ ১৪৩০ বঙ্গাব্দ, ১১:৩০");
    assertThat(page).doesNotContainPattern("<td[^>]*>[^<]*[0-9]");
    assertThat(page).contains("স্মারক নং: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯.outputs.");
  }

  /** Past the deadline, each open decision says how long ago it passed; a settled one does not. */
  @Test
  void anOpenDecisionPastItsDeadline_saysHowLongAgo() {
    at(LocalDateTime.of(2024, 3, 1, 10, 0));
    List<String> rows = rows(html.render(reports.of(memoKey)));
    assertThat(rows.get(0)).as("30/01/2024 to 01/03/2024").contains("সময়সীমা পেরিয়েছে ৩১ দিন আগে");
    assertThat(rows.get(4)).as("implemented").contains("বাস্তবায়িত").doesNotContain("সময়সীমা পেরিয়েছে");
    at(LocalDateTime.of(2024, 1, 30, 16, 0));
    assertThat(html.render(reports.of(memoKey))).as("on the deadline's day").doesNotContain("সময়সীমা পেরিয়েছে");
  }

  /** The review removed decision 01: the rows keep the minutes' numbers, so that ক্র ৩ is never decision ০৪. */
  @Test
  void aMeetingWithoutItsFirstDecision_numbersItsRowsAsTheMinutes() throws Exception {
    Meeting seed = seedAs(".gap." + System.nanoTime());
    Meeting reviewed = seed.withDecisions(seed.decisions().subList(1, seed.decisions().size()));
    registration.register(reviewed, false);
    List<String> rows = rows(html.render(reports.of(reviewed.memoKey())));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).contains("<td class=\"serial\">২</td>", "সিদ্ধান্ত ০২");
    assertThat(rows.get(3)).contains("<td class=\"serial\">৫</td>", "সিদ্ধান্ত ০৫");
  }

  /** Closed while a report waited for its verifier: the page says nobody verifies it any more, not that it waits. */
  @Test
  void aReportLeftUnverifiedByTheClosing_isNotShownAsWaiting() {
    ProcessInstance d1 = decision(memoKey, 1);
    report(d1, "programmer-ict", "পোর্টাল হালনাগাদ", "");
    closing.close(d1.getId(), "পরবর্তী সভায় নতুন সিদ্ধান্ত", null, "reason");
    String row = rows(html.render(reports.of(memoKey))).get(0);
    assertThat(row).contains("অবাস্তবায়িত হিসেবে বন্ধ", "দাখিল, যাচাইয়ের আগেই সিদ্ধান্ত বন্ধ", "<i>ফেরত</i>")
        .doesNotContain("যাচাই অপেক্ষমাণ");
  }

  @Test
  void aLinkThatIsNotAWebLink_isShownAsTextOnly() throws Exception {
    // the report form refuses anything but http(s); a variable set over REST is not checked by the form
    org.camunda.bpm.engine.task.Task returned = educationsReportTask();
    engine.getTaskService().setVariable(returned.getId(), EVIDENCE_LINK, "javascript:alert(document.cookie)");

    String row = rows(html.render(reports.of(memoKey))).get(0);
    assertThat(row).contains("javascript:alert(document.cookie)").doesNotContain("href=\"javascript")
        .contains("<a href=\"https://ac-ict.jhenaidah.gov.bd/\">");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    workbook.write(reports.of(memoKey), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      // the offices' https links are links; the javascript: one is in its cell as text, not as a link
      assertThat(book.getSheetAt(0).getHyperlinkList()).extracting(h -> h.getAddress())
          .containsExactlyInAnyOrder("https://ac-ict.jhenaidah.gov.bd/", "https://programmer-ict.jhenaidah.gov.bd/")
          .noneSatisfy(address -> assertThat(address).containsIgnoringCase("javascript"));
    }
  }

  /** AC (Education)'s report task on decision 01, open again after its report was sent back. */
  private org.camunda.bpm.engine.task.Task educationsReportTask() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(memoKey + "/01")
        .taskDefinitionKey(TASK_REPORT_UPDATE).list().stream()
        .filter(t -> "ac-education".equals(engine.getTaskService().getVariable(t.getId(), OFFICE)))
        .findFirst().orElseThrow();
  }

  /** An office's text that starts like a formula stays text, also once someone edits its cell in the workbook. */
  @Test
  void aReportThatLooksLikeAFormula_staysText() throws Exception {
    org.camunda.bpm.engine.task.Task report = educationsReportTask();
    engine.getTaskService().setVariable(report.getId(), UPDATE_SUMMARY, "=HYPERLINK(\"https://evil.example\",\"দেখুন\")");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    workbook.write(reports.of(memoKey), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      Sheet sheet = book.getSheet(ProgressWorkbook.PROGRESS_SHEET);
      org.apache.poi.ss.usermodel.Cell formula = sheet.getRow(3).getCell(10);
      assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK(");
      assertThat(formula.getCellStyle().getQuotePrefixed()).as("quote-prefixed").isTrue();
      assertThat(sheet.getRow(1).getCell(10).getCellStyle().getQuotePrefixed()).as("other text as it is").isFalse();
    }
  }

  @Test
  void aReportLongerThanASpreadsheetCell_isCutThere_andTheRestOfTheWorkbookIsWritten() throws Exception {
    // 40,000 characters: the stored text keeps them all (db.LongStringSerializer); Excel's cell holds 32,767
    org.camunda.bpm.engine.task.Task report = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(memoKey + "/01")
        .taskDefinitionKey(TASK_REPORT_UPDATE).list().stream()
        .filter(t -> "ac-education".equals(engine.getTaskService().getVariable(t.getId(), OFFICE)))
        .findFirst().orElseThrow();
    engine.getTaskService().setVariable(report.getId(), UPDATE_SUMMARY, "ক".repeat(40_000));

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    workbook.write(reports.of(memoKey), xlsx);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      String cell = book.getSheet(ProgressWorkbook.PROGRESS_SHEET).getRow(3).getCell(10).getStringCellValue();
      assertThat(cell).hasSize(32_767).startsWith("কককক").endsWith(ProgressWorkbook.CUT_MARK);
      assertThat(book.getSheet(ProgressWorkbook.PROGRESS_SHEET).getLastRowNum()).isEqualTo(7);
    }
    assertThat(html.render(reports.of(memoKey))).as("the printable page has it whole").contains("ক".repeat(40_000));
  }

  @Test
  void spreadsheetHasOneRowPerDecisionAndOffice() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(reports.of(memoKey), out);

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = read.getSheet(ProgressWorkbook.PROGRESS_SHEET);
      DataFormatter format = new DataFormatter();
      assertThat(format.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("সিদ্ধান্ত নং");
      // decision 01: three offices; 02, 03, 04: no office asked yet, one row each; 05: one office
      assertThat(sheet.getLastRowNum()).isEqualTo(3 + 3 + 1);
      List<String> offices = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        offices.add((int) row.getCell(0).getNumericCellValue() + ":" + format.formatCellValue(row.getCell(7)));
      }
      assertThat(offices).containsExactly(
          "1:programmer-ict", "1:ac-ict", "1:ac-education", "2:", "3:", "4:", "5:programmer-ict");
      Row education = sheet.getRow(3);
      assertThat(education.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 30));
      assertThat(education.getCell(5).getStringCellValue()).isEqualTo("বাস্তবায়নাধীন");
      assertThat(education.getCell(8).getStringCellValue()).isEqualTo("হ্যাঁ");
      assertThat(education.getCell(9).getStringCellValue()).isEqualTo("না");
      assertThat(education.getCell(11).getStringCellValue()).isEqualTo("https://ac-education.jhenaidah.gov.bd/");
      assertThat(education.getCell(11).getHyperlink().getAddress()).isEqualTo("https://ac-education.jhenaidah.gov.bd/");
      assertThat(education.getCell(13).getStringCellValue()).isEqualTo("প্রতিষ্ঠান তালিকার লিংক নেই");
      assertThat(sheet.getRow(7).getCell(9).getStringCellValue()).isEqualTo("হ্যাঁ");
      Sheet rates = read.getSheet(ProgressWorkbook.RATES_SHEET);
      assertThat(rates.getRow(4).getCell(1).getNumericCellValue()).as("implemented").isEqualTo(1.0);
      assertThat(rates.getRow(5).getCell(1).getNumericCellValue()).as("closed").isEqualTo(0.0);
      assertThat(rates.getRow(6).getCell(1).getNumericCellValue()).as("open").isEqualTo(4.0);
      assertThat(rates.getRow(7).getCell(0).getStringCellValue()).startsWith("পরবর্তী সভার সিদ্ধান্তে অব্যাহত");
      assertThat(rates.getRow(7).getCell(1).getNumericCellValue()).as("continued").isEqualTo(0.0);
      assertThat(rates.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(20.0);
      assertThat(rates.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(50.0);
      assertThat(rates.getRow(12).getCell(0).getStringCellValue()).isEqualTo("প্রতিবেদন প্রস্তুতের সময়");
      assertThat(rates.getRow(12).getCell(1).getStringCellValue()).as("when it was prepared, in Bengali digits")
          .matches(".*[০-৯].*").doesNotContainPattern("[0-9]");
      assertThat(rates.getRow(13).getCell(1).getStringCellValue()).isEqualTo("চলমান");
    }
  }

  /**
   * When the report was drawn up, with Dhaka's offset in the JSON: a client reads the other timestamps of the API as
   * instants, and this one read as UTC was six hours off. The page and the spreadsheet print Dhaka's time, as before.
   */
  @Test
  void theJsonSaysWhenTheReportWasDrawnUp_withDhakasOffset() throws Exception {
    String json = http.get().uri("/api/meetings/{memoKey}/progress", memoKey).header("Authorization", basic(secretary))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    String asOf = objectMapper.readTree(json).get("asOf").asText();
    assertThat(asOf).endsWith("+06:00");
    assertThat(java.time.OffsetDateTime.parse(asOf).toInstant())
        .isEqualTo(LocalDateTime.of(2024, 1, 15, 11, 30).atZone(java.time.ZoneId.of("Asia/Dhaka")).toInstant());

    ProgressReport report = reports.of(memoKey);
    assertThat(html.render(report)).contains("প্রতিবেদন প্রস্তুতের সময়: ১৫ জানুয়ারি ২০২৪ খ্রিস্টাব্দ / ১ মাঘ ১৪৩০ বঙ্গাব্দ, ১১:৩০");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(report, out);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(read.getSheet(ProgressWorkbook.RATES_SHEET).getRow(12).getCell(1).getStringCellValue())
          .isEqualTo("১৫ জানুয়ারি ২০২৪ খ্রিস্টাব্দ / ১ মাঘ ১৪৩০ বঙ্গাব্দ, ১১:৩০");
    }
  }

  @Test
  void apiServesJsonHtmlAndXlsx() throws Exception {
    http.get().uri("/api/meetings/{memoKey}/progress", memoKey).header("Authorization", basic(secretary)).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.memoKey").isEqualTo(memoKey)
        .jsonPath("$.decisions.length()").isEqualTo(5)
        .jsonPath("$.decisions[0].state").isEqualTo("IN_PROGRESS")
        .jsonPath("$.decisions[0].deadline").isEqualTo("2024-01-30")
        .jsonPath("$.decisions[0].offices[1].verified").isEqualTo(true)
        .jsonPath("$.decisions[4].state").isEqualTo("IMPLEMENTED")
        .jsonPath("$.rates.decisionRate").isEqualTo(20.0)
        .jsonPath("$.rates.officeRate").isEqualTo(50.0);
    http.get().uri("/api/meetings/{memoKey}/progress.html", memoKey).header("Authorization", basic(secretary))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        // the page's encoding: over HTTP, the charset of its Content-Type
        .expectHeader().value("Content-Type", type -> assertThat(MediaType.parseMediaType(type).getCharset())
            .isEqualTo(StandardCharsets.UTF_8))
        // shown in the browser to print; saved as a file under its name
        .expectHeader().valueEquals("Content-Disposition",
            "inline; filename=\"progress-" + memoKey + ".html\"; filename*=UTF-8''progress-" + memoKey + ".html")
        // the page's inline style, nothing more: no script, image or frame of anyone's
        .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
        .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
        .expectBody(String.class).value(org.hamcrest.Matchers.containsString(ProgressHtml.TITLE));
    byte[] xlsx = http.get().uri("/api/meetings/{memoKey}/progress.xlsx", memoKey)
        .header("Authorization", basic(secretary)).exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(ProgressWorkbook.CONTENT_TYPE)
        // a plain name for every client (curl -OJ, browsers), the exact one for those that read filename*
        .expectHeader().valueEquals("Content-Disposition",
            "attachment; filename=\"progress-" + memoKey + ".xlsx\"; filename*=UTF-8''progress-" + memoKey + ".xlsx")
        .expectBody().returnResult().getResponseBody();
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(read.getSheet(ProgressWorkbook.PROGRESS_SHEET).getLastRowNum()).isEqualTo(7);
    }
  }

  /**
   * A memo key with a letter that is not ASCII (memo numbers are written by hand): the plain name has "_" in its
   * place, filename* keeps it, percent-encoded as UTF-8 (RFC 6266, RFC 5987); never an RFC 2047 "=?UTF-8?Q?…?=" word,
   * which curl -OJ and some browsers would save the file under.
   */
  @Test
  void downloadsOfAMemoKeyWithBengaliLetters_keepAPlainNameAndTheExactOne() throws Exception {
    Meeting meeting = seedAs("/ক." + System.nanoTime());
    String key = meeting.memoKey();
    assertThat(key).contains("-ক.");
    registration.register(meeting, false);
    String plain = key.replace("ক", "_");
    String exact = key.replace("ক", "%E0%A6%95");
    for (String[] download : new String[][] {{".xlsx", "attachment"}, {".html", "inline"}}) {
      String header = http.get().uri("/api/meetings/{memoKey}/progress" + download[0], key)
          .header("Authorization", basic(secretary)).exchange()
          .expectStatus().isOk()
          .returnResult(byte[].class).getResponseHeaders().getFirst("Content-Disposition");
      assertThat(header).isEqualTo(download[1] + "; filename=\"progress-" + plain + download[0]
          + "\"; filename*=UTF-8''progress-" + exact + download[0]);
      assertThat(header).doesNotContain("=?");
    }
  }

  @Test
  void unknownMemoKeyIsAProblemDetail() throws Exception {
    for (String suffix : List.of("", ".html", ".xlsx")) {
      http.get().uri("/api/meetings/{memoKey}/progress" + suffix, "99.99.no.such.memo")
          .header("Authorization", basic(secretary)).accept(MediaType.ALL).exchange()
          .expectStatus().isNotFound()
          .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.status").isEqualTo(404)
          .jsonPath("$.title").isEqualTo("Meeting not found")
          .jsonPath("$.memoKey").isEqualTo("99.99.no.such.memo");
    }
    http.get().uri("/api/committees/{id}/open-decisions", "কোনো কমিটি নয়")
        .header("Authorization", basic(secretary)).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void committeeOpenDecisionsOldestDeadlineFirst() throws Exception {
    // a later meeting of the same committee with an earlier deadline for its decisions
    Meeting seed = seedAs(".outputs.next." + System.nanoTime());
    Meeting next = new Meeting(seed.committee(), seed.office(), seed.chair(), LocalDate.of(2023, 12, 17), seed.time(),
        seed.place(), seed.memoNumber(), seed.issueDate(), null, seed.signatories(), seed.distribution(),
        seed.decisions(), LocalDate.of(2024, 1, 10));
    registration.register(next, false);

    List<OpenDecision> open = openDecisions.of(seed.committee());
    List<OpenDecision> ours = open.stream()
        .filter(d -> d.memoKey().equals(memoKey) || d.memoKey().equals(next.memoKey()))
        .toList();
    assertThat(ours).extracting(d -> d.memoKey().equals(memoKey) ? "first/" + d.number() : "next/" + d.number())
        .containsExactly("next/1", "next/2", "next/3", "next/4", "next/5", "first/1", "first/2", "first/3", "first/4");
    assertThat(open).extracting(OpenDecision::deadline).isSortedAccordingTo(LocalDate::compareTo);
    // the next meeting's deadline (10 Jan) has passed on 15 Jan: its offices are overdue; not yet for the first
    assertThat(ours.get(0).state()).isEqualTo(DecisionState.OVERDUE);
    assertThat(ours.get(0).overdueOffices()).as("not yet accepted: the lead owes the acceptance").singleElement()
        .asString().startsWith("প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর");
    assertThat(ours.get(5).overdueOffices()).isEmpty();
    // at the first meeting's deadline: decision 01's AC (Education) report was sent back, its AC (ICT) verified,
    // its secretary's not in: the two that owe work, not the one whose report waits for its verifier
    at(LocalDateTime.of(2024, 2, 1, 11, 0));
    ProcessInstance d1 = decision(memoKey, 1);
    report(d1, "programmer-ict", "হালনাগাদ", "");
    OpenDecision first1 = openDecisions.of(seed.committee()).stream()
        .filter(d -> d.memoKey().equals(memoKey) && d.number() == 1).findFirst().orElseThrow();
    assertThat(first1.overdueOffices()).singleElement().asString().startsWith("সহকারী কমিশনার (শিক্ষা)");
    at(LocalDateTime.of(2024, 1, 15, 11, 30));

    http.get().uri("/api/committees/{id}/open-decisions", seed.committee())
        .header("Authorization", basic(secretary)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$[0].deadline").isEqualTo("2024-01-10");
  }

  /**
   * A late decision whose lead handed it back has no lead until the secretary names one: the committee's open
   * decisions name the secretary, as such, as the one who owes the next step (not nobody), and the page and the
   * spreadsheet name the same office.
   */
  @Test
  void aLateDecisionWithoutALead_namesTheSecretaryAsWhoOwesTheNextStep() throws Exception {
    engine.getTaskService().complete(task(decision(memoKey, 4), TASK_ASSIGN_IMPLEMENTER).getId(),
        Map.of(LEAD_DECLINED, true, DECLINE_REASON, "আমাদের দপ্তরের কাজ নয়"));
    at(LocalDateTime.of(2024, 2, 1, 11, 0));
    String secretaryName = "প্রোগ্রামার, তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়, ঝিনাইদহ";
    ProgressReport report = reports.of(memoKey);

    OpenDecision four = openDecisions.of(report.committee()).stream()
        .filter(d -> d.memoKey().equals(memoKey) && d.number() == 4).findFirst().orElseThrow();
    assertThat(four.state()).isEqualTo(DecisionState.OVERDUE);
    assertThat(four.overdueOffices()).containsExactly(secretaryName + " (সদস্য-সচিব: মূল বাস্তবায়নকারী নির্ধারণ বাকি)");

    String waiting = "সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায় — সদস্য-সচিব: " + secretaryName;
    assertThat(rows(html.render(report)).get(3)).contains(waiting);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(report, out);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row row = read.getSheet(ProgressWorkbook.PROGRESS_SHEET).getRow(6); // 1: three offices; 2, 3, 4: a row each
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(4.0);
      assertThat(row.getCell(ProgressWorkbook.HEADERS.indexOf("দপ্তরের অবস্থা")).getStringCellValue()).isEqualTo(waiting);
    }
  }

  /**
   * /api needs a login; an office asked about none of the meeting's decisions (Kaliganj: decision 03 is not accepted
   * yet) cannot read the meeting's history, so for it the meeting does not exist. ProgressAccessTest has an office
   * that takes part.
   */
  @Test
  void onlyTheCommitteeRolesSeeTheReport() throws Exception {
    http.get().uri("/api/meetings/{memoKey}/progress", memoKey).exchange().expectStatus().isUnauthorized();
    String office = user("report-uno-kaliganj", "uno-kaliganj");
    http.get().uri("/api/meetings/{memoKey}/progress", memoKey).header("Authorization", basic(office)).exchange()
        .expectStatus().isNotFound();
    String chair = user("report-chair", "adc-edu-ict");
    http.get().uri("/api/meetings/{memoKey}/progress", memoKey).header("Authorization", basic(chair)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.decisions[4].offices[0].verified").isEqualTo(true);
  }

  /** Headless Chromium; the test is skipped without it, unless CHROMIUM_REQUIRED=true (CI), where that fails it. */
  static Path chromiumOrSkip() {
    Path chromium = java.util.stream.Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (chromium == null && Boolean.parseBoolean(System.getenv("CHROMIUM_REQUIRED"))) {
      throw new AssertionError("CHROMIUM_REQUIRED=true but headless Chromium is not installed");
    }
    assumeTrue(chromium != null, "headless Chromium is not installed");
    return chromium;
  }

  /**
   * Headless Chromium (skipped where it is not installed, unless CHROMIUM_REQUIRED=true, as CI sets it) lays the page out at the width of an A4 page's printable
   * area (210 mm less 2 × 12 mm margins = 186 mm = 703 CSS px): the table must not be wider than the page and no
   * cell may overflow, even with a long unbroken evidence link; then it prints the page to PDF.
   */
  @Test
  void printsOnA4WithoutCutColumns() throws Exception {
    Path chromium = chromiumOrSkip();
    String longLink = "https://jhenaidah.gov.bd/site/page/" + "a1b2c3d4e5".repeat(12);
    ProcessInstance d1 = decision(memoKey, 1);
    engine.getTaskService().complete(task(d1, TASK_REPORT_UPDATE, "ac-education").getId(), Map.of(
        UPDATE_SUMMARY, "প্রতিষ্ঠান তালিকাসহ সকল তথ্য হালনাগাদ", EVIDENCE_LINK, longLink, REMARKS, ""));
    runDueJobs(d1);

    String probe = """
        <script>window.addEventListener('load', () => {
          const table = document.querySelector('table.progress');
          let overflow = 0;
          table.querySelectorAll('td, th').forEach(c => overflow = Math.max(overflow, c.scrollWidth - c.clientWidth));
          document.body.setAttribute('data-fit', [Math.ceil(table.getBoundingClientRect().right),
              document.documentElement.clientWidth, overflow, table.tBodies[0].rows.length,
              getComputedStyle(table.tBodies[0].rows[0]).display].join(','));
        });</script>""";
    Path dir = Files.createDirectories(Path.of("target", "report-print"));
    Path page = dir.resolve("progress.html");
    Files.writeString(page, html.render(reports.of(memoKey)).replace("</body>", probe + "</body>"));
    assertThat(Files.readString(page)).contains(longLink);

    String dom = run(chromium, "--window-size=703,1100", "--virtual-time-budget=3000", "--dump-dom",
        page.toUri().toString());
    Matcher fit = Pattern.compile("data-fit=\"(\\d+),(\\d+),(\\d+),(\\d+),([a-z-]+)\"").matcher(dom);
    assertThat(fit.find()).as("the probe ran: " + dom.substring(0, Math.min(300, dom.length()))).isTrue();
    int tableRight = Integer.parseInt(fit.group(1));
    int pageWidth = Integer.parseInt(fit.group(2));
    assertThat(tableRight).as("table right edge vs A4 printable width").isLessThanOrEqualTo(pageWidth);
    assertThat(Integer.parseInt(fit.group(3))).as("widest cell overflow in px").isZero();
    assertThat(Integer.parseInt(fit.group(4))).isEqualTo(5);
    assertThat(fit.group(5)).as("a table on paper").isEqualTo("table-row");

    // on a phone (a UNO opens the link from Tasklist): a card per decision, nothing wider than the screen
    String phone = run(chromium, "--window-size=360,800", "--virtual-time-budget=3000", "--dump-dom",
        page.toUri().toString());
    Matcher onPhone = Pattern.compile("data-fit=\"(\\d+),(\\d+),(\\d+),(\\d+),([a-z-]+)\"").matcher(phone);
    assertThat(onPhone.find()).as("the probe ran on the phone").isTrue();
    assertThat(Integer.parseInt(onPhone.group(1))).as("right edge on the phone")
        .isLessThanOrEqualTo(Integer.parseInt(onPhone.group(2)));
    assertThat(Integer.parseInt(onPhone.group(3))).as("widest cell overflow on the phone").isZero();
    assertThat(onPhone.group(5)).as("a decision is a card, not a row of five columns").isEqualTo("block");

    Path pdf = dir.resolve("progress.pdf");
    run(chromium, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString());
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Rows a little over half a page tall (a decision with four offices and their reports), kept whole, each start a
   * page of their own and leave the rest of the one before blank: printed to A4, they split instead, between their
   * lines, and the report takes fewer pages than with every row kept whole. Short rows stay whole.
   */
  @Test
  void tallRowsSplitAcrossPages_shortRowsStayWhole() throws Exception {
    Path chromium = chromiumOrSkip();
    ProgressReport seed = reports.of(memoKey);
    List<DecisionProgress> tall = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      List<OfficeProgress> offices = new ArrayList<>();
      for (int o = 1; o <= 4; o++) {
        offices.add(new OfficeProgress("office-" + o, "উপজেলা নির্বাহী অফিসার, দপ্তর " + o, true, true,
            "ইউনিয়ন পরিষদের ওয়েব পোর্টালে সেবা, নাগরিক সনদ ও কর্মকর্তাদের তথ্য হালনাগাদ করা হয়েছে", "", "", "",
            false, false, "", "", "", null));
      }
      tall.add(new DecisionProgress(n, "সিদ্ধান্ত ০" + n, "সকল দপ্তর নিজ নিজ ওয়েব পোর্টাল হালনাগাদ করবে।", "সকল দপ্তর",
          LocalDate.of(2024, 1, 30), DecisionState.IMPLEMENTED, "প্রোগ্রামার", 4, 4, 4, 0, 0, "",
          DecisionProgress.REVIEWER_CHAIR, true, offices, "pi-" + n, "", null, null, null, "", "", false));
    }
    ProgressReport report = new ProgressReport(seed.memoKey(), seed.memoNumber(), seed.committee(), seed.office(),
        seed.meetingTitle(), seed.meetingDate(), seed.issueDate(), seed.issueDateBangla(), seed.chairName(),
        seed.chairDesignation(), true, seed.asOf(), tall, ProgressReport.Rates.of(tall), false, List.of());
    String page = html.render(report);
    assertThat(rows(html.render(seed))).as("the seed's rows are short: kept whole").noneMatch(r -> r.contains("long"));
    assertThat(page.split("<tr class=\"decision[^\"]* long\"")).as("every tall row may split").hasSize(1 + 4);

    Path dir = Files.createDirectories(Path.of("target", "report-print"));
    int split = pages(chromium, dir, "tall-rows.pdf", page);
    int whole = pages(chromium, dir, "tall-rows-kept-whole.pdf", page.replace(" long\"", "\""));
    assertThat(whole).as("each tall row kept whole starts a page").isGreaterThanOrEqualTo(4);
    assertThat(split).as("split between their lines: no page left mostly blank").isLessThan(whole);
  }

  /** The pages of the page printed to A4 PDF, as Chromium prints it. */
  private static int pages(Path chromium, Path dir, String name, String page) throws Exception {
    Path html = dir.resolve(name + ".html");
    Files.writeString(html, page);
    Path pdf = dir.resolve(name);
    Files.deleteIfExists(pdf);
    run(chromium, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toUri().toString());
    Matcher m = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(Files.readString(pdf, StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    return pages;
  }

  private static String run(Path chromium, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium")));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<String> rows(String page) {
    List<String> rows = new ArrayList<>();
    Matcher m = Pattern.compile("<tr class=\"decision[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
    while (m.find()) {
      rows.add(m.group(1));
    }
    return rows;
  }
}

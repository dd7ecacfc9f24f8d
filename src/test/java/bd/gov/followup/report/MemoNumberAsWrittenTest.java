package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.DecisionClosing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A memo number with slashes, as README's "মউনিঅ/মহেশ/আইসিটি/২০২৬/৩১২": its key has dashes ("…-২০২৬-৩১২"), a number no
 * letter ever bore. Whatever an official reads — the reminder letter, its mail, the next meeting's report and
 * spreadsheet — cites the number as the minutes write it; only addresses and ids keep the key.
 */
class MemoNumberAsWrittenTest extends ReportTestSupport {

  @Autowired ProgressHtml html;
  @Autowired ProgressWorkbook workbook;
  @Autowired DecisionClosing closing;
  @LocalServerPort int port;

  /** README's example memo number, made this test's own by its last part. */
  static String slashed() {
    return "মউনিঅ/মহেশ/আইসিটি/২০২৬/" + BengaliDigits.toBengali(String.valueOf(System.nanoTime() % 1_000_000));
  }

  /** The demo minutes as a meeting of this committee on this date, under this memo number. */
  Meeting meeting(String committee, LocalDate date, String memoNumber) throws Exception {
    Meeting m = seed();
    return new Meeting(committee, m.office(), m.chair(), date, m.time(), m.place(), memoNumber, date.plusDays(2), null,
        m.signatories(), m.distribution(), m.decisions(), m.deadline());
  }

  @Test
  void aReminderLetterAndItsNotice_citeTheMemoNumberAsWritten_itsPageStaysAtTheKey() throws Exception {
    at(REGISTERED);
    Meeting meeting = seed().withMemoNumber(slashed());
    assertThat(meeting.memoKey()).as("the key is another text").doesNotContain("/");
    registration.register(meeting, false);
    ProcessInstance d1 = decision(meeting.memoKey(), 1);
    accept(d1, "2024-01-30", List.of());
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(d1);

    chair(d1, Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, "তিন দিনের মধ্যে দিন"));

    String written = BengaliDigits.toBengali(meeting.memoNumber());
    List<Attachment> letters = engine.getTaskService().getProcessInstanceAttachments(d1.getId());
    assertThat(letters).hasSize(1);
    String letter = new String(engine.getTaskService().getAttachmentContent(letters.get(0).getId()).readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(letter).contains("<span id=\"reference-memo\">" + written + "</span>")
        .as("the letter's own number is the meeting's as written, then the decision's and the letter's")
        .contains("<span id=\"memo\">" + written + "/০১-১</span>")
        .doesNotContain(BengaliDigits.toBengali(meeting.memoKey()));
    assertThat(engine.getTaskService().getProcessInstanceComments(d1.getId()))
        .filteredOn(c -> c.getFullMessage().startsWith("তাগিদপত্র: "))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.getFullMessage().lines().findFirst().orElseThrow())
            .endsWith("(স্মারক " + written + ")"));

    // the letter's page is found by the key in its address, as before
    String secretary = user("memo-secretary", "programmer-ict");
    WebTestClient.bindToServer(new JdkClientHttpConnector(java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build()))
        .baseUrl("http://localhost:" + port).build()
        .get().uri("/api/meetings/{memoKey}/decisions/1/letters/1.html", meeting.memoKey())
        .header("Authorization", basic(secretary)).exchange()
        .expectStatus().isOk()
        .expectBody(String.class).value(page -> assertThat(page).contains("<span id=\"reference-memo\">" + written));
  }

  @Test
  void theNextMeetingsReport_namesEachMeetingByItsMemoNumberAsWritten() throws Exception {
    String committee = "কমিটি " + System.nanoTime();
    at(LocalDateTime.of(2023, 12, 20, 11, 0));
    Meeting november = meeting(committee, LocalDate.of(2023, 11, 19), slashed());
    registration.register(november, false);
    Meeting december = meeting(committee, LocalDate.of(2023, 12, 17), slashed());
    registration.register(december, false);
    closing.close(decision(november.memoKey(), 1).getId(), "এ সভার সিদ্ধান্ত ০১-এ অব্যাহত", december.memoKey(), "reason",
        "সদস্য-সচিব", DecisionClosing.Kind.CONTINUED);
    String novemberWritten = BengaliDigits.toBengali(november.memoNumber());
    String decemberWritten = BengaliDigits.toBengali(december.memoNumber());

    // November's report: the meeting that continued 01
    String novemberPage = html.render(reports.of(november.memoKey()));
    assertThat(novemberPage).contains("স্মারক নং " + decemberWritten + ")")
        .doesNotContain(BengaliDigits.toBengali(december.memoKey()));

    // December's report: the row of each carried-over decision names November's meeting
    ProgressReport report = reports.of(december.memoKey());
    assertThat(report.previousDecisions()).hasSize(5);
    String page = html.render(report);
    String previous = page.substring(page.indexOf("<h2 class=\"previous\">"));
    assertThat(previous).contains("(স্মারক নং " + novemberWritten + ")")
        .doesNotContain(BengaliDigits.toBengali(november.memoKey()));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(report, out);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = read.getSheet(ProgressWorkbook.PREVIOUS_SHEET);
      DataFormatter format = new DataFormatter();
      for (int row = 1; row <= sheet.getLastRowNum(); row++) {
        assertThat(format.formatCellValue(sheet.getRow(row).getCell(1))).as("row %d's memo number", row)
            .isEqualTo(novemberWritten);
      }
    }
  }
}

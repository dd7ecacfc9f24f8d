package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.OfficeOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two UNOs act on one late decision (offices of two upazilas), each with remarks, then the chair: the next meeting
 * reads every reviewer's remarks, each named (which UNO, the chair) and dated, in the page, the JSON and the
 * spreadsheet alike — the second UNO's remarks never replace the first's.
 */
class EveryReviewersRemarksTest extends ReportTestSupport {

  @Autowired ProgressHtml html;
  @Autowired ProgressWorkbook workbook;
  @Autowired OfficeOptions officeOptions;

  private static final String SADAR = "সদরের দপ্তর সাত দিনের মধ্যে প্রতিবেদন দিন";
  private static final String KALIGANJ = "কালীগঞ্জের ইউনিয়ন পরিষদ আগামী সপ্তাহে দিন";
  private static final String CHAIR = "উভয় উপজেলার দপ্তরকে শেষবারের মতো সময়";

  @Test
  void twoUnosAndTheChair_eachNamedAndDated_inEveryFormat() throws Exception {
    at(REGISTERED);
    Meeting meeting = seedAs(".two-unos");
    registration.register(meeting, false);
    ProcessInstance d3 = decision(meeting.memoKey(), 3);
    accept(d3, "2024-01-30", List.of("up-kaliganj-sundarpur-durgapur", "ap-sadar"));
    at(LocalDateTime.of(2024, 1, 31, 10, 0));
    runDueJobs(d3);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(d3.getId())
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_OFFICE).count()).as("one review per UNO").isEqualTo(2);

    at(LocalDateTime.of(2024, 2, 1, 11, 0));
    engine.getTaskService().complete(unoReview(d3, "uno-sadar").getId(),
        Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, SADAR));
    runDueJobs(d3);
    at(LocalDateTime.of(2024, 2, 4, 12, 0));
    engine.getTaskService().complete(unoReview(d3, "uno-kaliganj").getId(),
        Map.of(CHAIR_DECISION, "remind", CHAIR_REMARKS, KALIGANJ));
    runDueJobs(d3);

    String sadar = officeOptions.label("uno-sadar");
    String kaliganj = officeOptions.label("uno-kaliganj");
    DecisionProgress three = reports.of(meeting.memoKey()).decisions().get(2);
    assertThat(three.reviewerRemarks())
        .extracting(ReviewerRemarks::by, ReviewerRemarks::on, ReviewerRemarks::remarks)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(sadar, java.time.LocalDate.of(2024, 2, 1), SADAR),
            org.assertj.core.groups.Tuple.tuple(kaliganj, java.time.LocalDate.of(2024, 2, 4), KALIGANJ));
    assertAllFormats(meeting.memoKey(), List.of(
        sadar + " (০১/০২/২০২৪): " + SADAR,
        kaliganj + " (০৪/০২/২০২৪): " + KALIGANJ));

    // the rung is over; five working days after the last letter the decision goes to the chair, who extends
    at(LocalDateTime.of(2024, 2, 12, 10, 0));
    runDueJobs(d3);
    at(LocalDateTime.of(2024, 2, 20, 10, 0));
    runDueJobs(d3);
    assertThat(task(d3, TASK_REVIEW_OVERDUE_DECISION)).as("the chair's review").isNotNull();
    {
      chair(d3, Map.of(CHAIR_DECISION, "extend", NEW_DEADLINE, "29/02/2024", CHAIR_REMARKS, CHAIR));
      DecisionProgress later = reports.of(meeting.memoKey()).decisions().get(2);
      assertThat(later.reviewerRemarks()).extracting(ReviewerRemarks::remarks).containsExactly(SADAR, KALIGANJ, CHAIR);
      assertThat(later.reviewerRemarks().get(2).by()).isEqualTo(DecisionProgress.REVIEWER_CHAIR);
      assertAllFormats(meeting.memoKey(), List.of(
          sadar + " (০১/০২/২০২৪): " + SADAR,
          kaliganj + " (০৪/০২/২০২৪): " + KALIGANJ,
          "সভাপতি (২০/০২/২০২৪): " + CHAIR));
    }
  }

  private void assertAllFormats(String memoKey, List<String> lines) throws Exception {
    ProgressReport report = reports.of(memoKey);
    assertThat(html.render(report)).contains(lines);
    String json = objectMapper.writeValueAsString(report);
    for (String line : lines) {
      String remarks = line.substring(line.indexOf("): ") + 3);
      assertThat(json).contains(remarks);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(report, out);
    StringBuilder cells = new StringBuilder();
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet sheet : read) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.append(cell.toString()).append('\n');
          }
        }
      }
    }
    assertThat(cells.toString()).contains(lines);
  }

  private Task unoReview(ProcessInstance instance, String uno) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_REVIEW_OVERDUE_OFFICE).taskCandidateGroup(uno).singleResult();
  }
}

package bd.gov.followup.web;

import bd.gov.followup.report.OpenDecision;
import bd.gov.followup.report.OpenDecisions;
import bd.gov.followup.report.ProgressHtml;
import bd.gov.followup.report.ProgressReport;
import bd.gov.followup.report.ProgressReports;
import bd.gov.followup.report.ProgressWorkbook;
import bd.gov.followup.report.UnknownCommitteeException;
import bd.gov.followup.report.UnknownMeetingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress table of a meeting for the next meeting, as JSON, as a printable Bengali page and as a spreadsheet;
 * and a committee's open decisions across its meetings. Unknown meetings and committees are 404 problem details.
 */
@RestController
@RequestMapping("/api")
public class ProgressController {

  static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final ProgressReports reports;
  private final ProgressHtml html;
  private final ProgressWorkbook workbook;
  private final OpenDecisions openDecisions;

  public ProgressController(
      ProgressReports reports, ProgressHtml html, ProgressWorkbook workbook, OpenDecisions openDecisions) {
    this.reports = reports;
    this.html = html;
    this.workbook = workbook;
    this.openDecisions = openDecisions;
  }

  @GetMapping(path = "/meetings/{memoKey}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
  public ProgressReport progress(@PathVariable String memoKey) {
    return reports.of(memoKey);
  }

  @GetMapping(path = "/meetings/{memoKey}/progress.html")
  public ResponseEntity<String> progressHtml(@PathVariable String memoKey) {
    return ResponseEntity.ok().contentType(HTML_UTF8).body(html.render(reports.of(memoKey)));
  }

  @GetMapping(path = "/meetings/{memoKey}/progress.xlsx")
  public ResponseEntity<byte[]> progressXlsx(@PathVariable String memoKey) throws IOException {
    ProgressReport report = reports.of(memoKey);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(report, out);
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename("progress-" + memoKey + ".xlsx", StandardCharsets.UTF_8)
        .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ProgressWorkbook.CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(out.toByteArray());
  }

  @GetMapping(path = "/committees/{committee}/open-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<OpenDecision> openDecisions(@PathVariable String committee) {
    return openDecisions.of(committee);
  }

  // the content type is set here, not negotiated: a browser asking for the .html page gets the problem as JSON too
  @ExceptionHandler(UnknownMeetingException.class)
  ResponseEntity<ProblemDetail> unknownMeeting(UnknownMeetingException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "এই স্মারক নম্বরে কোনো সভা নিবন্ধিত নেই / no meeting is registered under memo key " + e.memoKey());
    problem.setTitle("Meeting not found");
    problem.setType(URI.create("urn:followup:problem:meeting-not-found"));
    problem.setProperty("memoKey", e.memoKey());
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(UnknownCommitteeException.class)
  ResponseEntity<ProblemDetail> unknownCommittee(UnknownCommitteeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "এই কমিটির কোনো সভা নিবন্ধিত নেই / " + e.getMessage());
    problem.setTitle("Committee not found");
    problem.setType(URI.create("urn:followup:problem:committee-not-found"));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}

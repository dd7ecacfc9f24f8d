package bd.gov.followup.web;

import bd.gov.followup.minutes.Meeting;
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
import org.springframework.web.bind.annotation.RequestParam;
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
  public ProgressReport progress(@PathVariable("memoKey") String asGiven) {
    String memoKey = Meeting.keyOf(asGiven); // as printed too: Bengali digits, slashes
    return reports.of(memoKey);
  }

  /**
   * The page needs its inline style and nothing else (no script, image or font of its own): a text an office wrote
   * that escaped its escaping could load or run nothing, nor could another site frame the page (Cockpit's progress
   * tab, on this server, does).
   */
  static final String PAGE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

  /** Shown in the browser (to print), and saved under its own name ({@code curl -OJ}, "Save as"). */
  @GetMapping(path = "/meetings/{memoKey}/progress.html")
  public ResponseEntity<String> progressHtml(@PathVariable("memoKey") String asGiven) {
    String memoKey = Meeting.keyOf(asGiven); // as printed too: Bengali digits, slashes
    String page = html.render(reports.of(memoKey));
    return ResponseEntity.ok().contentType(HTML_UTF8)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition("inline", "progress-" + memoKey + ".html"))
        .header("Content-Security-Policy", PAGE_POLICY)
        .body(page);
  }

  @GetMapping(path = "/meetings/{memoKey}/progress.xlsx")
  public ResponseEntity<byte[]> progressXlsx(@PathVariable("memoKey") String asGiven) throws IOException {
    String memoKey = Meeting.keyOf(asGiven); // as printed too: Bengali digits, slashes
    ProgressReport report = reports.of(memoKey);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(report, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ProgressWorkbook.CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition("attachment", "progress-" + memoKey + ".xlsx"))
        .body(out.toByteArray());
  }

  /**
   * {@code attachment; filename="progress-56.04.xlsx"; filename*=UTF-8''progress-56.04.xlsx}: a plain ASCII name that
   * every client saves the file under, and the exact name (a memo key may hold Bengali letters) for the clients that
   * read RFC 6266's {@code filename*}. Spring's builder with a charset writes the ASCII name as an RFC 2047 word
   * ({@code "=?UTF-8?Q?progress-….xlsx?="}), which curl -OJ and some browsers take literally.
   */
  static String contentDisposition(String type, String filename) {
    return contentDisposition(type, filename, filename);
  }

  /** As above, with a plain name of its own for the clients that take only {@code filename}. */
  static String contentDisposition(String type, String plainName, String filename) {
    StringBuilder ascii = new StringBuilder();
    plainName.codePoints().forEach(c -> ascii.append(
        c < 0x7f && (Character.isLetterOrDigit(c) || "-._".indexOf(c) >= 0) ? (char) c : '_'));
    String header = ContentDisposition.builder(type).filename(ascii.toString()).build().toString();
    return header + "; filename*=UTF-8''" + rfc5987(filename);
  }

  private static final String HEX = "0123456789ABCDEF";

  /** RFC 5987's value-chars: the attr-chars as they are, every other UTF-8 byte as %XX. */
  private static String rfc5987(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x7f && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return encoded.toString();
  }

  @GetMapping(path = "/committees/{committee}/open-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<OpenDecision> openDecisions(@PathVariable String committee,
      @RequestParam(required = false) String office) {
    return openDecisions.of(committee, office);
  }

  // the content type is set here, not negotiated: a browser asking for the .html page gets the problem as JSON too
  @ExceptionHandler(UnknownMeetingException.class)
  ResponseEntity<ProblemDetail> unknownMeeting(UnknownMeetingException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        e.detail());
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

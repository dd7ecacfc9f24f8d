package bd.gov.followup.web;

import bd.gov.followup.letter.ReminderLetters;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.report.DecisionProgress;
import bd.gov.followup.report.ProgressReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A decision's reminder letter (তাগিদপত্র) as the printable page it was drafted as. The letter is kept as an
 * attachment of the decision, which Tasklist does not show: the offices' comments and the progress report link here.
 * Whoever reads the decision in the progress report reads its letters (the secretary and the chair, the offices
 * taking part, a reviewing UNO); anyone else gets 404, as for an unknown meeting.
 */
@RestController
public class ReminderLetterController {

  private final ProgressReports reports;
  private final TaskService taskService;
  private final IdentityService identityService;

  public ReminderLetterController(ProgressReports reports, TaskService taskService, IdentityService identityService) {
    this.reports = reports;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @GetMapping("/api/meetings/{memoKey}/decisions/{number}/letters/{sequence}.html")
  public ResponseEntity<?> letter(@PathVariable("memoKey") String asGiven, @PathVariable int number,
      @PathVariable int sequence) throws IOException {
    String memoKey = Meeting.keyOf(asGiven);
    // the reader's own view of the meeting: a decision it may not read is not there
    DecisionProgress decision = reports.of(memoKey).decisions().stream()
        .filter(d -> d.number() == number && d.processInstanceId() != null).findFirst().orElse(null);
    String name = ReminderLetters.fileName(ReminderLetters.memoOf(memoKey, number, sequence));
    // attachments carry no authorization of their own: read as the application, once the decision is readable; a link
    // added in Tasklist under a letter's name is no letter (it has no content)
    Attachment letter = decision == null ? null : AsApplication.run(identityService, () ->
        taskService.getProcessInstanceAttachments(decision.processInstanceId()).stream()
            .filter(a -> name.equals(a.getName()) && a.getUrl() == null).findFirst().orElse(null));
    InputStream content = letter == null ? null
        : AsApplication.run(identityService, () -> taskService.getAttachmentContent(letter.getId()));
    if (content == null) {
      ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, "letter-not-found", "No such letter",
          "এই সিদ্ধান্তের এই নম্বরের কোনো তাগিদপত্র নেই / decision " + number + " of " + memoKey + " has no letter "
              + sequence);
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    String html;
    try (InputStream in = content) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return ResponseEntity.ok().contentType(ProgressController.HTML_UTF8)
        .header(HttpHeaders.CONTENT_DISPOSITION, ProgressController.contentDisposition("inline",
            "reminder-letter-" + memoKey + "-" + number + "-" + sequence + ".html", name))
        .header("Content-Security-Policy", ProgressController.PAGE_POLICY)
        .body(html);
  }
}

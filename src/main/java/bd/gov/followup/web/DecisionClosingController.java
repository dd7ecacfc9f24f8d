package bd.gov.followup.web;

import bd.gov.followup.minutes.CommitteeKey;
import bd.gov.followup.security.FormTextLimit;
import bd.gov.followup.minutes.Meeting;
import static bd.gov.followup.workflow.ProcessVariables.DECISION_PROCESS;

import bd.gov.followup.report.DecisionProgress;
import bd.gov.followup.report.ProgressReport;
import bd.gov.followup.report.ProgressReports;
import bd.gov.followup.report.UnknownMeetingException;
import bd.gov.followup.workflow.DecisionClosing;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.ReportVerifiers;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Settles an open decision with a reason, as the committee's next meeting decides — for meetings registered over the
 * API, which have no review task to close it in. The same path as the review form (DecisionClosing): the decision's
 * workflow ends as closed-not-implemented, implemented (as the meeting declares) or continued, with the reason. The committee's secretary and chair may (checked here:
 * neither holds UPDATE on the decisions, so the application correlates the close itself); an office that can read
 * the decision gets 403, one that cannot gets 404.
 */
@RestController
public class DecisionClosingController {

  /**
   * @param atMeeting the memo key of the meeting that decided to close it (optional)
   * @param outcome what the meeting said: {@code not-implemented} (absent: the same), {@code implemented} (it
   *     declares the decision done), {@code continued} (a decision of its own takes the work over)
   */
  public record CloseRequest(String reason, String atMeeting, String outcome) {}

  private final MeetingRegistration registration;
  private final RuntimeService runtimeService;
  private final DecisionClosing closing;
  private final ProgressReports reports;
  private final IdentityService identityService;

  public DecisionClosingController(MeetingRegistration registration, RuntimeService runtimeService,
      DecisionClosing closing, ProgressReports reports, IdentityService identityService) {
    this.registration = registration;
    this.runtimeService = runtimeService;
    this.closing = closing;
    this.reports = reports;
    this.identityService = identityService;
  }

  @PostMapping(path = "/api/meetings/{memoKey}/decisions/{number}/close",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> close(
      @PathVariable("memoKey") String asGiven, @PathVariable int number, @RequestBody(required = false) CloseRequest body) {
    String memoKey = Meeting.keyOf(asGiven); // as printed too: Bengali digits, slashes
    HistoricProcessInstance meeting = registration.find(memoKey)
        .orElseThrow(() -> new UnknownMeetingException(memoKey));
    ReportVerifiers.Roles committee = AsApplication.run(identityService,
        () -> registration.committeeRoles(meeting.getId()));
    mayClose(committee);
    String reason = body == null ? null : body.reason();
    if (reason == null || reason.isBlank()) {
      throw new BadUserRequestException("/reason: বন্ধ করার কারণ লিখুন / a reason is required to close a decision");
    }
    if (reason.length() > FormTextLimit.LIMIT) {
      // the report shows it to every reader: as long as a form's text may be
      throw new BadUserRequestException("/reason: কারণ " + bd.gov.followup.minutes.BengaliDigits.of(FormTextLimit.LIMIT)
          + " অক্ষরের মধ্যে লিখুন / at most " + FormTextLimit.LIMIT + " characters, not " + reason.length());
    }
    DecisionClosing.Kind kind = DecisionClosing.Kind.of(body.outcome(), "/outcome");
    ProgressReport own = reports.of(memoKey);
    if (own.decisions().stream().noneMatch(d -> d.number() == number)) {
      return ApiProblems.decisionNotFound(memoKey, number);
    }
    String atMeeting = body.atMeeting() == null ? null : Meeting.keyOf(body.atMeeting());
    if (atMeeting == null && kind != DecisionClosing.Kind.NOT_IMPLEMENTED) {
      // the report names the meeting that declared it done, or whose decision continues it
      throw new BadUserRequestException("/atMeeting: কোন সভা এ সিদ্ধান্তকে " + (kind == DecisionClosing.Kind.IMPLEMENTED
          ? "বাস্তবায়িত ঘোষণা করেছে" : "অব্যাহত রেখেছে") + ", তার স্মারক নম্বর দিন / the meeting that " + (kind
          == DecisionClosing.Kind.IMPLEMENTED ? "declared it implemented" : "continued it") + " is required");
    }
    if (atMeeting != null) {
      checkClosingMeeting(own, atMeeting);
    }
    ProcessInstance decision = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS)
        .superProcessInstanceId(meeting.getId())
        .processInstanceBusinessKey(memoKey + "/" + String.format(java.util.Locale.ROOT, "%02d", number))
        .singleResult();
    // the committee holds no UPDATE on the decisions (it would let it write any variable past the forms' checks):
    // having checked the caller's role, the application correlates the close itself
    if (decision == null || !closedNow(decision.getId(), reason, atMeeting, kind, committee)) {
      ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "decision-not-open", "Decision not open",
          "সিদ্ধান্তটি খোলা নেই (বাস্তবায়িত, বন্ধ, অব্যাহত, বা শুরু হয়নি) / the decision is not open (implemented, closed, "
              + "not started, or not yours to read)");
      problem.setProperty("memoKey", memoKey);
      problem.setProperty("number", number);
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    DecisionProgress closed = reports.of(memoKey).decisions().stream()
        .filter(d -> d.number() == number).findFirst().orElseThrow();
    return ResponseEntity.ok(closed);
  }

  /** Closes it, or false when it is no longer open, also when another close got there at the same moment. */
  private boolean closedNow(String decisionId, String reason, String atMeeting, DecisionClosing.Kind kind,
      ReportVerifiers.Roles committee) {
    String closedBy = closedBy(committee); // before the application takes over
    return AsApplication.run(identityService,
        () -> closing.closeUnlessClosedMeanwhile(decisionId, reason, atMeeting, "/reason", closedBy, kind));
  }

  /** The caller as the decision's record names them: the chair, the secretary, or an administrator. */
  private String closedBy(ReportVerifiers.Roles committee) {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(committee.chair()) ? "সভাপতি"
        : groups.contains(committee.secretary()) ? "সদস্য-সচিব" : caller == null ? null : "প্রশাসক";
  }

  /**
   * The meeting that decided to close a decision is a later meeting of the same committee: the report names it as
   * where the decision was closed.
   */
  private void checkClosingMeeting(ProgressReport own, String atMeeting) {
    if (registration.find(atMeeting).isEmpty()) {
      throw new BadUserRequestException("/atMeeting: এই স্মারক নম্বরে কোনো সভা নেই / no meeting " + atMeeting);
    }
    ProgressReport closing = reports.of(atMeeting);
    boolean sameCommittee = own.committee() != null
        && CommitteeKey.of(own.committee()).equals(CommitteeKey.of(closing.committee()));
    boolean later = !closing.memoKey().equals(own.memoKey()) && own.meetingDate() != null
        // strictly later, as carry-over counts a meeting's earlier ones
        && closing.meetingDate() != null && closing.meetingDate().isAfter(own.meetingDate());
    if (!sameCommittee || !later) {
      throw new BadUserRequestException("/atMeeting: সিদ্ধান্তটি বন্ধ করতে পারে এই কমিটির পরবর্তী কোনো সভা; " + atMeeting
          + (sameCommittee ? " এই সভা নিজে বা এর আগের সভা" : " অন্য কমিটির সভা") + " / only a later meeting of the same"
          + " committee closes a decision; " + atMeeting + (sameCommittee ? " is this meeting or an earlier one"
              : " is another committee's"));
    }
  }

  /**
   * The meeting's committee's secretary or chair (or an administrator) closes its decisions; an office may not, nor
   * another committee's secretary or chair.
   */
  private void mayClose(ReportVerifiers.Roles committee) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return; // a call from inside the application
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!groups.contains(committee.secretary()) && !groups.contains(committee.chair())
        && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException("এই সভার কমিটির সদস্য-সচিব বা সভাপতি সিদ্ধান্ত বন্ধ করেন / only the secretary or "
          + "the chair of the meeting's committee closes its decisions; " + caller.getUserId() + " is neither");
    }
  }

}

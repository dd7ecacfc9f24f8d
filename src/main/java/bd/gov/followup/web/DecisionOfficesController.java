package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.DECISION_PROCESS;
import static bd.gov.followup.workflow.ProcessVariables.LEAD_GROUP;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.report.DecisionProgress;
import bd.gov.followup.report.ProgressReports;
import bd.gov.followup.report.UnknownMeetingException;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.OfficesAskedLater;
import bd.gov.followup.workflow.ReportVerifiers;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
 * Asks an office the lead forgot, after the acceptance: it gets its own report task, as the offices asked then did
 * (OfficesAskedLater). The decision's lead, or its meeting's committee's secretary or chair (or an administrator),
 * asks; an office that reads the decision gets 403, one that cannot 404. Bad input is a 400 problem naming the field
 * by JSON pointer ({@code /offices/0}): an unknown office, or one on the decision already (asked, done or withdrawn),
 * named.
 */
@RestController
public class DecisionOfficesController {

  /** @param offices the directory's office ids, e.g. {@code ["head-lged"]} */
  public record AskRequest(List<String> offices) {}

  private final MeetingRegistration registration;
  private final RuntimeService runtimeService;
  private final OfficesAskedLater officesAskedLater;
  private final ProgressReports reports;
  private final IdentityService identityService;
  private final HistoryService historyService;

  public DecisionOfficesController(MeetingRegistration registration, RuntimeService runtimeService,
      OfficesAskedLater officesAskedLater, ProgressReports reports, IdentityService identityService,
      HistoryService historyService) {
    this.historyService = historyService;
    this.registration = registration;
    this.runtimeService = runtimeService;
    this.officesAskedLater = officesAskedLater;
    this.reports = reports;
    this.identityService = identityService;
  }

  @PostMapping(path = "/api/meetings/{memoKey}/decisions/{number}/offices",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> ask(
      @PathVariable("memoKey") String asGiven, @PathVariable int number, @RequestBody(required = false) AskRequest body) {
    String memoKey = Meeting.keyOf(asGiven);
    HistoricProcessInstance meeting = registration.find(memoKey)
        .orElseThrow(() -> new UnknownMeetingException(memoKey));
    ReportVerifiers.Roles committee = AsApplication.run(identityService,
        () -> registration.committeeRoles(meeting.getId()));
    // the minutes' decisions, whoever asks (an office's own report lists only its decisions; it reads the minutes)
    DecisionProgress listed = AsApplication.run(identityService, () -> reports.of(memoKey)).decisions().stream()
        .filter(d -> d.number() == number).findFirst().orElse(null);
    if (listed == null) {
      return ApiProblems.decisionNotFound(memoKey, number);
    }
    ProcessInstance decision = AsApplication.run(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS)
        .superProcessInstanceId(meeting.getId())
        .processInstanceBusinessKey(memoKey + "/" + String.format(java.util.Locale.ROOT, "%02d", number))
        .singleResult());
    // from the history: the lead of a decision that has ended is told it ended (409), not that it may not ask
    String lead = listed.processInstanceId() == null ? null : AsApplication.run(identityService,
        () -> leadOf(listed.processInstanceId()));
    String by = mayAsk(committee, lead);
    if (body == null || body.offices() == null || body.offices().isEmpty()) {
      throw new BadUserRequestException("/offices: অন্তত একটি দপ্তর দিন / name at least one office");
    }
    if (decision == null) {
      return notOpen(memoKey, number, "decision-not-open", "Decision not open",
          "সিদ্ধান্তটি খোলা নেই (বাস্তবায়িত, বন্ধ, অব্যাহত, বা শুরু হয়নি) / the decision is not open (implemented, closed,"
              + " continued, or not started)");
    }
    OfficesAskedLater.Outcome outcome = AsApplication.run(identityService,
        () -> officesAskedLater.askOver(decision.getId(), body.offices(), by));
    if (outcome == OfficesAskedLater.Outcome.NOT_OPEN) {
      return notOpen(memoKey, number, "decision-not-open", "Decision not open",
          "সিদ্ধান্তটি খোলা নেই / the decision is not open");
    }
    if (outcome == OfficesAskedLater.Outcome.NOT_ACCEPTED_YET) {
      return notOpen(memoKey, number, "offices-not-asked-yet", "Offices not asked yet",
          "মূল বাস্তবায়নকারী এখনো সিদ্ধান্ত গ্রহণ করেননি: গ্রহণের ফর্মেই দপ্তর যোগ করুন / the lead has not accepted the"
              + " decision yet: offices are added on the acceptance form");
    }
    DecisionProgress asked = reports.of(memoKey).decisions().stream()
        .filter(d -> d.number() == number).findFirst().orElseThrow();
    return ResponseEntity.ok(asked);
  }

  /** The decision's lead office as last set (the chair may have changed it), running or ended. */
  private String leadOf(String decisionId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(decisionId)
        .variableName(LEAD_GROUP).disableCustomObjectDeserialization().list().stream()
        .filter(v -> decisionId.equals(v.getExecutionId())).map(v -> (String) v.getValue()).findFirst().orElse(null);
  }

  private static ResponseEntity<ProblemDetail> notOpen(String memoKey, int number, String type, String title,
      String detail) {
    ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, type, title, detail);
    problem.setProperty("memoKey", memoKey);
    problem.setProperty("number", number);
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /**
   * The decision's lead, or the meeting's committee's secretary or chair, or an administrator: who asks, as the
   * decision's record names them.
   */
  private String mayAsk(ReportVerifiers.Roles committee, String lead) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return "প্রশাসক"; // a call from inside the application
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (lead != null && groups.contains(lead)) {
      return "মূল বাস্তবায়নকারী";
    }
    if (groups.contains(committee.secretary())) {
      return "সদস্য-সচিব";
    }
    if (groups.contains(committee.chair())) {
      return "সভাপতি";
    }
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return "প্রশাসক";
    }
    throw new AuthorizationException("সিদ্ধান্তের মূল বাস্তবায়নকারী, অথবা সভার কমিটির সদস্য-সচিব বা সভাপতি দপ্তর যুক্ত করেন /"
        + " only the decision's lead, or the secretary or the chair of the meeting's committee, asks more offices; "
        + caller.getUserId() + " is none of them");
  }
}

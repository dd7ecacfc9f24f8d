package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.directory.Upazila;
import bd.gov.followup.minutes.CommitteeKey;
import bd.gov.followup.workflow.DeadlineClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * Every open decision across a committee's meetings, oldest deadline first, so that nothing falls off the agenda.
 * A committee is named by its name as the minutes write it (the meetings' committee variable), compared as
 * {@link CommitteeKey} does.
 */
@Service
public class OpenDecisions {

  private final HistoryService historyService;
  private final ProgressReports reports;
  private final OfficeDirectory directory;

  public OpenDecisions(HistoryService historyService, ProgressReports reports, OfficeDirectory directory) {
    this.historyService = historyService;
    this.reports = reports;
    this.directory = directory;
  }

  /** Of the committee's meetings wherever held; see {@link #of(String, String)}. */
  public List<OpenDecision> of(String committee) {
    return of(committee, null);
  }

  /**
   * @param office where the meetings were held, or null for all: every upazila has an "উপজেলা আইসিটি কমিটি", and
   *     "কালীগঞ্জ" (or the office as the minutes write it) reads Kaliganj's and the district's meetings only; one
   *     naming no upazila is refused
   * @throws UnknownCommitteeException when no meeting of this committee was registered (or none is readable)
   */
  public List<OpenDecision> of(String committee, String office) {
    boolean known = meetingQuery(false).variableValueEquals(COMMITTEE_KEY, CommitteeKey.of(committee)).count() > 0
        || meetingQuery(false).variableValueEquals(COMMITTEE, committee).count() > 0;
    if (!known) {
      throw new UnknownCommitteeException(committee);
    }
    if (office != null && !office.isBlank() && directory.upazilaNamedIn(office).isEmpty()) {
      // a typo would read every upazila's meetings as if they were the one asked for
      throw new org.camunda.bpm.engine.BadUserRequestException("office: কোনো উপজেলার নাম পাওয়া যায়নি (যেমন কালীগঞ্জ) /"
          + " names no upazila of the directory: " + office);
    }
    // a settled meeting has no open decision: years of monthly meetings need not be read for the few under way
    return office == null ? ofMeetingsUnderWay(committee) : ofMeetingsUnderWay(committee, office);
  }

  /** The open decisions of the committee's meetings still under way (a settled meeting has none); maybe none. */
  public List<OpenDecision> ofMeetingsUnderWay(String committee) {
    return open(meetings(committee, true), report -> true);
  }

  /**
   * As {@link #ofMeetingsUnderWay(String)}, for a meeting held at this office: every upazila has an "উপজেলা আইসিটি
   * কমিটি", and Kaliganj's meeting is not Shailkupa's. Meetings of offices naming another upazila are left out; a
   * district office (naming none) and an office not written are the committee's as before.
   */
  public List<OpenDecision> ofMeetingsUnderWay(String committee, String office) {
    Optional<String> upazila = directory.upazilaNamedIn(office).map(Upazila::slug);
    if (upazila.isEmpty()) {
      return ofMeetingsUnderWay(committee);
    }
    return open(meetings(committee, true), report -> directory.upazilaNamedIn(report.office()).map(Upazila::slug)
        .map(theirs -> theirs.equals(upazila.get())).orElse(true));
  }

  /**
   * The committee's meetings however the minutes spelled its name ({@link CommitteeKey}); meetings registered before
   * the key was kept are found by the name as written.
   */
  private List<HistoricProcessInstance> meetings(String committee, boolean underWayOnly) {
    Map<String, HistoricProcessInstance> byId = new LinkedHashMap<>();
    for (var query : List.of(meetingQuery(underWayOnly).variableValueEquals(COMMITTEE_KEY, CommitteeKey.of(committee)),
        meetingQuery(underWayOnly).variableValueEquals(COMMITTEE, committee))) {
      // all of the committee's meetings, whatever the engine's result limit for open-ended queries
      query.unlimitedList().forEach(meeting -> byId.putIfAbsent(meeting.getId(), meeting));
    }
    return List.copyOf(byId.values());
  }

  private HistoricProcessInstanceQuery meetingQuery(boolean underWayOnly) {
    HistoricProcessInstanceQuery query =
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS);
    return underWayOnly ? query.unfinished() : query;
  }

  private List<OpenDecision> open(List<HistoricProcessInstance> meetings, Predicate<ProgressReport> sameCommittee) {
    List<OpenDecision> open = new ArrayList<>();
    for (ProgressReport report : reports.ofMeetings(meetings)) {
      if (!sameCommittee.test(report)) {
        continue;
      }
      for (DecisionProgress d : report.decisions()) {
        if (!d.state().open()) {
          continue;
        }
        // late as the report has it (a deadline on a holiday falls on the next working day); who is late is who owes
        // work: an office whose report is not in (or was sent back), the lead yet to accept — not an office whose
        // report waits for its verifier
        boolean late = d.state() == DecisionState.OVERDUE || d.state() == DecisionState.ESCALATED
            || d.state() == DecisionState.WITH_UNO;
        // no lead yet (an implementer unknown, a hand-back), or minutes under review: the secretary owes the next step
        String secretary = d.owedBySecretary();
        List<String> overdueOffices = !late ? List.of()
            : secretary != null ? List.of(secretary)
            : d.offices().isEmpty() && d.leadOffice() != null ? List.of(d.leadOffice())
            // nor one withdrawn, or whose «not our work» waits for its verifier: no task of it is late (PendingOffices)
            : d.offices().stream().filter(o -> !o.verified() && !o.withdrawn() && !o.withdrawalRequested()
                    && (!o.reported() || !o.returnReason().isBlank()))
                .map(OfficeProgress::officeName).toList();
        open.add(new OpenDecision(report.memoKey(), report.memoNumber(), report.meetingTitle(), report.office(),
            report.meetingDate(), d.number(),
            d.title(), d.implementers(), d.deadline(), d.state(), overdueOffices, d.processInstanceId()));
      }
    }
    open.sort(Comparator.comparing(OpenDecision::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(OpenDecision::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(OpenDecision::number));
    return open;
  }
}

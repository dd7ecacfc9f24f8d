package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.workflow.DeadlineClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Every open decision across a committee's meetings, oldest deadline first, so that nothing falls off the agenda.
 * A committee is named by its name as the minutes write it (the meetings' committee variable).
 */
@Service
public class OpenDecisions {

  private final HistoryService historyService;
  private final ProgressReports reports;

  public OpenDecisions(HistoryService historyService, ProgressReports reports) {
    this.historyService = historyService;
    this.reports = reports;
  }

  /** @throws UnknownCommitteeException when no meeting of this committee was registered (or none is readable) */
  public List<OpenDecision> of(String committee) {
    boolean known = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .variableValueEquals(COMMITTEE, committee)
        .count() > 0;
    if (!known) {
      throw new UnknownCommitteeException(committee);
    }
    // a settled meeting has no open decision: years of monthly meetings need not be read for the few under way
    return ofMeetingsUnderWay(committee);
  }

  /** The open decisions of the committee's meetings still under way (a settled meeting has none); maybe none. */
  public List<OpenDecision> ofMeetingsUnderWay(String committee) {
    return open(meetings(committee, true));
  }

  private List<HistoricProcessInstance> meetings(String committee, boolean underWayOnly) {
    var query = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .variableValueEquals(COMMITTEE, committee);
    if (underWayOnly) {
      query.unfinished();
    }
    // all of the committee's meetings, whatever the engine's result limit for open-ended queries
    return query.unlimitedList();
  }

  private List<OpenDecision> open(List<HistoricProcessInstance> meetings) {
    LocalDate today = DeadlineClock.today();
    List<OpenDecision> open = new ArrayList<>();
    for (ProgressReport report : reports.ofMeetings(meetings)) {
      for (DecisionProgress d : report.decisions()) {
        if (!d.state().open()) {
          continue;
        }
        boolean late = d.deadline() != null && today.isAfter(d.deadline());
        List<String> overdueOffices = late
            ? d.offices().stream().filter(o -> !o.verified()).map(OfficeProgress::officeName).toList()
            : List.of();
        open.add(new OpenDecision(report.memoKey(), report.meetingTitle(), report.meetingDate(), d.number(),
            d.title(), d.implementers(), d.deadline(), d.state(), overdueOffices, d.processInstanceId()));
      }
    }
    open.sort(Comparator.comparing(OpenDecision::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(OpenDecision::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(OpenDecision::number));
    return open;
  }
}

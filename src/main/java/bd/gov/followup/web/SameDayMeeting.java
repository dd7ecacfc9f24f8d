package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.COMMITTEE_KEY;
import static bd.gov.followup.workflow.ProcessVariables.MEETING_PROCESS;
import static bd.gov.followup.workflow.ProcessVariables.MEETING_DAY;
import static bd.gov.followup.workflow.ProcessVariables.MEMO_NUMBER_TEXT;

import bd.gov.followup.minutes.CommitteeKey;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesWarning;
import bd.gov.followup.workflow.DecisionTexts;
import bd.gov.followup.workflow.MeetingRegistration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Minutes of a committee's meeting whose date is already registered under another memo number: most likely the same
 * minutes again with the memo number retyped, which would send every decision to the offices a second time. Said
 * as a warning (a committee may meet twice in a day), first in the import's preview, then on the review form.
 */
@Component
class SameDayMeeting {

  private static final List<String> GONE = List.of(
      HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
  /** Memo numbers named at most: one is the usual slip, more are listed only to show there are several. */
  private static final int SHOWN = 5;

  private final HistoryService historyService;
  private final IdentityService identityService;

  SameDayMeeting(HistoryService historyService, IdentityService identityService) {
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /** @param location where the meeting's date was read ("/date" for JSON) */
  Optional<MinutesWarning> warning(Meeting meeting, String location) {
    if (meeting.date() == null || meeting.committee() == null || meeting.committee().isBlank()) {
      return Optional.empty();
    }
    // as the application: whoever registers a committee's meeting may learn its other meetings' memo numbers
    List<String> others = AsApplication.run(identityService, () -> sameDay(meeting));
    if (others.isEmpty()) {
      return Optional.empty();
    }
    String memoNumbers = String.join(", ", others);
    return Optional.of(new MinutesWarning("date", location, "এই কমিটির " + DecisionTexts.day(meeting.date())
        + " তারিখের সভা আগেই নিবন্ধিত (স্মারক " + memoNumbers + "): একই কার্যবিবরণী অন্য স্মারক"
        + " নম্বরে আবার নিবন্ধন করলে প্রতিটি সিদ্ধান্ত দপ্তরগুলোর কাছে দ্বিতীয়বার যাবে; স্মারক নম্বর মিলিয়ে দেখুন / a meeting"
        + " of this committee on " + meeting.date() + " is registered already (memo " + memoNumbers + "): the same"
        + " minutes under another memo number would send every decision to the offices twice"));
  }

  private List<String> sameDay(Meeting meeting) {
    String memoKey = meeting.memoKey();
    List<String> ids = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .variableValueEquals(COMMITTEE_KEY, CommitteeKey.of(meeting.committee()))
        .variableValueEquals(MEETING_DAY, meeting.date().toString())
        .orderByProcessInstanceStartTime().asc()
        .listPage(0, SHOWN).stream()
        .filter(other -> !GONE.contains(other.getState()) && !MeetingRegistration.discarded(other)
            && !Objects.equals(other.getBusinessKey(), memoKey))
        .map(HistoricProcessInstance::getId)
        .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    // the memo numbers as written, in the order the meetings were registered
    java.util.Map<String, String> written = new java.util.HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids.toArray(String[]::new))
        .variableName(MEMO_NUMBER_TEXT).unlimitedList()
        .forEach(v -> written.putIfAbsent(v.getProcessInstanceId(), String.valueOf(v.getValue())));
    return ids.stream().map(written::get).filter(Objects::nonNull).distinct().toList();
  }
}

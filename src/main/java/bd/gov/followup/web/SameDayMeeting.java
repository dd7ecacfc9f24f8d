package bd.gov.followup.web;

import static bd.gov.followup.workflow.ProcessVariables.COMMITTEE_KEY;
import static bd.gov.followup.workflow.ProcessVariables.MEETING_PROCESS;
import static bd.gov.followup.workflow.ProcessVariables.MEETING_DAY;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.CommitteeKey;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesWarning;
import bd.gov.followup.workflow.DecisionTexts;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
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
  private final MeetingRegistration registration;
  private final OfficeDirectory directory;

  SameDayMeeting(HistoryService historyService, IdentityService identityService, MeetingRegistration registration,
      OfficeDirectory directory) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.registration = registration;
    this.directory = directory;
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
    String memoNumbers = String.join(", ", others.stream().map(BengaliDigits::toBengali).toList());
    String asciiMemoNumbers = String.join(", ", others.stream().map(BengaliDigits::toAscii).toList());
    return Optional.of(new MinutesWarning("date", location, "এই কমিটির " + DecisionTexts.day(meeting.date())
        + " তারিখের সভা আগেই নিবন্ধিত (স্মারক " + memoNumbers + "): একই কার্যবিবরণী অন্য স্মারক"
        + " নম্বরে আবার নিবন্ধন করলে প্রতিটি সিদ্ধান্ত দপ্তরগুলোর কাছে দ্বিতীয়বার যাবে; স্মারক নম্বর মিলিয়ে দেখুন / a meeting"
        + " of this committee on " + meeting.date() + " is registered already (memo " + asciiMemoNumbers + "): the same"
        + " minutes under another memo number would send every decision to the offices twice"));
  }

  private List<String> sameDay(Meeting meeting) {
    String memoKey = meeting.memoKey();
    Optional<String> upazila = upazilaOf(meeting);
    List<String> memoNumbers = new ArrayList<>();
    // one committee's meetings of one day: a handful, filtered here before any is named
    for (HistoricProcessInstance other : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .variableValueEquals(COMMITTEE_KEY, CommitteeKey.of(meeting.committee()))
        .variableValueEquals(MEETING_DAY, meeting.date().toString())
        .orderByProcessInstanceStartTime().asc()
        .unlimitedList()) {
      if (GONE.contains(other.getState()) || MeetingRegistration.discarded(other)
          || Objects.equals(other.getBusinessKey(), memoKey)) {
        continue;
      }
      Optional<Meeting> minutes = registration.minutesOf(other.getId());
      // two upazilas' committees of one name meeting the same day are two committees
      Optional<String> theirs = minutes.flatMap(this::upazilaOf);
      if (upazila.isPresent() && theirs.isPresent() && !upazila.equals(theirs)) {
        continue;
      }
      minutes.map(Meeting::memoNumber).filter(m -> !memoNumbers.contains(m)).ifPresent(memoNumbers::add);
      if (memoNumbers.size() == SHOWN) {
        break;
      }
    }
    return memoNumbers;
  }

  private Optional<String> upazilaOf(Meeting meeting) {
    return meeting.office() == null ? Optional.empty()
        : directory.upazilaNamedIn(meeting.office()).map(bd.gov.followup.directory.Upazila::slug);
  }


}

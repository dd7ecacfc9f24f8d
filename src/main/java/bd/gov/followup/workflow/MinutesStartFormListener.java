package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.Person;
import bd.gov.followup.minutes.Recipient;
import bd.gov.followup.security.ApplicationStarts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Minutes typed in on the Tasklist start form (RegisterMinutesForm) become the same variables a registration through
 * the API sets: the {@code minutes} JSON, the decision numbers, the memo number as business key, and the memo
 * number's claim in {@code followup_meeting_key}. A start through {@link MeetingRegistration} already carries the
 * minutes and passes through untouched; any other start that carries minutes is refused. The secretary typed the decisions in, so no review follows.
 */
@Component("minutesStartForm")
public class MinutesStartFormListener implements ExecutionListener {

  /**
   * The start form's fields; its decisions are text ({@link DecisionBlocks#VARIABLE}), or a list
   * ({@link MinutesReviewCheckListener#DECISIONS}) from a REST client.
   */
  static final String MEMO_NUMBER = ProcessVariables.MEMO_NUMBER;
  static final String OFFICE_FIELD = "meetingOffice";
  static final String CHAIR_NAME = "chairName";
  static final String CHAIR_DESIGNATION = "chairDesignation";
  static final String MEETING_DATE = "meetingDate";
  static final String MEETING_TIME = "meetingTime";
  static final String PLACE = "place";
  /** the same fields as the review form's, which corrects them */
  static final String ISSUE_DATE = MinutesReviewCheckListener.ISSUE_DATE;
  static final String GENERAL_DEADLINE = MinutesReviewCheckListener.GENERAL_DEADLINE;
  static final String DISTRIBUTION_TEXT = "distributionText";
  /** "৭, ১": the committee's own reminder days; blank for the default */
  static final String REMINDER_DAYS_FIELD = ProcessVariables.REMINDER_DAYS;

  /** as on registration through the API (MeetingValidation): the key and its decisions' keys fit their columns */

  private final MeetingRegistration registration;
  private final MinutesReviewCheckListener decisions;
  private final ObjectMapper objectMapper;

  public MinutesStartFormListener(
      MeetingRegistration registration, MinutesReviewCheckListener decisions, ObjectMapper objectMapper) {
    this.registration = registration;
    this.decisions = decisions;
    this.objectMapper = objectMapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (ApplicationStarts.running()) {
      // MeetingRegistration has checked the minutes and claims the memo number itself; any other start (Tasklist's
      // start form, the REST API) gives the form's fields, checked here: only this one carries the minutes ready made
      return;
    }
    if (execution.hasVariable(MINUTES)) {
      // ready-made minutes would skip every check below and the memo number's claim
      throw new BadUserRequestException(MINUTES + ": কার্যবিবরণী শুধু নিবন্ধনের মাধ্যমে (/api/meetings) আসে / minutes "
          + "come in through /api/meetings; a start of the meeting's follow-up gives the start form's fields");
    }
    List<String> errors = new ArrayList<>();
    String memoNumber = text(execution, MEMO_NUMBER);
    String memoProblem = Meeting.memoNumberProblem(memoNumber);
    if (memoProblem != null) {
      errors.add(MEMO_NUMBER + ": " + memoProblem);
    }
    String committee = text(execution, COMMITTEE);
    if (committee == null) {
      errors.add(COMMITTEE + ": কমিটির নাম দিন / the committee is required");
    }
    LocalDate date = date(execution, MEETING_DATE, errors);
    if (date == null && text(execution, MEETING_DATE) == null) {
      // as the JSON and the file import refuse it: a meeting without a date would carry over every open decision
      errors.add(MEETING_DATE + ": সভার তারিখ দিন / the meeting's date is required");
    }
    LocalDate issueDate = date(execution, ISSUE_DATE, errors);
    LocalDate deadline = date(execution, GENERAL_DEADLINE, errors);
    List<Integer> reminderDays = null;
    try {
      reminderDays = ReminderDaysText.parse(execution.getVariable(REMINDER_DAYS_FIELD), REMINDER_DAYS_FIELD);
    } catch (BadUserRequestException e) {
      errors.add(e.getMessage());
    }
    LocalTime time = null;
    String timeText = text(execution, MEETING_TIME);
    if (timeText != null) {
      time = bd.gov.followup.minutes.TimeFinder.whole(timeText).orElse(null);
      if (time == null) {
        errors.add(MEETING_TIME + ": সময় লিখুন, যেমন ১০:৩০ বা সকাল ১০টা / not a time: " + timeText);
      }
    }
    if (!errors.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", errors));
    }
    String chairName = text(execution, CHAIR_NAME);
    String chairDesignation = text(execution, CHAIR_DESIGNATION);
    Person chair = chairName == null && chairDesignation == null ? null : new Person(chairName, chairDesignation, null);
    List<Recipient> distribution = new ArrayList<>();
    String distributionText = text(execution, DISTRIBUTION_TEXT);
    if (distributionText != null) {
      for (String line : distributionText.split("\\R")) {
        if (!line.isBlank()) {
          distribution.add(new Recipient(distribution.size() + 1, line.strip(), null));
        }
      }
    }
    Meeting shell = new Meeting(committee, text(execution, OFFICE_FIELD), chair, date, time, text(execution, PLACE),
        memoNumber, issueDate, null, List.of(), distribution, List.of(), deadline, reminderDays);
    Object list = execution.getVariable(MinutesReviewCheckListener.DECISIONS);
    if (list == null && execution.getVariable(DecisionBlocks.VARIABLE) != null) {
      list = DecisionBlocks.parse(String.valueOf(execution.getVariable(DecisionBlocks.VARIABLE)), objectMapper);
    }
    if (list == null) {
      throw new BadUserRequestException(
          MinutesReviewCheckListener.DECISIONS + ": অন্তত একটি সিদ্ধান্ত দিন / at least one decision is required");
    }
    Meeting meeting = decisions.corrected(shell, list);
    List<String> early = new java.util.ArrayList<>(meeting.datesBeforeTheMeeting().stream()
        .map(p -> formField(p.field()) + ": " + p.message()).toList());
    meeting.dateAfter(DeadlineClock.today()).ifPresent(p -> early.add(0, MEETING_DATE + ": " + p.message()));
    if (!early.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", early));
    }

    String memoKey = meeting.memoKey();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank() && !businessKey.equals(memoKey)) {
      throw new BadUserRequestException("businessKey: ব্যবসায়িক কী স্মারক নম্বরের সমান হবে / the business key must be "
          + "the memo number (" + memoKey + ") or empty");
    }
    registration.find(memoKey).filter(existing -> !existing.getId().equals(execution.getProcessInstanceId()))
        .ifPresent(existing -> {
          throw alreadyRegistered(memoKey);
        });
    execution.setProcessBusinessKey(memoKey);
    execution.removeVariable(REMINDER_DAYS_FIELD); // the form's text; the minutes now hold the days
    execution.setVariables(registration.variables(meeting, false));
    try {
      registration.claim(meeting, execution.getProcessInstanceId());
    } catch (MeetingAlreadyRegisteredException e) {
      throw alreadyRegistered(memoKey); // the same form sent twice at once: the other one registered it
    }
  }

  /** A field to correct in Tasklist's start form, not a server error. */
  private static BadUserRequestException alreadyRegistered(String memoKey) {
    return new BadUserRequestException(MEMO_NUMBER + ": এই স্মারক নম্বরের সভা আগেই নিবন্ধিত / a meeting with "
        + "this memo number is registered already: " + memoKey);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }

  private static LocalDate date(DelegateExecution execution, String name, List<String> errors) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return FormDates.parse(value, name); // day first as officials type them, ISO, or a REST client's Date
    } catch (org.camunda.bpm.engine.BadUserRequestException e) {
      errors.add(e.getMessage());
      return null;
    }
  }

  /** The start form's field for a field of the minutes. */
  static String formField(String meetingField) {
    return switch (meetingField) {
      case "issueDate" -> ISSUE_DATE;
      case "deadline" -> GENERAL_DEADLINE;
      default -> meetingField.startsWith("decisions") ? DecisionBlocks.VARIABLE : meetingField;
    };
  }
}

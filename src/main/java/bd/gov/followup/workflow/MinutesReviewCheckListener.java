package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * No decision workflow starts before the secretary has confirmed the extracted minutes. The review form edits the
 * decisions as text ({@link DecisionBlocks}; REST clients may send a list instead, {@link #DECISIONS}: number,
 * topic, discussion, text, implementers one per line, deadline, deadline in working days) and the meeting's
 * reminder days as text ({@code reminderDays}: "৭, ১"); on completion the corrections go back into the
 * {@code minutes} variable and {@code decisionNos}, so the decision workflows start from what the secretary
 * confirmed.
 */
@Component("minutesReviewCheck")
public class MinutesReviewCheckListener implements TaskListener {

  public static final String MINUTES_APPROVED = "minutesApproved";
  /** The review form's date fields: the minutes' issue date and general deadline, as read, to correct. */
  public static final String ISSUE_DATE = "issueDate";
  public static final String GENERAL_DEADLINE = "generalDeadline";

  /** The decisions as a JSON array, for REST clients (the Tasklist forms use {@link DecisionBlocks#VARIABLE}). */
  public static final String DECISIONS = "decisions";

  private final MinutesVariable minutesVariable;
  private final ObjectMapper objectMapper;
  private final TaskService taskService;

  public MinutesReviewCheckListener(
      MinutesVariable minutesVariable, ObjectMapper objectMapper, @Lazy TaskService taskService) {
    this.minutesVariable = minutesVariable;
    this.objectMapper = objectMapper;
    this.taskService = taskService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (discarded(task)) {
      return; // nothing of these minutes is kept: their corrections are not checked (Event_MinutesDiscarded)
    }
    if (!Boolean.TRUE.equals(task.getVariable(MINUTES_APPROVED))) {
      throw new BadUserRequestException(
          MINUTES_APPROVED + ": কার্যবিবরণী যাচাই নিশ্চিত করুন / confirm that the minutes were checked");
    }
    Meeting meeting = minutesVariable.fromVariable(task.getVariable(MINUTES));
    Meeting asRead = meeting;
    if (task.hasVariable(REMINDER_DAYS)) {
      meeting = meeting.withReminderDays(ReminderDaysText.parse(task.getVariable(REMINDER_DAYS), REMINDER_DAYS));
      task.setVariable(MINUTES, minutesVariable.toVariable(meeting));
      task.removeVariable(REMINDER_DAYS); // the form's text; the minutes now hold the days
    }
    if (task.hasVariable(ISSUE_DATE) || task.hasVariable(GENERAL_DEADLINE)) {
      // each on its own: a review opened before the form had them, completed over REST with one, keeps the other
      meeting = meeting.withDates(
          task.hasVariable(ISSUE_DATE) ? optionalDate(task.getVariable(ISSUE_DATE), ISSUE_DATE) : meeting.issueDate(),
          task.hasVariable(GENERAL_DEADLINE)
              ? optionalDate(task.getVariable(GENERAL_DEADLINE), GENERAL_DEADLINE) : meeting.deadline());
      task.setVariable(MINUTES, minutesVariable.toVariable(meeting));
    }
    // REST clients may send the list; Tasklist's form sends the text (see DecisionBlocks for why)
    Object edited = task.getVariable(DECISIONS);
    if (edited == null && task.getVariable(DecisionBlocks.VARIABLE) != null) {
      edited = DecisionBlocks.parse(String.valueOf(task.getVariable(DecisionBlocks.VARIABLE)), objectMapper);
    }
    if (edited == null) {
      refuseNewDatesBeforeTheMeeting(asRead, meeting);
      return; // nothing to correct: the minutes stand as extracted
    }
    Meeting corrected = corrected(meeting, edited);
    refuseNewDatesBeforeTheMeeting(asRead, corrected);
    recordRenumbering(task, meeting, corrected);
    task.setVariable(MINUTES, minutesVariable.toVariable(corrected));
    task.setVariable(DECISION_NOS,
        JsonVariables.stringList(corrected.decisions().stream().map(Decision::numberKey).toList()));
  }

  /**
   * True when the secretary discards the minutes; refused without a reason (the meeting's history keeps it), and
   * with the minutes approved as well, which says the opposite.
   */
  public static boolean discarded(DelegateTask task) {
    Object value = task.getVariable(DISCARD_MINUTES);
    // stored as a real boolean whatever a client sent ("true"): the gateway and the closing listener read it so
    boolean discard = value != null && Boolean.parseBoolean(value.toString().strip());
    if (value != null && !(value instanceof Boolean b && b == discard)) {
      task.setVariable(DISCARD_MINUTES, discard);
    }
    if (!discard) {
      return false;
    }
    if (task.getExecution().getBpmnModelInstance().getModelElementById(EVENT_MINUTES_DISCARDED) == null) {
      // a review opened before minutes could be discarded: its process would start every decision regardless
      throw new BadUserRequestException(DISCARD_MINUTES + ": এই যাচাইটি কার্যবিবরণী বাতিলের সুবিধা চালুর আগে খোলা হয়েছে;"
          + " বাতিল করতে প্রশাসককে বলুন / this review was opened before minutes could be discarded; ask the"
          + " administrator to cancel the meeting");
    }
    Object reason = task.getVariable(DISCARD_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new BadUserRequestException(
          DISCARD_REASON + ": কার্যবিবরণী বাতিলের কারণ লিখুন / a reason is required to discard the minutes");
    }
    if (Boolean.TRUE.equals(task.getVariable(MINUTES_APPROVED))) {
      throw new BadUserRequestException(DISCARD_MINUTES + ": কার্যবিবরণী একসাথে সঠিক বলে নিশ্চিত ও বাতিল করা যায় না;"
          + " একটি বেছে নিন / the minutes cannot be both approved and discarded: choose one");
    }
    return true;
  }

  /**
   * A date the secretary typed before the meeting's is a slip, refused. One read so from the file was a warning at the
   * import and stays the secretary's call: the review cannot change the meeting's own date, which may be the one
   * misread, and must not be left impossible to complete.
   */
  private static void refuseNewDatesBeforeTheMeeting(Meeting asRead, Meeting confirmed) {
    // by date, not by field: a decision renumbered in the review keeps the date it was read with
    Set<LocalDate> known = asRead.datesBeforeTheMeeting().stream().map(p -> dateAt(asRead, p.field()))
        .collect(Collectors.toSet());
    List<String> typed = confirmed.datesBeforeTheMeeting().stream()
        .filter(p -> !known.contains(dateAt(confirmed, p.field())))
        .map(p -> MinutesStartFormListener.formField(p.field()) + ": " + p.message()).toList();
    if (!typed.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", typed));
    }
  }

  /** The date a field of {@link Meeting#datesBeforeTheMeeting} names: issueDate, deadline, decisions[i].deadline. */
  private static LocalDate dateAt(Meeting meeting, String field) {
    return switch (field) {
      case "issueDate" -> meeting.issueDate();
      case "deadline" -> meeting.deadline();
      default -> meeting.decisions().get(Integer.parseInt(field.replaceAll("\\D", ""))).deadline();
    };
  }

  /**
   * Decisions the secretary removed or added in the review stay on record, on the meeting, where Cockpit and the
   * next meeting's secretary see them: the minutes say five decisions, the workflow runs four.
   */
  private void recordRenumbering(DelegateTask task, Meeting read, Meeting confirmed) {
    Set<Integer> before = read.decisions().stream().map(Decision::number).collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<Integer> after = confirmed.decisions().stream().map(Decision::number).collect(Collectors.toCollection(java.util.TreeSet::new));
    List<String> changes = new ArrayList<>();
    Set<Integer> removed = new java.util.TreeSet<>(before);
    removed.removeAll(after);
    Set<Integer> added = new java.util.TreeSet<>(after);
    added.removeAll(before);
    if (!removed.isEmpty()) {
      changes.add("বাদ দেওয়া হয়েছে / removed: " + numbers(removed));
    }
    if (!added.isEmpty()) {
      changes.add("যোগ করা হয়েছে / added: " + numbers(added));
    }
    if (!changes.isEmpty()) {
      taskService.createComment(task.getId(), task.getProcessInstanceId(),
          "কার্যবিবরণী যাচাইয়ে সিদ্ধান্ত " + String.join("; ", changes));
    }
  }

  private static String numbers(Set<Integer> numbers) {
    return numbers.stream().map(n -> "সিদ্ধান্ত " + BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", n)))
        .collect(Collectors.joining(", "));
  }

  /** A date field left empty is no date (a meeting may have no general deadline). */
  private static LocalDate optionalDate(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return FormDates.parse(value, field);
  }

  /** The form's list as the meeting's decisions; every mistake is named, not only the first. */
  Meeting corrected(Meeting meeting, Object edited) {
    JsonNode list = readTree(edited);
    List<String> errors = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      throw new BadUserRequestException(DECISIONS + ": অন্তত একটি সিদ্ধান্ত দিন / at least one decision is required");
    }
    Map<Integer, Decision> original = meeting.decisions().stream()
        .collect(Collectors.toMap(Decision::number, Function.identity(), (a, b) -> a));
    List<Decision> decisions = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String field = DECISIONS + "[" + i + "]";
      int number = item.path("number").asInt(0);
      if (number <= 0 && item.path("number").isTextual()) {
        number = parseNumber(item.path("number").asText());
      }
      if (number <= 0) {
        errors.add(field + ".number: সিদ্ধান্তের ক্রমিক নম্বর দিন / a positive decision number is required");
      } else if (!numbers.add(number)) {
        errors.add(field + ".number: ক্রমিক নম্বর " + number + " একাধিকবার / decision number used twice");
      }
      String topic = text(item, "topic");
      String discussion = text(item, "discussion");
      String decisionText = text(item, "text");
      if (decisionText == null && topic == null) {
        errors.add(field + ".text: সিদ্ধান্তের বিবরণ দিন / the decision's text is required");
      }
      List<String> implementers = implementers(item.get("implementers"));
      if (implementers.isEmpty()) {
        errors.add(field + ".implementers: অন্তত একজন বাস্তবায়নকারী দিন / at least one implementer is required");
      }
      LocalDate deadline = null;
      String deadlineText = text(item, "deadline");
      if (deadlineText != null) {
        try {
          String ascii = bd.gov.followup.minutes.BengaliDigits.toAscii(deadlineText);
          deadline = LocalDate.parse(ascii.length() > 10 ? ascii.substring(0, 10) : ascii);
        } catch (DateTimeParseException e) {
          errors.add(field + ".deadline: তারিখ yyyy-MM-dd আকারে দিন / not a date: " + deadlineText);
        }
      }
      Integer workingDays;
      if (item.has("deadlineWorkingDays")) {
        // "৭ কর্মদিবসের মধ্যে" as the form shows it; a date set beside it wins
        String span = text(item, "deadlineWorkingDays");
        workingDays = span == null ? null : parseNumber(span);
        if (workingDays != null && (workingDays < 1 || workingDays > ReminderDaysText.MAX_WORKING_DAYS)) {
          errors.add(field + ".deadlineWorkingDays: কর্মদিবসে সময়সীমা ১–৬০ / a deadline in working days must be 1 to "
              + ReminderDaysText.MAX_WORKING_DAYS);
        }
      } else {
        // a form without the field (a task created before it existed): keep what the minutes said
        Decision before = original.get(number);
        workingDays = before != null ? before.deadlineWorkingDays() : null;
      }
      if (errors.isEmpty()) {
        decisions.add(new Decision(number, topic, discussion, decisionText, implementers, deadline, workingDays));
      }
    }
    if (!errors.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", errors));
    }
    return meeting.withDecisions(decisions);
  }

  private JsonNode readTree(Object value) {
    try {
      if (value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")) {
        return objectMapper.readTree(value.toString());
      }
      return objectMapper.valueToTree(value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new BadUserRequestException(DECISIONS + ": সিদ্ধান্তের তালিকা পড়া যায়নি / not a list of decisions");
    }
  }

  private static List<String> implementers(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(element -> lines.add(element.asText()));
    } else {
      lines.addAll(Arrays.asList(node.asText().split("\\R")));
    }
    return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(JsonNode item, String name) {
    JsonNode node = item.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static int parseNumber(String text) {
    try {
      return Integer.parseInt(bd.gov.followup.minutes.BengaliDigits.toAscii(text).strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

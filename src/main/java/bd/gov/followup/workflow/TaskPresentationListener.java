package bd.gov.followup.workflow;

import bd.gov.followup.notify.MarkdownLiteral;
import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Makes a new task readable in Tasklist: its name says which decision (and office) it is about, its description the
 * decision's topic, its due date the deadline; the forms that choose offices get the directory's options.
 */
@Component("taskPresentation")
public class TaskPresentationListener implements TaskListener {

  private static final int NAME_LIMIT = 255;

  private final OfficeOptions officeOptions;
  private final ReviewFormTexts reviewFormTexts;
  private final EscalationLadder ladder;
  private final PendingOffices pendingOffices;
  private final bd.gov.followup.deadline.DeadlineWatch watch;

  public TaskPresentationListener(OfficeOptions officeOptions, ReviewFormTexts reviewFormTexts,
      EscalationLadder ladder, PendingOffices pendingOffices, bd.gov.followup.deadline.DeadlineWatch watch) {
    this.ladder = ladder;
    this.pendingOffices = pendingOffices;
    this.watch = watch;
    this.officeOptions = officeOptions;
    this.reviewFormTexts = reviewFormTexts;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setName(title(task));
    Object topic = task.getVariable(DECISION_TITLE);
    if (topic != null) {
      task.setDescription(topic.toString());
    } else if (TASK_REVIEW_MINUTES.equals(task.getTaskDefinitionKey())
        && task.getVariable(MEETING_TITLE) instanceof String meeting) {
      // in place of the model's English documentation: what the secretary is to do, for which meeting
      task.setDescription(meeting + " — কার্যবিবরণী থেকে পড়া সিদ্ধান্তগুলো যাচাই ও প্রয়োজনে সংশোধন করুন; আগের সভার"
          + " অনিষ্পন্ন সিদ্ধান্ত এ সভা বাস্তবায়িত, অব্যাহত বা বন্ধ ঘোষণা করে থাকলে তা চিহ্নিত করুন");
    }
    Object deadline = task.getVariable(DEADLINE);
    if (deadline != null && !deadline.toString().isBlank() && !TASK_REVIEW_MINUTES.equals(task.getTaskDefinitionKey())) {
      task.setDueDate(DeadlineClock.dueDate(LocalDate.parse(deadline.toString())));
    }
    String key = task.getTaskDefinitionKey();
    if (TASK_ASSIGN_IMPLEMENTER.equals(key) && task.getVariable(LEAD_DECLINED) != null
        && !Boolean.FALSE.equals(task.getVariable(LEAD_DECLINED))) {
      // the next lead, after the last one handed the decision back: its form starts without that answer
      task.getExecution().setVariable(LEAD_DECLINED, false);
      task.getExecution().setVariable(DECLINE_REASON, null);
    }
    if (TASK_REVIEW_OVERDUE_OFFICE.equals(key) && task.getVariable(UNO_REVIEW_LAPSES_AT) instanceof Date lapses) {
      // the decision's deadline has passed already: the UNO's own date is when its rung lapses to the chair
      task.setDueDate(lapses);
    }
    if (TASK_REVIEW_OVERDUE_DECISION.equals(key) && task.getVariable(LAST_ESCALATION_AT) instanceof Date escalated) {
      // nor the chair's: the review is due when the watch would send the decision up again, not at the deadline
      // that made it late (the review would open overdue)
      task.setDueDate(DeadlineClock.toDate(watch.reescalationAt(DeadlineClock.fromDate(escalated).toLocalDate())));
    }
    if (TASK_ASSIGN_IMPLEMENTER.equals(key) && deadline != null && !deadline.toString().isBlank()) {
      // on the decision, not the task: REST's complete writes there, Tasklist's submit-form reaches it too
      String day = DecisionTexts.day(LocalDate.parse(deadline.toString())); // as officials type it
      task.getExecution().getProcessInstance().setVariableLocal(DEADLINE_DAY, day);
      task.getExecution().getProcessInstance().setVariableLocal(DEADLINE_DAY_PREFILLED, day);
    }
    // what another official wrote, shown on this form as written, never as Markdown of theirs
    if (TASK_REPORT_UPDATE.equals(key)) {
      shown(task, ASSIGNMENT_NOTE, ASSIGNMENT_NOTE_SHOWN);
      shown(task, RETURN_REASON, RETURN_REASON_SHOWN);
    } else if (TASK_VERIFY_UPDATE.equals(key)) {
      shown(task, UPDATE_SUMMARY, UPDATE_SUMMARY_SHOWN);
      shown(task, REMARKS, REMARKS_SHOWN);
      shown(task, EARLIER_RETURN_REASON, EARLIER_RETURN_REASON_SHOWN);
      // nothing given reads as a dash, not as a label with nothing after it (the link is a checked web address)
      Object evidence = task.getVariable(EVIDENCE_LINK);
      task.setVariableLocal(EVIDENCE_SHOWN, evidence == null || evidence.toString().isBlank() ? "—"
          : MarkdownLiteral.address(evidence.toString()));
      if (!task.hasVariableLocal(REMARKS_SHOWN)) {
        task.setVariableLocal(REMARKS_SHOWN, "—");
      }
      // the verification follows the report at once: today is the day it came in
      LocalDate today = DeadlineClock.today();
      boolean late = deadline != null && !deadline.toString().isBlank()
          && today.isAfter(LocalDate.parse(deadline.toString()));
      task.setVariableLocal(REPORTED_TEXT, DecisionTexts.day(today)
          + (late ? " — সময়সীমার পরে / after the deadline" : ""));
      boolean notOurWork = ReportCheckListener.notOurWork(task);
      if (notOurWork) {
        // no report to read: the office's reason is what the verifier judges
        shown(task, NOT_OUR_WORK_REASON, NOT_OUR_WORK_REASON_SHOWN);
        task.setVariableLocal(UPDATE_SUMMARY_SHOWN, "— (প্রতিবেদন নয়: দপ্তর বলছে কাজটি তাদের নয় / no report: the office"
            + " says the work is not its own)");
        task.setVariableLocal(EVIDENCE_SHOWN, "—");
      }
      task.setVariableLocal(VERDICT_OPTIONS, verdictOptions(notOurWork));
      // offices to ask besides: the one whose work it is, or one the decision left out
      task.setVariableLocal(ALL_OFFICE_OPTIONS, officeOptions.allOptions());
    }
    boolean review = TASK_REVIEW_OVERDUE_DECISION.equals(key) || TASK_REVIEW_OVERDUE_OFFICE.equals(key);
    if (TASK_RESOLVE_UNKNOWN_IMPLEMENTER.equals(key) || TASK_ASSIGN_IMPLEMENTER.equals(key) || review) {
      task.setVariableLocal(ALL_OFFICE_OPTIONS, officeOptions.allOptions());
    }
    if (review) {
      // the form starts without the last reviewer's choice and remarks (a UNO's, or the chair's of the last
      // escalation): they live on the decision, and a form submitted unchanged would repeat them, an old remark
      // standing as the reason for closing. The remarks are shown above the form instead, and the progress report
      // reads them from the decision until this review is done
      // (null: no reviewer chose since the last review opened, as when a UNO let its rung lapse; the remarks kept
      // from before stand)
      Object earlier = task.getExecution().getVariable(CHAIR_REMARKS);
      if (earlier != null) {
        task.getExecution().setVariable(PREVIOUS_REVIEW_REMARKS, earlier.toString());
      }
      Object last = earlier != null ? earlier : task.getExecution().getVariable(PREVIOUS_REVIEW_REMARKS);
      if (last != null && !last.toString().isBlank()) {
        task.setVariableLocal(PREVIOUS_REMARKS_TEXT, MarkdownLiteral.of(last));
      }
      for (String choice : List.of(CHAIR_DECISION, NEW_DEADLINE, NEW_LEAD_GROUP, CHAIR_REMARKS)) {
        if (task.getExecution().hasVariable(choice)) {
          task.getExecution().setVariable(choice, null);
        }
      }
      reviewFormTexts.open(task);
      // what was done since the minutes (hand-backs, new leads, letters, a UNO's referral): the reviewer decides
      // knowing it, and does not send a second letter unaware of the first
      Object actions = task.getVariable(ACTIONS_TAKEN);
      if (actions != null && !actions.toString().isBlank()) {
        task.setVariableLocal(ACTIONS_TAKEN_SHOWN, actions.toString().lines().map(MarkdownLiteral::of)
            .map(line -> "- " + line).collect(java.util.stream.Collectors.joining("\n")));
      }
      Object uno = task.getVariable(UNO_GROUP);
      if (TASK_REVIEW_OVERDUE_OFFICE.equals(key) && uno != null) {
        task.setVariableLocal(UNO_OFFICES_TEXT, unoOffices(task, uno.toString()));
      }
    }
  }

  /** The late offices this UNO's letter would go to: those routed to it that still owe work. */
  private String unoOffices(DelegateTask task, String uno) {
    java.util.Set<String> owing = pendingOffices.ofEscalation(task, task.getProcessInstanceId()).keySet();
    List<String> own = ladder.routes(task.getExecution()).stream()
        .filter(step -> step.toUno() && uno.equals(step.uno()) && owing.contains(step.office()))
        .map(bd.gov.followup.deadline.EscalationStep::office).distinct().toList();
    return own.isEmpty() ? "— (আপনার উপজেলার কোনো দপ্তরের কাজ এখন বাকি নেই / none of your upazila's offices owes work now)"
        : BengaliDigits.of(own.size()) + "টি দপ্তর / offices: " + officeOptions.names(own);
  }

  /** The verify form's choices: a report is accepted or sent back; an office's «not our work» agreed or sent back. */
  static org.camunda.bpm.engine.variable.value.ObjectValue verdictOptions(boolean notOurWork) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    if (notOurWork) {
      options.put(VERDICT_WITHDRAWN, "একমত: দপ্তরের অংশ প্রত্যাহার / Agree: withdraw the office");
      options.put(VERDICT_RETURNED, "একমত নই: কারণসহ ফেরত / Disagree: send back with a reason");
    } else {
      options.put(VERDICT_ACCEPTED, "গ্রহণ করা হলো / Accept");
      options.put(VERDICT_RETURNED, "কারণসহ ফেরত / Send back with a reason");
    }
    return JsonVariables.options(options);
  }

  private static void shown(DelegateTask task, String variable, String shownAs) {
    Object value = task.getVariable(variable);
    if (value != null && !value.toString().isBlank()) {
      task.setVariableLocal(shownAs, MarkdownLiteral.of(value));
    }
  }

  private String title(DelegateTask task) {
    String head = DecisionTexts.bengaliPart(task.getName());
    String meeting = null;
    Object number = task.getVariable(DECISION_NUMBER);
    if (number != null) {
      head += " — সিদ্ধান্ত " + BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", (Integer) number));
      // which committee's meeting of which day: an office in two committees (which may meet on the same day), or in
      // two meetings of one, otherwise sees tasks that read the same
      if (task.getVariable(MEETING_TITLE) instanceof String title && !title.isBlank()) {
        meeting = title;
      }
    } else if (TASK_REVIEW_MINUTES.equals(task.getTaskDefinitionKey())
        && task.getVariable(MEETING_TITLE) instanceof String title && !title.isBlank()) {
      meeting = title; // two imports waiting for review read apart
    }
    String tail = "";
    Object office = task.getVariable(OFFICE_NAME);
    if (office != null && TASK_REPORT_UPDATE.equals(task.getTaskDefinitionKey())
        || office != null && TASK_VERIFY_UPDATE.equals(task.getTaskDefinitionKey())) {
      tail += " — " + office;
    }
    Object uno = task.getVariable(UNO_GROUP);
    if (uno != null && TASK_REVIEW_OVERDUE_OFFICE.equals(task.getTaskDefinitionKey())) {
      tail += " — " + officeOptions.label(uno.toString()); // one review per UNO: whose upazila's offices it decides
    }
    if (TASK_REPORT_UPDATE.equals(task.getTaskDefinitionKey()) && VERDICT_RETURNED.equals(task.getVariable(VERDICT))) {
      tail += " — সংশোধনের জন্য ফেরত"; // not a new request: the list shows it is the report sent back
    }
    if (TASK_VERIFY_UPDATE.equals(task.getTaskDefinitionKey()) && ReportCheckListener.notOurWork(task)) {
      tail += " — প্রত্যাহারের অনুরোধ"; // not a report to verify: the office asks to be withdrawn
    }
    if (meeting == null) {
      return fitted(head + tail);
    }
    // Camunda's task name column holds 255 characters: a long committee name gives way, not the office or the
    // "sent back" that tell an office's tasks apart
    int room = NAME_LIMIT - head.length() - tail.length() - " — ".length();
    return fitted(head + " — " + shortened(meeting, room) + tail);
  }

  /** The text in at most {@code room} characters, cut at a space and marked "…" when it is longer. */
  static String shortened(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    if (room < 2) {
      return "…";
    }
    int cut = text.lastIndexOf(' ', room - 1);
    return text.substring(0, cut > 0 ? cut : room - 1).strip() + "…";
  }

  private static String fitted(String name) {
    return shortened(name, NAME_LIMIT);
  }
}

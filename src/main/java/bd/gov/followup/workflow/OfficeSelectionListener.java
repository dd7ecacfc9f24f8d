package bd.gov.followup.workflow;

import bd.gov.followup.notify.MarkdownLiteral;
import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import bd.gov.followup.security.DecisionReadAccess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Checks what the lead (or the secretary) chose before the offices are asked: known offices, a real deadline, the
 * decision accepted. Stores the selection as a typed list so the multi-instance can iterate it.
 */
@Component("officeSelection")
public class OfficeSelectionListener implements TaskListener {

  private final OfficeOptions officeOptions;
  private final DecisionReadAccess readAccess;
  private final DecisionDeadlines deadlines;
  private final PlanNextCheckpointDelegate planner;
  private final DecisionMessages messages;
  private final Notifier notifier;
  private final ReportVerifiers verifiers;
  private final ReviewFormTexts reviewFormTexts;

  public OfficeSelectionListener(OfficeOptions officeOptions, DecisionReadAccess readAccess,
      DecisionDeadlines deadlines, PlanNextCheckpointDelegate planner, DecisionMessages messages, Notifier notifier,
      ReportVerifiers verifiers, ReviewFormTexts reviewFormTexts) {
    this.officeOptions = officeOptions;
    this.readAccess = readAccess;
    this.deadlines = deadlines;
    this.planner = planner;
    this.messages = messages;
    this.notifier = notifier;
    this.verifiers = verifiers;
    this.reviewFormTexts = reviewFormTexts;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TASK_ASSIGN_IMPLEMENTER.equals(task.getTaskDefinitionKey()) && declined(task)) {
      if (accepted(task)) { // the form shows one answer at a time; a client that sends both means neither for sure
        // named by the hand-back box alone: Tasklist shows its label (web.FieldLabels), not two variable names
        throw new BadUserRequestException(LEAD_DECLINED + ": গ্রহণ অথবা ফেরত, যেকোনো একটি বেছে নিন /"
            + " accept the decision or hand it back, not both");
      }
      task.getExecution().getProcessInstance().removeVariableLocal(DEADLINE_DAY); // the next lead's form has its own
      task.getExecution().getProcessInstance().removeVariableLocal(DEADLINE_DAY_PREFILLED);
      handBack(task);
      // the secretary names the next lead (its task comes next)
      reviewFormTexts.refresh(task, task.getExecution(),
          ReviewFormTexts.Change.completing(task.getId(), List.of((String) task.getVariable(SECRETARY_GROUP))));
      return;
    }
    List<String> chosen = new ArrayList<>(JsonVariables.readStringsAsSent(task, OFFICES));
    if (task.getVariableTyped(MORE_OFFICES, false) != null) {
      // the lead adds offices the directory did not propose; kept in offices from now on, not in the form's field
      chosen.addAll(officeOptions.validSelectionOrNone(
          JsonVariables.readStringsAsSent(task, MORE_OFFICES), MORE_OFFICES));
      task.getExecution().removeVariable(MORE_OFFICES);
    }
    List<String> offices = officeOptions.validSelection(chosen, OFFICES);
    task.setVariable(OFFICES, JsonVariables.stringList(offices));
    task.setVariable(OFFICE_OPTIONS, officeOptions.optionsFor(offices));
    task.setVariable(OFFICES_ASKED, offices.size());

    if (TASK_RESOLVE_UNKNOWN_IMPLEMENTER.equals(task.getTaskDefinitionKey())) {
      String lead = (String) task.getVariable(LEAD_GROUP);
      String validLead = officeOptions.validSelection(lead == null ? List.of() : List.of(lead), LEAD_GROUP).get(0);
      task.setVariable(LEAD_GROUP, validLead);
      DecisionActions.leadNamed(task.getExecution(), null, officeOptions.label(validLead), "সদস্য-সচিব");
      readAccess.grant(validLead, task.getExecution());
      if (task.hasVariable(VERIFIER_GROUPS)) { // an instance of a version whose verify task reads it
        task.setVariable(VERIFIER_GROUPS, JsonVariables.stringList(verifiers.decisionWide(verifiers.roles(task, validLead))));
      }
      task.setVariable(IMPLEMENTERS_RESOLVED, true);
    } else {
      if (!accepted(task)) {
        throw new BadUserRequestException(ACCEPTED + ": সিদ্ধান্তটি গ্রহণ করুন, অথবা আমাদের নয় বলে ফেরত দিন / accept the"
            + " decision, or hand it back as not yours");
      }
      // the lead may have set another date: a weekend or holiday moves it too, and the tasks say so. The form
      // shows the date as already moved; sent back unchanged, it keeps the notice of why it was moved
      LocalDate requested = requestedDeadline(task);
      LocalDate due;
      boolean newDeadline = !DecisionTexts.day(requested).equals(task.getVariable(DEADLINE_TEXT));
      if (!newDeadline) {
        due = requested;
        if (!due.toString().equals(task.getVariable(DEADLINE))) {
          task.setVariable(DEADLINE, due.toString()); // the form's date-time, as the ISO date the watch reads
        }
      } else {
        // a new date: not one already past (the decision would go to the reviewers at once) nor beyond a year (or
        // beyond the deadline it replaces, when the minutes set a later one), which would take it out of the watch;
        // an unchanged deadline that has passed stays as the minutes set it
        LocalDate today = DeadlineClock.today();
        LocalDate latest = DecisionTexts.parseDay(task.getVariable(DEADLINE_TEXT))
            .filter(before -> before.isAfter(today.plusYears(1))).orElse(today.plusYears(1));
        if (requested.isBefore(today) || requested.isAfter(latest)) {
          throw new BadUserRequestException(DEADLINE_DAY + ": নতুন সময়সীমা আজ থেকে " + DecisionTexts.day(latest)
              + " এর মধ্যে দিন / a new deadline must be between today and " + DecisionTexts.day(latest) + " (a year"
              + " ahead, or the deadline it replaces): " + DecisionTexts.day(requested));
        }
        // the form sent the new date as deadline; the text still says the one it replaces
        LocalDate before = DecisionTexts.parseDay(task.getVariable(DEADLINE_TEXT)).orElse(null);
        due = deadlines.apply(requested, task::setVariable);
        DecisionDeadlines.recordChange(task.getExecution().getProcessInstance(), before, due, "মূল বাস্তবায়নকারী");
      }
      if (Boolean.TRUE.equals(task.getVariable(ESCALATED)) && !due.isBefore(DeadlineClock.today())) {
        // a decision escalated while it waited for its lead is no longer late (a deadline today has not passed): it
        // starts over, as after the chair's extension (the report no longer shows it with the chair; the watch plans
        // reminders for the new date, today's too if its time has passed, as for a deadline just set)
        task.setVariable(ESCALATED, false);
        task.setVariable(LAST_ESCALATION_AT, null);
        task.setVariable(NEXT_CHECKPOINT_AT, null);
      }
      planner.replan(task.getExecution(), newDeadline);
    }
    // next: the named lead's acceptance, or the chosen offices' reports
    reviewFormTexts.refresh(task, task.getExecution(), ReviewFormTexts.Change.completing(task.getId(),
        TASK_RESOLVE_UNKNOWN_IMPLEMENTER.equals(task.getTaskDefinitionKey())
            ? List.of((String) task.getVariable(LEAD_GROUP)) : offices));
  }

  /**
   * The deadline the lead asks for: the form's day-first field when the lead changed it (empty is refused), else the
   * decision's deadline, which a REST client, or a form of an earlier version, sends as ISO in {@code deadline}.
   */
  static LocalDate requestedDeadline(DelegateTask task) {
    if (task.hasVariable(DEADLINE_DAY)) {
      Object typed = task.getVariable(DEADLINE_DAY);
      Object prefilled = task.getVariable(DEADLINE_DAY_PREFILLED);
      LocalDate day = FormDates.parse(typed, DEADLINE_DAY);
      DelegateExecution decision = task.getExecution().getProcessInstance();
      decision.removeVariableLocal(DEADLINE_DAY); // the form's, not the decision's: gone once read
      decision.removeVariableLocal(DEADLINE_DAY_PREFILLED);
      if (!String.valueOf(typed).strip().equals(prefilled)) {
        return day;
      }
    }
    return FormDates.parse(task.getVariable(DEADLINE), DEADLINE);
  }

  /** Whether the lead accepted. */
  static boolean accepted(DelegateTask task) {
    return yes(task, ACCEPTED);
  }

  /** Whether the lead handed the decision back. */
  static boolean declined(DelegateTask task) {
    return yes(task, LEAD_DECLINED);
  }

  /**
   * A yes/no of the lead's form, stored as a real boolean whatever a client sent ("true" as text), so that
   * Gateway_LeadAccepted, the next lead's reset, the progress texts and this listener read the same answer.
   */
  private static boolean yes(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    boolean yes = value != null && Boolean.parseBoolean(value.toString().strip());
    if (value != null && !(value instanceof Boolean b && b == yes)) {
      task.setVariable(name, yes);
    }
    return yes;
  }

  /**
   * The lead says the decision is not its office's: it goes back to the secretary, who names another lead (the
   * resolve task, with the lead's reason), and the secretary hears of it now.
   */
  private void handBack(DelegateTask task) {
    if (((ExecutionEntity) task.getExecution()).getProcessDefinition().findActivity("Gateway_LeadAccepted") == null) {
      throw new BadUserRequestException(LEAD_DECLINED + ": এই সিদ্ধান্তের প্রক্রিয়ার সংস্করণে ফেরত দেওয়া যায় না; সদস্য-সচিবকে"
          + " জানান / this decision runs on a process version without the hand-back: tell the secretary");
    }
    Object reason = task.getVariable(DECLINE_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new BadUserRequestException(DECLINE_REASON + ": কেন আপনাদের নয় এবং কোন দপ্তরের কাজ তা লিখুন / say why it is"
          + " not yours, and whose it is");
    }
    String lead = (String) task.getVariable(LEAD_GROUP);
    String leadName = lead == null ? "—" : officeOptions.label(lead);
    task.setVariable(ACCEPTED, false);
    // shown on the secretary's form: the lead's words as typed, never as Markdown of theirs
    task.setVariable(DECLINED_TEXT, leadName + ": " + MarkdownLiteral.of(reason.toString().strip()));
    // no lead until the secretary names one, as when the directory found none: the secretary's form starts empty
    // and the report does not show the office that handed it back as the lead
    task.setVariable(LEAD_GROUP, null);
    DecisionActions.handedBack(task.getExecution(), leadName, reason.toString());
    String secretary = (String) task.getVariable(SECRETARY_GROUP);
    notifier.notifyOffice(secretary, messages.leadHandedBack(DecisionSummary.of(task.getExecution()),
        officeOptions.label(secretary), leadName, reason.toString().strip()), null, task.getProcessInstanceId());
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The review forms' two lines about the decision as it stands — its progress and the offices that still owe work —
 * written on the decision when a review opens and rewritten while it is open (a hand-back, the secretary's naming,
 * the lead's acceptance, a report, a verification), so the chair or the UNO never reads a snapshot that the progress
 * line next to it contradicts. On the decision, not the task: a submission of the reviewer's form deletes the task's
 * own variables, and a refresh must never race it.
 */
@Component
public class ReviewFormTexts {

  /**
   * What the step under way changes that the database does not show yet: the task it completes is still there, the
   * tasks it is about to create are not.
   */
  public record Change(String completedTaskId, List<String> nowPending, List<String> nowAwaitingVerification,
      boolean sentBack) {

    /** The step completes this task and leaves these offices owing work (their tasks come next). */
    public static Change completing(String taskId, List<String> nowPending) {
      return new Change(taskId, nowPending, List.of(), false);
    }

    /** A verifier sends these offices' reports back: they owe them again, having reported. */
    public static Change sendingBack(String verifyTaskId, List<String> offices) {
      return new Change(verifyTaskId, offices, List.of(), true);
    }

    /** An office's report (a first one or a resubmission) now waits for its verification. */
    public static Change reported(String office) {
      return new Change(null, List.of(), List.of(office), false);
    }
  }

  private final OfficeOptions officeOptions;
  private final PendingOffices pendingOffices;
  private final TaskService taskService;

  public ReviewFormTexts(OfficeOptions officeOptions, PendingOffices pendingOffices, @Lazy TaskService taskService) {
    this.officeOptions = officeOptions;
    this.pendingOffices = pendingOffices;
    this.taskService = taskService;
  }

  /** A review task opens: both lines from the escalation under way (its snapshot, in the same transaction). */
  public void open(DelegateTask review) {
    List<String> pending = List.copyOf(pendingOffices.ofEscalation(review, review.getProcessInstanceId()).keySet());
    List<String> unverified = pending.isEmpty() ? awaitingVerification(review.getProcessInstanceId(), null) : List.of();
    DelegateExecution decision = review.getExecution().getProcessInstance();
    decision.setVariableLocal(PENDING_OFFICES_TEXT,
        pendingText(pending, unverified, withdrawalRequests(review.getProcessInstanceId(), null)));
    decision.setVariableLocal(PROGRESS_TEXT, progress(review, returned(review.getProcessInstanceId(), null)));
    decision.setVariableLocal(LEAD_TEXT, lead(review));
  }

  /** Who leads now: the reviewer may hand the decision to another lead, and should know whom it takes it from. */
  private String lead(VariableScope scope) {
    Object lead = scope.getVariable(LEAD_GROUP);
    if (lead == null || Boolean.FALSE.equals(scope.getVariable(IMPLEMENTERS_RESOLVED))) {
      return "— (সদস্য-সচিব নির্ধারণ করবেন / the secretary is to name one)";
    }
    return officeOptions.label(lead.toString())
        + (Boolean.TRUE.equals(scope.getVariable(ACCEPTED)) ? "" : " (এখনো গ্রহণ করেনি / yet to accept)");
  }

  /**
   * Rewrites both lines while a review of this decision is open; nothing to do for one never reviewed. Once no review
   * is open the lines go (the next review writes them anew), so a decision reviewed once does not rewrite them at every
   * later report for nobody — nor collide on them with a colleague's verification.
   */
  public void refresh(VariableScope anyScope, DelegateExecution execution, Change change) {
    DelegateExecution decision = execution.getProcessInstance();
    if (!decision.hasVariableLocal(PROGRESS_TEXT)) {
      return;
    }
    String processInstanceId = decision.getId();
    if (taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(TASK_REVIEW_OVERDUE_DECISION, TASK_REVIEW_OVERDUE_OFFICE).count() == 0) {
      decision.removeVariableLocal(PROGRESS_TEXT);
      decision.removeVariableLocal(PENDING_OFFICES_TEXT);
      decision.removeVariableLocal(LEAD_TEXT);
      return;
    }
    Set<String> pending = new LinkedHashSet<>();
    pendingOffices.of(processInstanceId).stream()
        .filter(p -> !p.task().getId().equals(change.completedTaskId()))
        .forEach(p -> pending.add(p.officeId()));
    pending.addAll(change.nowPending());
    List<String> unverified = List.of();
    Set<String> asking = new LinkedHashSet<>();
    if (pending.isEmpty()) {
      Set<String> awaiting = new LinkedHashSet<>(awaitingVerification(processInstanceId, change.completedTaskId()));
      awaiting.addAll(change.nowAwaitingVerification());
      unverified = List.copyOf(awaiting);
      asking.addAll(withdrawalRequests(processInstanceId, change.completedTaskId()));
      if (!change.nowAwaitingVerification().isEmpty() && ReportCheckListener.notOurWork(anyScope)) {
        asking.addAll(change.nowAwaitingVerification()); // its verification task comes next
      }
    }
    set(decision, PENDING_OFFICES_TEXT, pendingText(new ArrayList<>(pending), unverified, asking));
    set(decision, PROGRESS_TEXT, progress(anyScope, returned(processInstanceId, change.completedTaskId())
        + (change.sentBack() ? change.nowPending().size() : 0)));
    set(decision, LEAD_TEXT, lead(anyScope));
  }

  private List<String> awaitingVerification(String processInstanceId, String exceptTaskId) {
    return pendingOffices.awaitingVerification(processInstanceId, exceptTaskId).stream()
        .map(ReportVerifiers.Report::office).toList();
  }

  /** The offices whose open verification is of a «not our work», not of a report. */
  private Set<String> withdrawalRequests(String processInstanceId, String exceptTaskId) {
    Set<String> asking = new LinkedHashSet<>();
    for (org.camunda.bpm.engine.task.Task verify : taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(TASK_VERIFY_UPDATE).unlimitedList()) {
      Object notOurWork = taskService.getVariable(verify.getId(), NOT_OUR_WORK);
      if (!verify.getId().equals(exceptTaskId) && notOurWork != null
          && Boolean.parseBoolean(notOurWork.toString().strip())) {
        asking.add((String) taskService.getVariable(verify.getId(), OFFICE));
      }
    }
    return asking;
  }

  /** An office asking to be withdrawn has sent no report: said so beside its name, as the verifier's task says it. */
  private String pendingText(List<String> pending, List<String> unverified, Set<String> asking) {
    if (unverified.isEmpty()) {
      return officeOptions.names(pending);
    }
    List<String> names = new ArrayList<>();
    for (String office : unverified) {
      names.add(officeOptions.label(office)
          + (asking.contains(office) ? " (প্রত্যাহারের অনুরোধ / asks to be withdrawn)" : ""));
    }
    return "— (সকল দপ্তর দাখিল করেছে; যাচাইয়ের অপেক্ষায় / all reported; awaiting verification: "
        + String.join("; ", names) + ")";
  }

  /** Camunda writes every set into the history, changed or not. */
  private static void set(DelegateExecution decision, String name, String value) {
    if (!value.equals(decision.getVariableLocal(name))) {
      decision.setVariableLocal(name, value);
    }
  }

  /**
   * The offices whose report was sent back and is not in again: an open report task of an office that reported
   * (counted in officesReported, which counts first reports).
   */
  private int returned(String processInstanceId, String exceptTaskId) {
    int returned = 0;
    for (PendingOffices.PendingTask pending : pendingOffices.of(processInstanceId)) {
      if (TASK_REPORT_UPDATE.equals(pending.task().getTaskDefinitionKey())
          && !pending.task().getId().equals(exceptTaskId)
          && Boolean.TRUE.equals(taskService.getVariable(pending.task().getId(), REPORTED))) {
        returned++;
      }
    }
    return returned;
  }

  private static String progress(VariableScope scope, int returned) {
    if (!Boolean.TRUE.equals(scope.getVariable(ACCEPTED))) {
      // officesAsked holds the directory's proposal until the lead confirms it: nobody has been asked yet
      return scope.getVariable(LEAD_GROUP) == null || Boolean.FALSE.equals(scope.getVariable(IMPLEMENTERS_RESOLVED))
          // the lead handed the decision back, or an implementer was unknown (the secretary stands in as lead until
          // naming one): no lead until the secretary names one
          ? "সদস্য-সচিবের মূল বাস্তবায়নকারী নির্ধারণের অপেক্ষায় / waiting for the secretary to name the lead"
          : "মূল বাস্তবায়নকারীর গ্রহণের অপেক্ষায় / waiting for the lead to accept";
    }
    Object asked = scope.getVariable(OFFICES_ASKED);
    Object reported = scope.getVariable(OFFICES_REPORTED);
    // an office withdrawn (asked by mistake, its verifier agreed) owes no report: out of the count, as in the report
    int withdrawn = JsonVariables.readStrings(scope.getVariable(OFFICES_WITHDRAWN), OFFICES_WITHDRAWN).size();
    return BengaliDigits.toBengali(String.valueOf(reported == null ? 0 : reported)) + "/"
        + BengaliDigits.toBengali(String.valueOf((asked instanceof Number n ? n.intValue() : 0) - withdrawn))
        + " দপ্তর প্রতিবেদন দিয়েছে"
        + (returned > 0 ? " (" + BengaliDigits.of(returned) + "টি সংশোধনের জন্য ফেরত)" : "");
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.springframework.stereotype.Component;

/**
 * The reviewer's choice, with what it needs. The chair extends (a later deadline, within a year), changes the lead
 * (a known office), sends a reminder letter or closes (with the reason). A UNO, on the first rung for its upazila's
 * offices, sends them a reminder letter or refers the decision to the chair, who is told at once: the committee's
 * deadline, lead and closing are the chair's, and the decision is the whole district's. Each UNO has its own review
 * (SubProcess_UnoReview): only that UNO, or the chair's user, decides it, and the letter goes to that UNO's offices;
 * on the single review of earlier versions the UNO who chose signs alone. (A UNO's review opened under a version of
 * the process without the referral keeps the chair's four choices it was created with.)
 */
@Component("chairDecisionCheck")
public class ChairDecisionCheckListener implements TaskListener {

  static final String FLOW_UNO_REFERS = "Flow_UnoRefers";

  private static final Set<String> CHAIR_CHOICES = Set.of("extend", "reassign", "remind", "close");
  private static final Set<String> UNO_CHOICES = Set.of("remind", "refer");

  private final OfficeOptions officeOptions;
  private final PendingOffices pendingOffices;
  private final DecisionMessages messages;
  private final Notifier notifier;
  private final EscalationLadder ladder;
  private final UpazilaStillOwing stillOwing;

  public ChairDecisionCheckListener(OfficeOptions officeOptions, PendingOffices pendingOffices,
      DecisionMessages messages, Notifier notifier, EscalationLadder ladder, UpazilaStillOwing stillOwing) {
    this.officeOptions = officeOptions;
    this.pendingOffices = pendingOffices;
    this.messages = messages;
    this.notifier = notifier;
    this.ladder = ladder;
    this.stillOwing = stillOwing;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean uno = TASK_REVIEW_OVERDUE_OFFICE.equals(task.getTaskDefinitionKey());
    boolean unoRung = uno && canRefer(task.getExecution());
    Object choice = task.getVariable(CHAIR_DECISION);
    if (unoRung && (choice == null || !UNO_CHOICES.contains(choice.toString()))) {
      throw new BadUserRequestException(CHAIR_DECISION + ": তাগিদপত্র বা সভাপতির কাছে উপস্থাপন বেছে নিন; সময় বৃদ্ধি, "
          + "মূল বাস্তবায়নকারী পরিবর্তন ও বন্ধ সভাপতির সিদ্ধান্ত / choose remind or refer: extending, changing the lead "
          + "and closing are the chair's");
    }
    if (!unoRung && (choice == null || !CHAIR_CHOICES.contains(choice.toString()))) {
      throw new BadUserRequestException(CHAIR_DECISION + ": একটি সিদ্ধান্ত বেছে নিন / choose extend, reassign, remind or close");
    }
    String reviewedBy = reviewedBy(task, uno);
    switch (choice.toString()) {
      case "extend" -> checkNewDeadline(task);
      case "reassign" -> {
        Object lead = task.getVariable(NEW_LEAD_GROUP);
        if (lead == null || lead.toString().isBlank()) {
          // one office, from a single select: not "at least one"
          throw new BadUserRequestException(NEW_LEAD_GROUP + ": নতুন মূল বাস্তবায়নকারী দপ্তর বেছে নিন / choose the"
              + " office that leads the decision now");
        }
        officeOptions.validSelection(List.of(lead.toString()), NEW_LEAD_GROUP);
        checkReassignable(task, lead.toString());
        // optional here: a new lead may be given a date of its own, the decision's having passed
        Object typed = task.getVariable(NEW_DEADLINE);
        if (typed != null && !typed.toString().isBlank()) {
          checkNewDeadline(task);
        }
      }
      case "remind" -> {
        List<PendingOffices.PendingTask> owing = pendingOffices.of(task.getProcessInstanceId());
        if (!owing.isEmpty() && owing.stream()
            .allMatch(p -> TASK_RESOLVE_UNKNOWN_IMPLEMENTER.equals(p.task().getTaskDefinitionKey()))) {
          // the letter would ask the committee's own secretary for an implementation update
          throw new BadUserRequestException(CHAIR_DECISION + ": সদস্য-সচিব এখন মূল বাস্তবায়নকারী নির্ধারণ করছেন; কোনো দপ্তরের"
              + " কাছে তাগিদপত্র যাওয়ার নেই। সময় বৃদ্ধি বা বন্ধ বেছে নিন / the secretary is naming the lead: no office"
              + " owes a report to remind. Choose extend or close");
        }
        if (!owing.isEmpty() && unoRung && !owesTheUnos(task, owing, actingUnos(task, reviewedBy))) {
          // the letter goes to this UNO's late offices only, and never in the chair's name for a UNO's choice
          throw new BadUserRequestException(CHAIR_DECISION + ": আপনার উপজেলার দেরিতে থাকা কোনো দপ্তরের কাজ আর বাকি নেই, "
              + "তাগিদপত্র কারও কাছে যাবে না; বাকি কাজের জন্য সভাপতির কাছে উপস্থাপন করুন / none of your upazila's late"
              + " offices still owes work, so a reminder letter would reach nobody: refer the decision to the chair");
        }
        if (owing.isEmpty()) {
          throw new BadUserRequestException(CHAIR_DECISION + ": কোনো দপ্তরের তথ্য দাখিল বাকি নেই, তাগিদপত্র কারও কাছে যাবে না"
              + (unoRung
                  ? " — যাচাই বাকি থাকলে সভাপতির কাছে উপস্থাপন করুন / no office owes a report, so a reminder letter would"
                      + " reach nobody: refer the decision to the chair if verification is outstanding"
                  : " — যাচাই বাকি থাকলে সময় বৃদ্ধি বা মূল বাস্তবায়নকারী পরিবর্তন বেছে নিন / no office owes a report, so a"
                      + " reminder letter would reach nobody: extend or change the lead if verification is outstanding"));
        }
      }
      case "close" -> {
        Object remarks = task.getVariable(CHAIR_REMARKS);
        if (remarks == null || remarks.toString().isBlank()) {
          throw new BadUserRequestException(CHAIR_REMARKS + ": বন্ধ করার কারণ লিখুন / give the reason for closing the"
              + " decision: the committee and the report read it");
        }
        // who still owes work, while their tasks are open: the close ends them before its notice is written
        // (the chair, closing in this review, is not told of its own close)
        task.getExecution().getProcessInstance().setVariable(OFFICES_OWING_AT_CLOSE,
            pendingOffices.owingAtClose(task.getProcessInstanceId(), task.getId()));
      }
      case "refer" -> referToTheChair(task, reviewedBy);
      default -> { }
    }
    if (task.getVariable(CHAIR_REMARKS) == null) {
      task.setVariable(CHAIR_REMARKS, ""); // a choice without remarks: no remarks, not the last reviewer's
    }
    // the letter and the record say who decided: a UNO (first rung) or the chair
    task.setVariable(REVIEWED_BY, reviewedBy);
    // and the letter is signed with the deciding user's name (LetterSignerName): this review's, never an earlier one's
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    task.setVariable(REVIEW_DECIDED_BY, user == null ? null : user.getUserId());
    // named and dated, as the report gives them: the mails quote every reviewer's remarks, not the chair's alone
    ReviewerRemarksRecord.add(task.getExecution(), reviewer(task, reviewedBy), task.getVariable(CHAIR_REMARKS));
    if (task.getVariable(UNO_GROUP) != null) {
      // one UNO's review keeps its choice in its own instance; the decision records the latest, as the chair's
      // review does, for the progress report and the next review's "earlier remarks"
      DelegateExecution decision = task.getExecution().getProcessInstance();
      decision.setVariableLocal(REVIEWED_BY, reviewedBy);
      decision.setVariableLocal(CHAIR_DECISION, choice.toString());
      decision.setVariableLocal(CHAIR_REMARKS, task.getVariable(CHAIR_REMARKS));
    } else if (uno && "remind".equals(choice.toString()) && "uno".equals(reviewedBy)) {
      // the single review of earlier versions: the letter is signed by the UNO who chose it, not by every UNO
      List<String> signers = actingUnos(task, reviewedBy);
      if (signers.size() < JsonVariables.readStrings(task.getVariable(UNO_GROUPS), UNO_GROUPS).size()) {
        task.getExecution().getProcessInstance().setVariableLocal(UNO_SIGNERS, JsonVariables.stringList(signers));
      }
    }
  }

  /** The new deadline as typed (day first): after today and within a year, kept as the ISO day the steps read. */
  private static void checkNewDeadline(DelegateTask task) {
    LocalDate newDeadline = FormDates.parse(task.getVariable(NEW_DEADLINE), NEW_DEADLINE);
    LocalDate today = DeadlineClock.today();
    if (!newDeadline.isAfter(today) || newDeadline.isAfter(today.plusYears(1))) {
      throw new BadUserRequestException(NEW_DEADLINE + ": নতুন সময়সীমা আগামীকাল থেকে এক বছরের মধ্যে দিন / the new "
          + "deadline must be after today and within a year: " + DecisionTexts.day(newDeadline));
    }
    task.setVariable(NEW_DEADLINE, newDeadline.toString());
  }

  /**
   * Who decided the review, as the report names them: a UNO by its office (its upazila), the chair; the chair's user
   * deciding a UNO's review is the chair, on that UNO's review.
   */
  private String reviewer(DelegateTask task, String reviewedBy) {
    if (!TASK_REVIEW_OVERDUE_OFFICE.equals(task.getTaskDefinitionKey())) {
      return "সভাপতি";
    }
    String unos = officeOptions.names(actingUnos(task, reviewedBy));
    return "uno".equals(reviewedBy) ? unos : "সভাপতি (" + unos + "-এর পর্যালোচনায়)";
  }

  /**
   * The UNOs whose offices this review decides for: the review's own UNO (one review per UNO), or on the single
   * review of earlier versions the UNOs among the user's groups — every UNO of the rung when the administrator, the
   * application or the chair decides.
   */
  private static List<String> actingUnos(DelegateTask task, String reviewedBy) {
    Object own = task.getVariable(UNO_GROUP);
    if (own != null) {
      return List.of(own.toString());
    }
    List<String> unos = JsonVariables.readStrings(task.getVariable(UNO_GROUPS), UNO_GROUPS);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (!"uno".equals(reviewedBy) || user == null || user.getGroupIds() == null) {
      return unos;
    }
    List<String> mine = unos.stream().filter(user.getGroupIds()::contains).toList();
    return mine.isEmpty() ? unos : mine;
  }

  /** Whether a late office of these UNOs (their rung's routes) still owes work. */
  private boolean owesTheUnos(DelegateTask task, List<PendingOffices.PendingTask> owing, List<String> unos) {
    Set<String> offices = new java.util.HashSet<>();
    owing.forEach(p -> offices.add(p.officeId()));
    return ladder.routes(task).stream()
        .anyMatch(step -> step.toUno() && unos.contains(step.uno()) && offices.contains(step.office()));
  }

  /**
   * A new lead replaces one that exists: while the secretary names the lead (after a hand-back, or for an unknown
   * implementer), the secretary's choice would overwrite the chair's, so the chair waits for it; and the lead
   * itself is no change.
   */
  private static void checkReassignable(DelegateTask task, String newLead) {
    long naming = task.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(TASK_RESOLVE_UNKNOWN_IMPLEMENTER).count();
    Object lead = task.getVariable(LEAD_GROUP);
    if (naming > 0 || lead == null) {
      throw new BadUserRequestException(NEW_LEAD_GROUP + ": সদস্য-সচিব এখন মূল বাস্তবায়নকারী নির্ধারণ করছেন; তাঁর নির্ধারণের"
          + " পরে পরিবর্তন করুন, এখন সময় বৃদ্ধি বেছে নিন / the secretary is naming the lead now: change it after that;"
          + " for now choose extend");
    }
    if (newLead.equals(lead)) {
      throw new BadUserRequestException(NEW_LEAD_GROUP + ": এই দপ্তরই এখন মূল বাস্তবায়নকারী; অন্য দপ্তর বেছে নিন / this"
          + " office is the lead already: choose another");
    }
  }

  /**
   * Who decides: the review's own reviewer (a user of its candidate group), or the chair's user on a UNO's review,
   * recorded as the chair. The committee may work on any task (the secretary too), but the decision is the chair's or
   * the UNO's, and the letter is signed as theirs: another user is refused. The administrator, and the application
   * itself (no user), act for the task's reviewer.
   */
  private static String reviewedBy(DelegateTask task, boolean uno) {
    String byTask = uno ? "uno" : "adc";
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = user == null ? null : user.getGroupIds();
    // the reviewers the process named, not the task's candidates now: the committee may update any task, and so
    // could add its own group as a candidate
    // one UNO's review (SubProcess_UnoReview) is that UNO's alone; the single review of earlier versions any UNO's
    List<String> reviewers = uno
        ? task.getVariable(UNO_GROUP) != null ? List.of(task.getVariable(UNO_GROUP).toString())
            : JsonVariables.readStrings(task.getVariable(UNO_GROUPS), UNO_GROUPS)
        : task.getVariable(CHAIR_GROUP) == null ? List.of() : List.of(task.getVariable(CHAIR_GROUP).toString());
    if (groups == null || groups.contains(Groups.CAMUNDA_ADMIN) || reviewers.stream().anyMatch(groups::contains)) {
      return byTask;
    }
    Object chair = task.getVariable(CHAIR_GROUP);
    if (uno && chair != null && groups.contains(chair.toString())) {
      return "adc";
    }
    throw new BadUserRequestException(CHAIR_DECISION + ": এই পর্যালোচনা " + (uno ? "ইউএনও বা সভাপতির" : "সভাপতির")
        + "; আপনি এখানে সিদ্ধান্ত দিতে পারেন না / this review is " + (uno ? "the UNO's or the chair's" : "the chair's")
        + ": you may not decide it");
  }

  /** The decision goes up a rung early: counted as an escalation, and the chair hears of it now, not at the lapse. */
  private void referToTheChair(DelegateTask task, String reviewedBy) {
    DelegateExecution execution = task.getExecution();
    EscalationClock.referred(execution);
    String chair = (String) execution.getVariable(CHAIR_GROUP);
    // the UNO who referred it: its own review's, or on the single review of earlier versions the user's upazila
    List<String> unos = actingUnos(task, reviewedBy);
    Object remarks = task.getVariable(CHAIR_REMARKS);
    DecisionActions.referred(execution, officeOptions.names(unos), remarks == null ? "" : remarks.toString());
    DecisionSummary decision = DecisionSummary.of(execution);
    notifier.notifyOffice(chair, messages.referral(decision, officeOptions.label(chair),
        officeOptions.names(unos), owingNow(task, unos), remarks == null ? "" : remarks.toString()),
        null, task.getProcessInstanceId());
    // the referral ends every UNO's review (Event_UnoReferred interrupts the rung): each other UNO whose review is
    // still open reads why in its Tasklist; one that sent its letter has no review left and is not told
    for (String other : pendingOffices.otherOpenUnoReviewers(task.getProcessInstanceId(), task.getId())) {
      if (!unos.contains(other)) {
        notifier.notifyOfficeByNotice(other, messages.reviewEndedReferred(decision, officeOptions.label(other),
            officeOptions.names(unos), stillOwing.line(task.getProcessInstanceId(), other)),
            task.getProcessInstanceId());
      }
    }
  }

  /**
   * What the referring UNOs' upazilas owe now, for the chair: offices may have reported since the escalation, and the
   * escalation's list would call them late. For several UNOs at once (the single review of earlier versions, decided
   * by the administrator) the escalation's late offices, as before: «তাঁর উপজেলা» would not say whose.
   */
  private String owingNow(DelegateTask task, List<String> unos) {
    if (unos.size() != 1) {
      List<String> late = List.copyOf(pendingOffices.ofEscalation(task, task.getProcessInstanceId()).keySet());
      return "এখনো হালনাগাদ তথ্য দাখিল করেনি: " + (late.isEmpty() ? "—" : officeOptions.names(late));
    }
    return stillOwing.lineForTheChair(task.getProcessInstanceId(), unos.get(0));
  }

  /**
   * Whether this instance's process version has the UNO's referral (versions before it had the chair's choices): one
   * review per UNO, or the single review whose choice the chair's gateway read.
   */
  private static boolean canRefer(DelegateExecution execution) {
    ProcessDefinitionImpl definition = ((ExecutionEntity) execution).getProcessDefinition();
    if (definition.findActivity(SUB_PROCESS_UNO_REVIEW) != null) {
      return true;
    }
    PvmActivity gateway = definition.findActivity("Gateway_ChairDecision");
    return gateway != null
        && gateway.getOutgoingTransitions().stream().anyMatch(t -> FLOW_UNO_REFERS.equals(t.getId()));
  }
}

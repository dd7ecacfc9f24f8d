package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.EscalationStep;
import bd.gov.followup.notify.Message;
import bd.gov.followup.notify.Notifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells everyone the escalation's routes name: each late office an overdue notice (on its task), the reviewer — each
 * UNO for its own offices, or the chair for the whole decision — the matter, and a UNO whose office went past it to
 * the chair a copy. Runs in the deadline timer's transaction: the comments are written with the escalation task,
 * and the mails leave afterwards through the outbox (one job per mail), so a mail server that is down holds back
 * only the mails.
 */
@Component("notifyEscalation")
public class NotifyEscalationDelegate implements JavaDelegate {

  private final EscalationLadder ladder;
  private final PendingOffices pendingOffices;
  private final OfficeOptions officeOptions;
  private final DecisionMessages messages;
  private final Notifier notifier;
  private final ReportVerifiers verifiers;

  public NotifyEscalationDelegate(EscalationLadder ladder, PendingOffices pendingOffices, OfficeOptions officeOptions,
      DecisionMessages messages, Notifier notifier, ReportVerifiers verifiers) {
    this.ladder = ladder;
    this.pendingOffices = pendingOffices;
    this.officeOptions = officeOptions;
    this.messages = messages;
    this.notifier = notifier;
    this.verifiers = verifiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    DecisionSummary decision = DecisionSummary.of(execution);
    Object lateValue = execution.getVariable(WORKING_DAYS_LATE);
    int late = lateValue == null ? 1 : (Integer) lateValue;
    boolean toChair = !EscalationStep.UNO.equals(execution.getVariable(ESCALATE_TO));
    List<EscalationStep> steps = ladder.routes(execution);

    Map<String, String> taskOfOffice = pendingOffices.ofEscalation(execution, instance);
    Map<String, String> owes = pendingOffices.kindOfEscalation(execution, instance);
    int notices = 0;
    Map<String, List<String>> byUno = new LinkedHashMap<>();
    List<String> toldOfLapse = toldOfLapse(execution);
    for (EscalationStep step : steps) {
      if (step.notifies(EscalationStep.OFFICE)) {
        String name = officeOptions.label(step.office());
        // the lead's acceptance and the secretary's naming of an office hold up every office: said as such
        Message notice = switch (owes.getOrDefault(step.office(), TASK_REPORT_UPDATE)) {
          case TASK_ASSIGN_IMPLEMENTER -> messages.acceptanceReminder(decision, name, true);
          case TASK_RESOLVE_UNKNOWN_IMPLEMENTER -> messages.unresolvedImplementerReminder(decision, name, true);
          default -> messages.overdueReminder(decision, name);
        };
        notifier.notifyOffice(step.office(), notice, taskOfOffice.get(step.office()), instance);
        notices++;
      }
      if (step.uno() != null && (step.toUno() || step.notifies(EscalationStep.UNO))) {
        byUno.computeIfAbsent(step.uno(), u -> new ArrayList<>()).add(step.office());
      }
    }
    for (Map.Entry<String, List<String>> uno : byUno.entrySet()) {
      String unoName = officeOptions.label(uno.getKey());
      String offices = owed(uno.getValue(), owes);
      if (toChair && toldOfLapse.contains(uno.getKey())) {
        continue; // its review lapsed a moment ago, and that notice said this: one notice, not two
      }
      if (toChair) {
        // a copy for information: the UNO has no task on the decision to read it on (a comment on the instance
        // reaches nobody in Tasklist), so it is a notice of its own
        notifier.notifyOfficeByNotice(uno.getKey(), messages.escalationCopy(decision, unoName, offices, late), instance);
      } else {
        // its review task follows at once, and says the same
        notifier.notifyOffice(uno.getKey(),
            messages.escalation(decision, unoName, offices, late, true, reportsOnly(uno.getValue(), owes)),
            null, instance);
      }
      notices++;
    }
    if (toChair) {
      String chair = (String) execution.getVariable(CHAIR_GROUP);
      List<String> all = steps.stream().map(EscalationStep::office).toList();
      List<ReportVerifiers.Report> unverified = all.isEmpty() ? pendingOffices.awaitingVerification(instance) : List.of();
      notifier.notifyOffice(chair, unverified.isEmpty()
              ? messages.escalation(decision, officeOptions.label(chair), owed(all, owes), late, false,
                  reportsOnly(all, owes))
              : messages.escalationAwaitingVerification(decision, officeOptions.label(chair),
                  unverifiedByVerifier(verifiers.roles(execution), unverified),
                  SendRemindersDelegate.withdrawals(unverified), late),
          null, instance);
      notices++;
    }
    Integer before = (Integer) execution.getVariable(ESCALATION_NOTICES);
    execution.setVariable(ESCALATION_NOTICES, (before == null ? 0 : before) + notices);
  }

  /** The UNOs the rung's lapse just told (UnoReviewLapsedNotice), read once: the next escalation sends copies again. */
  private static List<String> toldOfLapse(DelegateExecution execution) {
    if (!execution.hasVariable(UNOS_TOLD_OF_LAPSE)) {
      return List.of();
    }
    List<String> told = JsonVariables.readStrings(execution.getVariable(UNOS_TOLD_OF_LAPSE), UNOS_TOLD_OF_LAPSE);
    execution.removeVariable(UNOS_TOLD_OF_LAPSE);
    return told;
  }

  /**
   * The late offices by name, each that owes something other than its report saying what: a lead that has not
   * accepted has asked no office yet, and must not read as one that failed to report.
   */
  private String owed(List<String> offices, Map<String, String> owes) {
    if (offices.isEmpty()) {
      return officeOptions.names(offices);
    }
    return offices.stream().map(office -> officeOptions.label(office)
            + switch (owes.getOrDefault(office, TASK_REPORT_UPDATE)) {
              case TASK_ASSIGN_IMPLEMENTER -> " (মূল বাস্তবায়নকারী: সিদ্ধান্ত গ্রহণ ও দপ্তর নিশ্চিতকরণ বাকি)";
              case TASK_RESOLVE_UNKNOWN_IMPLEMENTER -> " (সদস্য-সচিব: মূল বাস্তবায়নকারী নির্ধারণ বাকি)";
              default -> "";
            })
        .collect(Collectors.joining("; "));
  }

  private static boolean reportsOnly(List<String> offices, Map<String, String> owes) {
    return offices.stream().allMatch(office -> TASK_REPORT_UPDATE.equals(owes.getOrDefault(office, TASK_REPORT_UPDATE)));
  }

  /** "offices (যাচাইকারী: verifier)", a line for each verifier that owes verifications. */
  private String unverifiedByVerifier(ReportVerifiers.Roles roles, List<ReportVerifiers.Report> unverified) {
    return verifiers.byFirstVerifier(roles, unverified).entrySet().stream()
        .map(owed -> officeOptions.reportNames(owed.getValue()) + " (যাচাইকারী: " + officeOptions.label(owed.getKey())
            + ")")
        .collect(Collectors.joining("\n"));
  }
}

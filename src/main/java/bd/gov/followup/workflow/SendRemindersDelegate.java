package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.Checkpoint;
import bd.gov.followup.notify.Message;
import bd.gov.followup.notify.Notifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reminds every office that still owes work on the decision, and the lead of the reports it has still to verify:
 * before the deadline, and daily once it has passed.
 */
@Component("sendReminders")
public class SendRemindersDelegate implements JavaDelegate {

  private final PendingOffices pendingOffices;
  private final OfficeOptions officeOptions;
  private final DecisionMessages messages;
  private final Notifier notifier;
  private final ReportVerifiers verifiers;

  public SendRemindersDelegate(
      PendingOffices pendingOffices, OfficeOptions officeOptions, DecisionMessages messages, Notifier notifier,
      ReportVerifiers verifiers) {
    this.pendingOffices = pendingOffices;
    this.officeOptions = officeOptions;
    this.messages = messages;
    this.notifier = notifier;
    this.verifiers = verifiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionSummary decision = DecisionSummary.of(execution);
    // a reminder planned before the deadline can fire after it (the server was down): the offices are late now
    boolean overdue = Checkpoint.Kind.OVERDUE_REMINDER.name().equals(execution.getVariable(CHECKPOINT_KIND))
        || DeadlineClock.today().isAfter(decision.deadline());
    int sent = 0;
    for (PendingOffices.PendingTask pending : pendingOffices.of(execution.getProcessInstanceId())) {
      String name = officeOptions.label(pending.officeId());
      // the lead's acceptance and the secretary's naming of an office hold up every office: said as such
      Message message = switch (pending.task().getTaskDefinitionKey()) {
        case TASK_ASSIGN_IMPLEMENTER -> messages.acceptanceReminder(decision, name, overdue);
        case TASK_RESOLVE_UNKNOWN_IMPLEMENTER -> messages.unresolvedImplementerReminder(decision, name, overdue);
        default -> overdue ? messages.overdueReminder(decision, name) : messages.reminder(decision, name);
      };
      notifier.notifyOffice(pending.officeId(), message, pending.task().getId(), execution.getProcessInstanceId());
      sent++;
    }
    // reports in but not verified: the lead owes that work (the secretary or the chair for the lead's own report),
    // and hears of it at the same checkpoints — on the verification task of the first report it owes, as an office
    // hears on its report task: a comment on the decision's instance reaches nobody in Tasklist, and most offices
    // have no mail address
    List<PendingOffices.Verification> open = pendingOffices.verifications(execution.getProcessInstanceId());
    Map<String, String> taskOfReport = new HashMap<>();
    open.forEach(v -> taskOfReport.putIfAbsent(v.report().office(), v.task().getId()));
    List<ReportVerifiers.Report> unverified = open.stream().map(PendingOffices.Verification::report).toList();
    String lead = (String) execution.getVariable(LEAD_GROUP);
    for (Map.Entry<String, List<ReportVerifiers.Report>> verifier
        : verifiers.byFirstVerifier(verifiers.roles(execution, lead), unverified).entrySet()) {
      List<ReportVerifiers.Report> reports = verifier.getValue();
      notifier.notifyOffice(verifier.getKey(), messages.verificationReminder(decision,
          officeOptions.label(verifier.getKey()), officeOptions.reportNames(reports), withdrawals(reports), overdue),
          taskOfReport.get(reports.get(0).office()), execution.getProcessInstanceId());
      sent++;
    }
    Integer before = (Integer) execution.getVariable(REMINDERS_SENT);
    execution.setVariable(REMINDERS_SENT, (before == null ? 0 : before) + sent);
  }

  static boolean withdrawals(List<ReportVerifiers.Report> reports) {
    return reports.stream().anyMatch(ReportVerifiers.Report::withdrawal);
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.notify.Notifier;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * A verdict is accept or send back; sending back needs a reason, which the office then reads on its form and in a
 * mail: its report task comes back without anyone telling it otherwise. An office's «not our work» is agreed to
 * (withdrawn: its part ends, AskOfficesNamedDelegate) or sent back the same way; a withdrawal that would leave the
 * decision without any office names the office whose work it is. Offices the verifier names to ask besides are known
 * offices not on the decision yet. Nobody verifies a report they sent: the
 * task's candidates never include the reporting office or the sender's ({@link ReportVerifiers}); a committee member,
 * who may claim or hand on any task, cannot pass it to anyone else either: only a verifier or the chair completes it.
 */
@Component("verificationCheck")
public class VerificationCheckListener implements TaskListener {

  private final DecisionMessages messages;
  private final Notifier notifier;
  private final OfficeOptions officeOptions;
  private final ReportVerifiers reportVerifiers;
  private final ReviewFormTexts reviewFormTexts;
  private final OfficesAskedLater officesAskedLater;

  public VerificationCheckListener(DecisionMessages messages, Notifier notifier, OfficeOptions officeOptions,
      ReportVerifiers reportVerifiers, ReviewFormTexts reviewFormTexts, OfficesAskedLater officesAskedLater) {
    this.officesAskedLater = officesAskedLater;
    this.messages = messages;
    this.notifier = notifier;
    this.officeOptions = officeOptions;
    this.reportVerifiers = reportVerifiers;
    this.reviewFormTexts = reviewFormTexts;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ReportVerifiers.Roles roles = reportVerifiers.roles(task);
    ReportVerifiers.Report report =
        new ReportVerifiers.Report((String) task.getVariable(OFFICE), (String) task.getVariable(REPORTED_BY));
    String refusal = user == null || user.getUserId() == null ? null : reportVerifiers.refusal(user.getUserId(),
        user.getGroupIds() == null ? List.of() : user.getGroupIds(), roles, report);
    if (refusal != null) {
      // says why, and who verifies instead: the secretary refused for a colleague's report reads that it is
      // not a matter of its roles
      throw new BadUserRequestException(VERDICT + ": " + refusal + "; নিজের দপ্তরের বা নিজের দাখিল করা তথ্য নিজে যাচাই করা"
          + " যায় না; যাচাই করবেন / nobody verifies their own office's or their own report; verified by: "
          + officeOptions.names(reportVerifiers.mayVerify(roles, report)));
    }
    Object verdict = task.getVariable(VERDICT);
    String office = (String) task.getVariable(OFFICE);
    boolean notOurWork = ReportCheckListener.notOurWork(task);
    List<String> toAsk = officesToAsk(task);
    if (notOurWork && VERDICT_ACCEPTED.equals(verdict)) {
      throw new BadUserRequestException(VERDICT + ": দপ্তরটি প্রতিবেদন দেয়নি, জানিয়েছে কাজটি তাদের নয়: একমত (প্রত্যাহার)"
          + " অথবা কারণসহ ফেরত বেছে নিন / the office sent no report but says the work is not its own: agree (withdraw"
          + " it) or send it back");
    }
    if (!notOurWork && VERDICT_WITHDRAWN.equals(verdict)) {
      throw new BadUserRequestException(VERDICT + ": দপ্তরটি প্রতিবেদন দিয়েছে; প্রত্যাহার কেবল দপ্তর নিজে কাজটি তাদের নয়"
          + " বললে / the office reported: an office is withdrawn only when it says the work is not its own; accept or"
          + " send back");
    }
    if (VERDICT_ACCEPTED.equals(verdict) || VERDICT_WITHDRAWN.equals(verdict)) {
      Object reason = task.getVariable(RETURN_REASON);
      if (reason != null && !reason.toString().isEmpty()) {
        // a reason sent with an acceptance (a REST client's form) says nothing: the report would print it beside
        // «যাচাইকৃত»
        task.setVariable(RETURN_REASON, "");
      }
      if (VERDICT_WITHDRAWN.equals(verdict) && toAsk.isEmpty() && othersOnTheDecision(task, office).isEmpty()) {
        // the decision would be "implemented" by nobody
        throw new BadUserRequestException(OFFICES_TO_ASK + ": এ সিদ্ধান্তে আর কোনো দপ্তর নেই; দপ্তরটির অংশ প্রত্যাহার করলে"
            + " যে দপ্তরের কাজ, তাকে অনুরোধ করুন / no other office is on this decision: to withdraw this one, ask the"
            + " office whose work it is");
      }
      // the offices named now owe their reports (their tasks come next)
      reviewFormTexts.refresh(task, task.getExecution(), ReviewFormTexts.Change.completing(task.getId(), toAsk));
      return;
    }
    if (!VERDICT_RETURNED.equals(verdict)) {
      throw new BadUserRequestException(VERDICT + ": গ্রহণ বা ফেরত বেছে নিন / choose accept or send back");
    }
    Object reason = task.getVariable(RETURN_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new BadUserRequestException(RETURN_REASON + ": ফেরতের কারণ লিখুন / give the reason for sending it back");
    }
    if (notOurWork) {
      // not withdrawn: the office reports after all, its form starting with the box unticked (its reason is kept)
      task.setVariable(NOT_OUR_WORK, false);
    }
    // sent back: the office owes its report again (the task comes next)
    reviewFormTexts.refresh(task, task.getExecution(), ReviewFormTexts.Change.sendingBack(task.getId(), List.of(office)));
    DecisionSummary decision = DecisionSummary.of(task.getExecution());
    notifier.notifyOffice(office, notOurWork
            ? messages.withdrawalRefused(decision, officeOptions.label(office), reason.toString())
            : messages.reportReturned(decision, officeOptions.label(office), reason.toString()),
        null, task.getProcessInstanceId());
  }

  /**
   * The offices the verifier names to ask besides (the office whose work it is, one the decision left out): known
   * offices, none of them on the decision already (asked, done or withdrawn), each named when refused.
   */
  private List<String> officesToAsk(DelegateTask task) {
    List<String> named = JsonVariables.readStringsAsSent(task, OFFICES_TO_ASK);
    if (named.stream().allMatch(id -> id == null || id.isBlank())) {
      return List.of();
    }
    if (((ExecutionEntity) task.getExecution()).getProcessDefinition()
        .findActivity(AskOfficesNamedDelegate.ACTIVITY) == null) {
      throw new BadUserRequestException(OFFICES_TO_ASK + ": এই সিদ্ধান্তের প্রক্রিয়ার সংস্করণে যাচাইয়ের সময় দপ্তর যুক্ত করা"
          + " যায় না; সদস্য-সচিবকে জানান / this decision runs on a process version that cannot ask offices while"
          + " verifying: tell the secretary");
    }
    return officesAskedLater.checked(named, task, OFFICES_TO_ASK, false);
  }

  /** The decision's other offices that are not withdrawn: done, or still at work. */
  static List<String> othersOnTheDecision(org.camunda.bpm.engine.delegate.VariableScope scope, String office) {
    List<String> withdrawn = JsonVariables.readStrings(scope.getVariable(OFFICES_WITHDRAWN), OFFICES_WITHDRAWN);
    return JsonVariables.readStrings(scope.getVariable(OFFICES), OFFICES).stream()
        .filter(other -> !other.equals(office) && !withdrawn.contains(other)).toList();
  }
}

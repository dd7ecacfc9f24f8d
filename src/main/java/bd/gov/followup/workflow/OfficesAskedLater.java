package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationInstantiationBuilder;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Asks offices after the lead's acceptance, as the acceptance asked the others: one more instance each of the running
 * parallel multi-instance SubProcess_OfficeUpdate. Camunda's process instance modification adds it: a
 * {@code startBeforeActivity} of the inner activity adds an instance to the active multi-instance body, keeping
 * {@code nrOfInstances} and {@code nrOfActiveInstances} right; it does not read the collection again, so the element
 * variable {@code office} is set locally on the instruction (Camunda 7 user guide, "Process Instance Modification",
 * "Modify Multi-Instance Activity Instances"). The instance's start listener (OfficeScopeListener) grants the office
 * the decision; its report task is named, due, noticed and mailed like any; reminders and escalation find it among the
 * open report tasks. {@code offices} on the decision lists every office ever asked, in order.
 */
@Component
public class OfficesAskedLater {

  /** The multi-instance body of the offices' parts: active from the lead's acceptance until the last office ends. */
  static final String OFFICES_BODY = SUB_PROCESS_OFFICE_UPDATE + "#multiInstanceBody";

  private final OfficeOptions officeOptions;
  private final ProcessEngineConfigurationImpl engine;
  private final RuntimeService runtimeService;
  private final ReviewFormTexts reviewFormTexts;

  public OfficesAskedLater(OfficeOptions officeOptions, @Lazy ProcessEngineConfigurationImpl engine,
      @Lazy RuntimeService runtimeService, ReviewFormTexts reviewFormTexts) {
    this.officeOptions = officeOptions;
    this.engine = engine;
    this.runtimeService = runtimeService;
    this.reviewFormTexts = reviewFormTexts;
  }

  /** What an ask from outside the decision's own steps answers. */
  public enum Outcome { ASKED, NOT_OPEN, NOT_ACCEPTED_YET }

  /**
   * Known offices, none of them on the decision already (asked or done), each named when refused. A withdrawn office
   * may be asked again: the office asked in its place can show that the work was its after all.
   *
   * @param field what the refusal names ("officesToAsk" on a form, "/offices" over the API)
   * @param indexed whether the refusal names the office's place in the list ("/offices/1")
   */
  public List<String> checked(List<String> named, VariableScope decision, String field, boolean indexed) {
    List<String> onTheDecision = JsonVariables.readStrings(decision.getVariable(OFFICES), OFFICES);
    List<String> withdrawn = JsonVariables.readStrings(decision.getVariable(OFFICES_WITHDRAWN), OFFICES_WITHDRAWN);
    List<String> offices = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      String office = named.get(i) == null ? "" : named.get(i).strip();
      String where = indexed ? field + "/" + i : field;
      if (office.isEmpty()) {
        continue;
      }
      if (!known(office)) {
        throw new BadUserRequestException(where + ": অজানা দপ্তর / unknown office '" + office + "'");
      }
      if (onTheDecision.contains(office) && !withdrawn.contains(office)) {
        throw new BadUserRequestException(where + ": " + officeOptions.label(office) + " এ সিদ্ধান্তে আগে থেকেই আছে"
            + " / already on this decision: " + office);
      }
      if (!offices.contains(office)) {
        offices.add(office);
      }
    }
    return offices;
  }

  private boolean known(String office) {
    try {
      officeOptions.validSelection(List.of(office), "office");
      return true;
    } catch (BadUserRequestException unknown) {
      return false;
    }
  }

  /**
   * Adds the offices' instances in the caller's command (a step of the decision: Task_AskOfficesNamed), before the
   * caller's own office's part ends: were it the last, the multi-instance would otherwise complete first.
   *
   * @param decision the decision's process instance (its variables)
   * @param insteadOf the withdrawn office they are asked in place of, or null
   */
  public void ask(RuntimeService runtime, VariableScope decision, String processInstanceId, List<String> offices,
      String insteadOf, String by) {
    List<String> all = new ArrayList<>(JsonVariables.readStrings(decision.getVariable(OFFICES), OFFICES));
    List<String> withdrawn =
        new ArrayList<>(JsonVariables.readStrings(decision.getVariable(OFFICES_WITHDRAWN), OFFICES_WITHDRAWN));
    // a withdrawn office asked again is on the decision again, in its old place: no longer withdrawn, nor a new office
    // (the review's count is the offices asked less those withdrawn); its withdrawn part stays in the record
    List<String> anew = offices.stream().filter(office -> !withdrawn.remove(office)).toList();
    all.addAll(anew);
    // every office ever asked, in the order asked: the report's order, and who is on the decision already
    decision.setVariable(OFFICES, JsonVariables.stringList(all));
    decision.setVariable(OFFICES_WITHDRAWN, JsonVariables.stringList(withdrawn));
    Object asked = decision.getVariable(OFFICES_ASKED);
    decision.setVariable(OFFICES_ASKED, (asked instanceof Number n ? n.intValue() : 0) + anew.size());
    String today = DeadlineClock.today().toString();
    ProcessInstanceModificationInstantiationBuilder modification = null;
    for (String office : offices) {
      modification = (modification == null ? runtime.createProcessInstanceModification(processInstanceId)
          : modification)
          .startBeforeActivity(SUB_PROCESS_OFFICE_UPDATE)
          .setVariableLocal(OFFICE, office)
          .setVariableLocal(ASKED_LATER_ON, today)
          .setVariableLocal(ASKED_INSTEAD_OF, insteadOf == null ? "" : insteadOf)
          .setVariableLocal(ASKED_BY, by);
    }
    if (modification != null) {
      modification.execute();
      DecisionActions.officesAsked(decision, officeOptions.names(offices),
          insteadOf == null ? null : officeOptions.label(insteadOf), by);
    }
  }

  /**
   * Asks offices the lead or the committee names over the API, in one transaction of its own, as the application
   * (the caller's role was checked): refused, naming the office, for one unknown or on the decision already.
   *
   * @return NOT_OPEN for a decision that has ended, NOT_ACCEPTED_YET before the lead's acceptance asked any office
   *     (the acceptance form adds offices then)
   */
  public Outcome askOver(String processInstanceId, List<String> named, String by) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity decision = context.getExecutionManager().findExecutionById(processInstanceId);
      if (decision == null || decision.isEnded()) {
        return Outcome.NOT_OPEN;
      }
      ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
      if (tree == null || tree.getActivityInstances(OFFICES_BODY).length == 0) {
        return Outcome.NOT_ACCEPTED_YET;
      }
      List<String> offices = checked(named, decision, "/offices", true);
      if (offices.isEmpty()) {
        throw new BadUserRequestException("/offices: অন্তত একটি দপ্তর দিন / name at least one office");
      }
      ask(runtimeService, decision, processInstanceId, offices, null, by);
      // a review open meanwhile names them among the offices that owe their report (their tasks are not flushed yet)
      reviewFormTexts.refresh(decision, decision, ReviewFormTexts.Change.completing(null, offices));
      return Outcome.ASKED;
    });
  }
}

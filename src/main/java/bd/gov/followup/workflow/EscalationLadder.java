package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.DeadlineWatch;
import bd.gov.followup.security.DecisionReadAccess;
import bd.gov.followup.deadline.EscalationStep;
import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder of Task_RouteEscalation: the level each late office has in the EscalationRoute table, the
 * table's answer turned into the office's route, and where the escalation as a whole goes. Any office that the table
 * sends to the ADC brings the decision to the chair; otherwise offices whose table says "uno" go to their UNOs. A
 * UNO's own lateness (or an office without a UNO) skips the UNO rung and goes to the ADC.
 */
@Component("escalationLadder")
public class EscalationLadder {

  private final OfficeDirectory directory;
  private final DeadlineWatch watch;
  private final DecisionReadAccess readAccess;

  public EscalationLadder(OfficeDirectory directory, DeadlineWatch watch, DecisionReadAccess readAccess) {
    this.directory = directory;
    this.watch = watch;
    this.readAccess = readAccess;
  }

  /** The table's {@code officeLevel}: district, upazila or union; an office the directory lost counts as district. */
  public String level(String officeId) {
    return directory.office(officeId)
        .map(o -> o.level().name().toLowerCase(Locale.ROOT))
        .orElse("district");
  }

  /**
   * Records the routes of this escalation, one per late office in order, and where it goes: {@code escalateTo}
   * (none when no office is late: the chair then reviews; uno; adc) and the UNOs' groups for their review task
   * (only while UNOs review: a JSON variable is six rows with full history, and most escalations go to the chair).
   * Written once per escalation, so history holds one value of each per escalation.
   */
  public void record(DelegateExecution execution, List<EscalationStep> steps) {
    record(execution, steps, null);
  }

  /**
   * @param rungWorkingDays how many working days the UNOs have, from the escalation (the EscalationRoute table's
   *     {@code unoWorkingDays}, the shortest of the rung's offices), or null for the watch's five
   */
  public void record(DelegateExecution execution, List<EscalationStep> steps, Integer rungWorkingDays) {
    String target = "none";
    LinkedHashSet<String> unos = new LinkedHashSet<>();
    for (EscalationStep step : steps) {
      if (EscalationStep.ADC.equals(step.escalateTo())) {
        target = EscalationStep.ADC;
      } else if (step.toUno() && !EscalationStep.ADC.equals(target)) {
        target = EscalationStep.UNO;
      }
      if (step.toUno()) {
        unos.add(step.uno());
      }
    }
    execution.setVariable(ESCALATION_ROUTES, routesValue(steps));
    execution.setVariable(ESCALATE_TO, target);
    if (execution.hasVariable(UNOS_ACTED)) {
      execution.removeVariable(UNOS_ACTED); // an earlier rung's: this rung's UNOs have all still to act
    }
    if (!unos.isEmpty()) {
      execution.setVariable(UNO_GROUPS, JsonVariables.stringList(unos));
      // a UNO reviewing the decision reads it, and its meeting's progress report, like the offices taking part
      unos.forEach(uno -> readAccess.grant(uno, execution));
    } else if (execution.hasVariable(UNO_GROUPS)) {
      execution.removeVariable(UNO_GROUPS); // an earlier rung's UNOs; nobody reads them once the chair has it
    }
    if (EscalationStep.UNO.equals(target)) {
      // the UNOs have the rung for the table's window; a UNO who does nothing does not stop the ladder, and when the
      // rung lapses the watch sends the decision up at once (PlanNextCheckpointDelegate)
      execution.setVariable(UNO_REVIEW_LAPSES_AT,
          unoReviewLapsesAt((Date) execution.getVariable(LAST_ESCALATION_AT), rungWorkingDays));
    } else if (execution.hasVariable(UNO_REVIEW_LAPSES_AT)) {
      execution.removeVariable(UNO_REVIEW_LAPSES_AT); // an earlier rung's: the chair's review follows the watch's days
    }
  }

  /** When the rung of an escalation that fired at {@code escalatedAt} lapses. */
  private Date unoReviewLapsesAt(Date escalatedAt, Integer rungWorkingDays) {
    LocalDate escalated = (escalatedAt == null ? DeadlineClock.now() : DeadlineClock.fromDate(escalatedAt)).toLocalDate();
    return DeadlineClock.toDate(rungWorkingDays == null
        ? watch.reescalationAt(escalated) : watch.reescalationAt(escalated, rungWorkingDays));
  }

  /** One office's route: the table's answer, with the UNO rung skipped where the office has no other UNO. */
  EscalationStep resolve(String officeId, String level, String escalateTo, String notifyGroups) {
    Optional<Office> uno = directory.office(officeId).flatMap(directory::unoOf).filter(u -> !u.id().equals(officeId));
    List<String> notify = new ArrayList<>(Arrays.stream(notifyGroups.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    if (uno.isEmpty()) {
      notify.remove(EscalationStep.UNO);
      if (EscalationStep.UNO.equals(escalateTo)) {
        escalateTo = EscalationStep.ADC;
        if (!notify.contains(EscalationStep.ADC)) {
          notify.add(EscalationStep.ADC);
        }
      }
    }
    return new EscalationStep(officeId, level, escalateTo, notify, uno.map(Office::id).orElse(null));
  }

  /** The routes recorded so far in this escalation, in the order of the late offices. */
  @SuppressWarnings("unchecked")
  public List<EscalationStep> routes(VariableScope scope) {
    Object value = scope.getVariable(ESCALATION_ROUTES);
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    List<EscalationStep> steps = new ArrayList<>();
    for (Object element : list) {
      Map<String, Object> m = (Map<String, Object>) element;
      steps.add(new EscalationStep((String) m.get("office"), (String) m.get("level"), (String) m.get("escalateTo"),
          JsonVariables.readStrings(m.get("notify"), "notify"), (String) m.get("uno")));
    }
    return steps;
  }

  private static Object routesValue(List<EscalationStep> steps) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (EscalationStep step : steps) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("office", step.office());
      m.put("level", step.level());
      m.put("escalateTo", step.escalateTo());
      m.put("notify", new ArrayList<>(step.notifyKinds()));
      m.put("uno", step.uno());
      list.add(m);
    }
    return Variables.objectValue(list).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}

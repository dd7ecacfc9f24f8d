package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.EscalationStep;
import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The escalation ladder around Task_RouteEscalation (a business rule task evaluating EscalationRoute once per late
 * office): gives the table the office's level, then records each office's route and where the escalation as a whole
 * goes. Any office that the table sends to the ADC brings the decision to the chair; otherwise offices whose table
 * says "uno" go to their UNOs. A UNO's own lateness (or an office without a UNO) skips the UNO rung and goes to the
 * ADC.
 */
@Component("escalationLadder")
public class EscalationLadder {

  private final OfficeDirectory directory;

  public EscalationLadder(OfficeDirectory directory) {
    this.directory = directory;
  }

  /** The table's {@code officeLevel}: district, upazila or union; an office the directory lost counts as district. */
  public String level(String officeId) {
    return directory.office(officeId)
        .map(o -> o.level().name().toLowerCase(Locale.ROOT))
        .orElse("district");
  }

  /** Starts an escalation: the late offices, no routes yet. */
  public void start(DelegateExecution execution, List<String> lateOffices) {
    execution.setVariable(LATE_OFFICES, JsonVariables.stringList(lateOffices));
    execution.setVariable(ESCALATION_ROUTES, routesValue(List.of()));
    execution.setVariable(ESCALATE_TO, "none");
    execution.setVariable(UNO_GROUPS, JsonVariables.stringList(List.of()));
  }

  /** End listener of each evaluation: the route of {@code lateOffice}, folded into the escalation's target. */
  @SuppressWarnings("unchecked")
  public void record(DelegateExecution execution) {
    String office = (String) execution.getVariable(LATE_OFFICE);
    Object result = execution.getVariable(ESCALATION_ROUTE);
    if (!(result instanceof Map<?, ?> route) || route.get("escalateTo") == null) {
      // the table has no rule for this input: an error the administrator sees as an incident, not a silent skip
      throw new IllegalStateException("EscalationRoute decided nothing for office " + office + " (level "
          + execution.getVariable(OFFICE_LEVEL) + ", " + execution.getVariable(WORKING_DAYS_LATE) + " working days late)");
    }
    EscalationStep step = resolve(office, (String) execution.getVariable(OFFICE_LEVEL),
        String.valueOf(route.get("escalateTo")), String.valueOf(route.get("notifyGroups")));

    List<EscalationStep> steps = new ArrayList<>(routes(execution));
    steps.add(step);
    execution.setVariable(ESCALATION_ROUTES, routesValue(steps));
    String target = (String) execution.getVariable(ESCALATE_TO);
    if (EscalationStep.ADC.equals(step.escalateTo())) {
      execution.setVariable(ESCALATE_TO, EscalationStep.ADC);
    } else if (step.toUno() && !EscalationStep.ADC.equals(target)) {
      execution.setVariable(ESCALATE_TO, EscalationStep.UNO);
    }
    if (step.toUno()) {
      LinkedHashSet<String> unos = new LinkedHashSet<>(JsonVariables.readStrings(execution.getVariable(UNO_GROUPS), UNO_GROUPS));
      unos.add(step.uno());
      execution.setVariable(UNO_GROUPS, JsonVariables.stringList(unos));
    }
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

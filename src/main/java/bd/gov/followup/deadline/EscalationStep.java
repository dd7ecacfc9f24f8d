package bd.gov.followup.deadline;

import java.util.List;
import java.util.Objects;

/**
 * Where one late office's lateness goes, as the EscalationRoute table decided it and the directory resolved it.
 *
 * @param office the late office (a Camunda group id)
 * @param level district, upazila or union (the table's input)
 * @param escalateTo {@code uno} or {@code adc}
 * @param notifyKinds role kinds to tell: office, uno, adc
 * @param uno the office's UNO (group id) when it has one other than itself, else null
 */
public record EscalationStep(String office, String level, String escalateTo, List<String> notifyKinds, String uno) {

  public static final String UNO = "uno";
  public static final String ADC = "adc";
  public static final String OFFICE = "office";

  public EscalationStep {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(escalateTo, "escalateTo");
    notifyKinds = List.copyOf(notifyKinds);
  }

  public boolean toUno() {
    return UNO.equals(escalateTo);
  }

  public boolean notifies(String kind) {
    return notifyKinds.contains(kind);
  }
}

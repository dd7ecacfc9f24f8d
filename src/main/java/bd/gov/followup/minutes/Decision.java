package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * One numbered decision of the minutes.
 *
 * @param implementers the implementer phrases as written (বাস্তবায়নকারী), split only where the minutes separate
 *     them; the directory resolves them to offices
 * @param deadline the decision's own deadline, or null when the meeting's general deadline applies
 */
public record Decision(
    int number, String topic, String discussion, String text, List<String> implementers, LocalDate deadline) {

  public Decision {
    implementers = implementers == null ? List.of() : List.copyOf(implementers);
  }

  /** Two digits, as the minutes number decisions and as business keys end: 01, 02, … */
  public String numberKey() {
    return String.format("%02d", number);
  }
}

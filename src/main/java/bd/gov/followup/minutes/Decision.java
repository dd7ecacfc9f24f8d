package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * One numbered decision of the minutes.
 *
 * @param topic the text before the first ':' of the discussion cell, or null when the cell has no such label
 * @param implementers the implementer phrases as written (বাস্তবায়নকারী), split only where the minutes separate
 *     them; the directory resolves them to offices
 * @param deadline the decision's own deadline, or null when the meeting's general deadline applies
 * @param deadlineWorkingDays a deadline written as a span of working days ("১৫ কর্মদিবসের মধ্যে"), counted from the
 *     meeting's issue date on the working-day calendar; null when none. The readers give only positive spans; JSON
 *     from outside is checked by the API's validation
 */
public record Decision(
    int number,
    String topic,
    String discussion,
    String text,
    List<String> implementers,
    LocalDate deadline,
    Integer deadlineWorkingDays) {

  /** The longest span of working days a deadline may be given: about three months. */
  public static final int MAX_DEADLINE_WORKING_DAYS = 60;

  public Decision {
    implementers = implementers == null ? List.of() : List.copyOf(implementers);
    // a span that is not positive is not refused here but by the API's validation, which names the field
  }

  /** A decision whose deadline, if any, is a date. */
  public Decision(
      int number, String topic, String discussion, String text, List<String> implementers, LocalDate deadline) {
    this(number, topic, discussion, text, implementers, deadline, null);
  }

  /** Two digits, as the minutes number decisions and as business keys end: 01, 02, … */
  public String numberKey() {
    return String.format(java.util.Locale.ROOT, "%02d", number);
  }
}

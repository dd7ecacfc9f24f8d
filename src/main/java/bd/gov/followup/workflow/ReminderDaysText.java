package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A meeting's reminder days as the Tasklist forms carry them: one text field, "৭, ১" or "7, 1" (working days before
 * the deadline). Blank means the application's default.
 */
public final class ReminderDaysText {

  /** About a quarter's working days: a reminder or a span beyond that is a typing slip, not a plan. */
  public static final int MAX_WORKING_DAYS = 60;

  /** "and" between the days: "৭ ও ১", "৭ এবং ১", "7 and 1" */
  private static final java.util.Set<String> CONNECTORS = java.util.Set.of("ও", "এবং", "and");

  private ReminderDaysText() {}

  /** The days written in the field, or null when it is blank (the default applies). */
  public static List<Integer> parse(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    List<Integer> days = new ArrayList<>();
    for (String part : BengaliDigits.toAscii(value.toString()).split("[,،;\\s]+")) {
      if (part.isEmpty() || CONNECTORS.contains(part.toLowerCase(java.util.Locale.ROOT))) {
        continue; // "৭ ও ১", as the forms themselves write the default
      }
      int day;
      try {
        day = Integer.parseInt(part);
      } catch (NumberFormatException e) {
        day = 0;
      }
      if (day < 1 || day > MAX_WORKING_DAYS) {
        throw new BadUserRequestException(field + ": তাগিদের দিন ১–৬০ কর্মদিবস, কমা দিয়ে (যেমন ৭, ১) / reminder days "
            + "are 1 to " + MAX_WORKING_DAYS + " working days, separated by commas (e.g. 7, 1), not " + part);
      }
      days.add(day);
    }
    return days.isEmpty() ? null : List.copyOf(days);
  }

  /** "৭, ১" for the form; empty when the meeting has none of its own. */
  public static String text(List<Integer> days) {
    if (days == null || days.isEmpty()) {
      return "";
    }
    return days.stream().map(BengaliDigits::of).collect(Collectors.joining(", "));
  }
}

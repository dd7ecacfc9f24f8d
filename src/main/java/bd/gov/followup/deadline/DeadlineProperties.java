package bd.gov.followup.deadline;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code followup.deadline.*}: when reminders go out.
 *
 * @param reminderOffsets working days before the deadline that a reminder goes out (default 7 and 1)
 * @param timeOfDay when reminders, the deadline notice and overdue reminders fire (default 09:00, office opening)
 *
 * <p>The zone is not a setting: every deadline, due date and form date is Bangladesh's (workflow.DeadlineClock), and a
 * watch in another zone would disagree with them by hours.
 */
@ConfigurationProperties("followup.deadline")
public record DeadlineProperties(
    @DefaultValue({"7", "1"}) List<Integer> reminderOffsets,
    @DefaultValue("09:00") LocalTime timeOfDay) {

  public static final List<Integer> DEFAULT_REMINDER_OFFSETS = List.of(7, 1);
  public static final LocalTime DEFAULT_TIME_OF_DAY = LocalTime.of(9, 0);
  /** The offices' zone, of every deadline. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");

  // the same defaults when built by hand (tests, other code) as when bound by Spring
  public DeadlineProperties {
    reminderOffsets = reminderOffsets == null ? DEFAULT_REMINDER_OFFSETS : List.copyOf(reminderOffsets);
    timeOfDay = timeOfDay == null ? DEFAULT_TIME_OF_DAY : timeOfDay;
  }

  public static DeadlineProperties defaults() {
    return new DeadlineProperties(null, null);
  }
}

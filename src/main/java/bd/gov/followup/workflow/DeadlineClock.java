package bd.gov.followup.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates of the field administration, in Bangladesh time, read from the engine's clock so that tests move time by
 * moving the engine clock.
 */
public final class DeadlineClock {

  public static final ZoneId DHAKA = bd.gov.followup.deadline.DeadlineProperties.ZONE;

  private DeadlineClock() {}

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), DHAKA);
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }

  public static Date toDate(LocalDateTime dateTime) {
    return Date.from(dateTime.atZone(DHAKA).toInstant());
  }

  public static LocalDateTime fromDate(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), DHAKA);
  }

  /** A task is due by the end of its deadline day. */
  public static Date dueDate(LocalDate deadline) {
    return toDate(deadline.atTime(LocalTime.of(23, 59, 59)));
  }
}

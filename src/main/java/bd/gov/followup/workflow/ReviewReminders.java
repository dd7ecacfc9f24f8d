package bd.gov.followup.workflow;

import bd.gov.followup.deadline.DeadlineProperties;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * When a review's daily reminders fire (the timers "… still open, daily" in decision-followup.bpmn): at the hour the
 * watch sends its reminders ({@code followup.deadline.time-of-day}), from the day after the review opened. A plain
 * "every 24 hours" would remind at the hour the review happened to open: a UNO's referral at 22:30, a mail at 22:30
 * every day.
 */
@Component("reviewReminders")
public class ReviewReminders {

  private final DeadlineProperties properties;

  public ReviewReminders(DeadlineProperties properties) {
    this.properties = properties;
  }

  /** "R/2026-08-03T09:00:00+06:00/P1D" */
  public String cycle() {
    ZonedDateTime first = DeadlineClock.today().plusDays(1).atTime(properties.timeOfDay())
        .atZone(DeadlineProperties.ZONE);
    return "R/" + first.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
  }
}

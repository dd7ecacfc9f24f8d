package bd.gov.followup.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar (holiday files read once, at startup) and the reminder schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeadlineProperties.class, CalendarProperties.class})
public class DeadlineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DeadlineConfiguration.class);

  @Bean
  public WorkingDayCalendar workingDayCalendar(CalendarProperties calendarProperties) {
    WorkingDayCalendar calendar =
        new WorkingDayCalendar(new HolidayFileReader().readClasspathAndFolder(calendarProperties.location()));
    log.info("Working-day calendar: holiday lists for {}", calendar.knownYears());
    // a missing year silently counts weekends only; the deadline notes say so too (DecisionDeadlines)
    int thisYear = java.time.LocalDate.now(DeadlineProperties.ZONE).getYear();
    for (int year : new int[] {thisYear, thisYear + 1}) {
      if (!calendar.knownYears().contains(year)) {
        log.warn("No holiday list for {}: deadlines in {} count Fridays and Saturdays only. Put holidays-{}.yaml"
            + " (the format of calendar/holidays-2026.yaml) in the folder followup.calendar.location names,"
            + " and restart", year, year, year);
      }
    }
    return calendar;
  }

  @Bean
  public ReminderSchedule reminderSchedule(WorkingDayCalendar calendar, DeadlineProperties properties) {
    return ReminderSchedule.of(calendar, properties);
  }
}

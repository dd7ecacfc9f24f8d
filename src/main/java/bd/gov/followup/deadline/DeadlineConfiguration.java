package bd.gov.followup.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar (holiday files read once, at startup) and the reminder schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DeadlineConfiguration.class);

  @Bean
  public WorkingDayCalendar workingDayCalendar() {
    WorkingDayCalendar calendar = new WorkingDayCalendar();
    // a missing year silently counts weekends only: say which years deadlines are exact for
    log.info("Working-day calendar: holiday lists for {}", calendar.knownYears());
    return calendar;
  }

  @Bean
  public ReminderSchedule reminderSchedule(WorkingDayCalendar calendar, DeadlineProperties properties) {
    return ReminderSchedule.of(calendar, properties);
  }
}

package bd.gov.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans as the application gets them, in a bare context of this configuration alone. */
class DeadlineConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(DeadlineConfiguration.class);

  @Test
  void providesTheCalendarFromTheHolidayFilesAndAConfiguredSchedule() {
    context
        .withPropertyValues("followup.deadline.time-of-day=08:30", "followup.deadline.reminder-offsets=2")
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(WorkingDayCalendar.class).hasSingleBean(ReminderSchedule.class);
              assertThat(ctx.getBean(WorkingDayCalendar.class).knowsYear(2026)).isTrue();
              Checkpoint first =
                  ctx.getBean(ReminderSchedule.class)
                      .next(LocalDate.parse("2024-01-30"), Instant.parse("2024-01-01T00:00:00Z"));
              // 2 working days before Tuesday 30 January 2024 is Sunday the 28th
              assertThat(first.at()).isEqualTo(LocalDateTime.parse("2024-01-28T08:30"));
            });
  }
}

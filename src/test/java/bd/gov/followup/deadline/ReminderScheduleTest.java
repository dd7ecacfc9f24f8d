package bd.gov.followup.deadline;

import static bd.gov.followup.deadline.Checkpoint.Kind.DEADLINE;
import static bd.gov.followup.deadline.Checkpoint.Kind.OVERDUE_REMINDER;
import static bd.gov.followup.deadline.Checkpoint.Kind.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
  private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  /** The seed meeting's deadline, a Tuesday. */
  private static final LocalDate SEED_DEADLINE = LocalDate.parse("2024-01-30");

  private final ReminderSchedule schedule = ReminderSchedule.of(CALENDAR, DeadlineProperties.defaults());

  private static Instant dhaka(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(DHAKA).toInstant();
  }

  private static Checkpoint checkpoint(Checkpoint.Kind kind, String at, int late) {
    return new Checkpoint(kind, LocalDateTime.parse(at), late);
  }

  @Test
  void theTimelineOfTheSeedDeadline() {
    List<Checkpoint> timeline = new ArrayList<>();
    Instant now = dhaka("2024-01-10T12:00");
    for (int i = 0; i < 7; i++) {
      Checkpoint next = schedule.next(SEED_DEADLINE, now);
      timeline.add(next);
      now = next.at().atZone(DHAKA).toInstant(); // the timer fires on time
    }
    assertThat(timeline)
        .containsExactly(
            checkpoint(REMINDER, "2024-01-21T09:00", 0),
            checkpoint(REMINDER, "2024-01-29T09:00", 0),
            checkpoint(DEADLINE, "2024-01-30T09:00", 0),
            // the deadline passed at the end of 30 January: escalation the next working morning
            checkpoint(OVERDUE_REMINDER, "2024-01-31T09:00", 1),
            checkpoint(OVERDUE_REMINDER, "2024-02-01T09:00", 2),
            // Friday and Saturday skipped
            checkpoint(OVERDUE_REMINDER, "2024-02-04T09:00", 3),
            checkpoint(OVERDUE_REMINDER, "2024-02-05T09:00", 4));
  }

  @Test
  void nowIsReadInDhakaTime() {
    // 03:00 UTC is 09:00 in Dhaka: the reminder of the 29th is then no longer ahead
    assertThat(schedule.next(SEED_DEADLINE, Instant.parse("2024-01-29T02:59:59Z")))
        .isEqualTo(checkpoint(REMINDER, "2024-01-29T09:00", 0));
    assertThat(schedule.next(SEED_DEADLINE, Instant.parse("2024-01-29T03:00:00Z")))
        .isEqualTo(checkpoint(DEADLINE, "2024-01-30T09:00", 0));
  }

  @Test
  void remindersAlreadyPastAreSkipped() {
    // a decision registered on 25 January: the 7-day reminder (21 January) is gone
    assertThat(schedule.next(SEED_DEADLINE, dhaka("2024-01-25T10:00")))
        .isEqualTo(checkpoint(REMINDER, "2024-01-29T09:00", 0));
  }

  @Test
  void aFridayDeadlineCountsFromTheSundayItMovesTo() {
    // the requested day is moved once, where the deadline is set (DecisionDeadlines); the schedule takes the result
    LocalDate sunday = CALENDAR.adjust(LocalDate.parse("2024-02-02")).effective();
    assertThat(schedule.next(sunday, dhaka("2024-01-01T00:00")))
        .isEqualTo(checkpoint(REMINDER, "2024-01-24T09:00", 0));
    assertThat(schedule.next(sunday, dhaka("2024-02-01T09:00")))
        .isEqualTo(checkpoint(DEADLINE, "2024-02-04T09:00", 0));
  }

  /**
   * A deadline set before its year's holiday list was added keeps its day: here 21 February 2024 (Shaheed Day), as
   * if the list had come after. The schedule does not move it to the 22nd; no notice goes on the holiday itself, and
   * the decision is late, and escalated, on the next working day.
   */
  @Test
  void aDeadlineAlreadySet_isKeptWhenItsDayIsAHoliday_noNoticeOnTheHoliday() {
    LocalDate shaheedDay = LocalDate.parse("2024-02-21");
    assertThat(schedule.next(shaheedDay, dhaka("2024-02-20T10:00")))
        .isEqualTo(checkpoint(OVERDUE_REMINDER, "2024-02-22T09:00", 1));
    assertThat(schedule.workingDaysLate(shaheedDay, dhaka("2024-02-22T08:00"))).isEqualTo(1);
    assertThat(schedule.latestDue(shaheedDay, dhaka("2024-02-21T12:00")))
        .contains(checkpoint(REMINDER, "2024-02-20T09:00", 0));
  }

  @Test
  void afterDowntimeOnlyOneCheckpointIsDue() {
    // down from before the deadline until the afternoon of 20 February 2024
    Instant restart = dhaka("2024-02-20T14:00");
    // what the late timer's handler acts on: today's overdue reminder, once, with today's lateness
    assertThat(schedule.latestDue(SEED_DEADLINE, restart))
        .contains(checkpoint(OVERDUE_REMINDER, "2024-02-20T09:00", 15));
    // and the single next one: 21 February is Shaheed Day
    assertThat(schedule.next(SEED_DEADLINE, restart))
        .isEqualTo(checkpoint(OVERDUE_REMINDER, "2024-02-22T09:00", 16));
    assertThat(schedule.workingDaysLate(SEED_DEADLINE, restart)).isEqualTo(15);
  }

  @Test
  void aRestartBeforeOfficeHoursDoesNotRemindTwiceThatDay() {
    Instant restart = dhaka("2024-02-20T07:00");
    assertThat(schedule.latestDue(SEED_DEADLINE, restart))
        .contains(checkpoint(OVERDUE_REMINDER, "2024-02-19T09:00", 14));
    // the late timer fired this morning: the next reminder is on the next working day, not at 09:00 today
    assertThat(schedule.next(SEED_DEADLINE, restart))
        .isEqualTo(checkpoint(OVERDUE_REMINDER, "2024-02-22T09:00", 16));
  }

  @Test
  void theEscalationIsNotSkippedWhenTheDeadlineNoticeFiresLate() {
    // down from 08:00 on the deadline day to 07:00 the next morning: the deadline timer fires at 07:00
    Instant restart = dhaka("2024-01-31T07:00");
    assertThat(schedule.latestDue(SEED_DEADLINE, restart)).contains(checkpoint(DEADLINE, "2024-01-30T09:00", 0));
    assertThat(schedule.next(SEED_DEADLINE, restart))
        .isEqualTo(checkpoint(OVERDUE_REMINDER, "2024-01-31T09:00", 1));
  }

  @Test
  void missedRemindersCollapseIntoTheLatestOne() {
    Instant restart = dhaka("2024-01-29T15:00");
    assertThat(schedule.latestDue(SEED_DEADLINE, restart)).contains(checkpoint(REMINDER, "2024-01-29T09:00", 0));
    assertThat(schedule.next(SEED_DEADLINE, restart)).isEqualTo(checkpoint(DEADLINE, "2024-01-30T09:00", 0));
  }

  @Test
  void nothingIsDueBeforeTheFirstReminder() {
    assertThat(schedule.latestDue(SEED_DEADLINE, dhaka("2024-01-21T08:59"))).isEmpty();
    assertThat(schedule.latestDue(SEED_DEADLINE, dhaka("2024-01-21T09:00")))
        .contains(checkpoint(REMINDER, "2024-01-21T09:00", 0));
  }

  @Test
  void overdueRemindersGoOnOncePerWorkingDay() {
    Instant now = dhaka("2024-01-30T09:00");
    LocalDate previous = SEED_DEADLINE;
    for (int i = 0; i < 40; i++) {
      Checkpoint next = schedule.next(SEED_DEADLINE, now);
      assertThat(next.kind()).isEqualTo(OVERDUE_REMINDER);
      LocalDate day = next.at().toLocalDate();
      assertThat(CALENDAR.isWorkingDay(day)).as("%s", day).isTrue();
      assertThat(CALENDAR.workingDaysBetween(previous, day)).as("one working day after %s", previous).isEqualTo(1);
      assertThat(next.workingDaysLate()).isEqualTo(i + 1);
      previous = day;
      // fired a little late, as a busy job executor would
      now = next.at().plusMinutes(3).atZone(DHAKA).toInstant();
    }
  }

  @Test
  void workingDaysLateCountsFromTheEndOfTheDeadlineDay() {
    assertThat(schedule.workingDaysLate(SEED_DEADLINE, dhaka("2024-01-30T23:59"))).isZero();
    assertThat(schedule.workingDaysLate(SEED_DEADLINE, dhaka("2024-01-31T00:01"))).isEqualTo(1);
    assertThat(schedule.workingDaysLate(SEED_DEADLINE, dhaka("2024-02-03T12:00"))).isEqualTo(2);
    assertThat(schedule.workingDaysLate(SEED_DEADLINE, dhaka("2024-02-04T08:00"))).isEqualTo(3);
    assertThat(schedule.workingDaysLate(SEED_DEADLINE, dhaka("2024-01-10T08:00"))).isZero();
  }

  @Test
  void offsetsTimeAndZoneAreConfigurable() {
    ReminderSchedule custom =
        new ReminderSchedule(CALENDAR, List.of(3, 3), LocalTime.of(10, 30), ZoneOffset.UTC);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    // 29 Mon, 28 Sun, 25 Thu
    assertThat(custom.next(SEED_DEADLINE, start)).isEqualTo(checkpoint(REMINDER, "2024-01-25T10:30", 0));
    assertThat(custom.next(SEED_DEADLINE, Instant.parse("2024-01-25T10:30:00Z")))
        .isEqualTo(checkpoint(DEADLINE, "2024-01-30T10:30", 0));
    assertThat(custom.zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aMeetingsOwnOffsets_replaceTheDefault_andNoneKeepIt() {
    ReminderSchedule own = schedule.withOffsets(List.of(2));
    assertThat(own.offsets()).containsExactly(2);
    // 2 working days before Tue 30 Jan 2024: Sun 28
    assertThat(own.next(SEED_DEADLINE, dhaka("2024-01-01T08:00"))).isEqualTo(checkpoint(REMINDER, "2024-01-28T09:00", 0));
    assertThat(schedule.withOffsets(null)).isSameAs(schedule);
    assertThat(schedule.withOffsets(List.of())).isSameAs(schedule);
    assertThat(schedule.offsets()).containsExactly(7, 1);
  }

  @Test
  void anOffsetIsAtLeastOneWorkingDay() {
    assertThatThrownBy(() -> new ReminderSchedule(CALENDAR, List.of(7, 0), LocalTime.NOON, DHAKA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReminderSchedule(CALENDAR, List.of(-1), LocalTime.NOON, DHAKA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAnOverdueReminderIsLate() {
    LocalDateTime at = LocalDateTime.parse("2024-01-31T09:00");
    assertThatThrownBy(() -> new Checkpoint(OVERDUE_REMINDER, at, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint(REMINDER, at, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}

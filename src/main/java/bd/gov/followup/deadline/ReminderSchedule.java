package bd.gov.followup.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When to remind and when to escalate, one checkpoint at a time.
 *
 * <p>The timeline of a deadline D, the effective day the decision falls due — as DecisionDeadlines stored it: a
 * requested date goes through {@link WorkingDayCalendar#adjust} first, once, and a deadline already set keeps its day
 * even when a holiday list added later makes it a holiday (the offices, the tasks and the report were given that
 * day; re-adjusting it here would let the watch disagree with them). On it: a reminder
 * N working days before D for each offset, at the time of day; the deadline notice on D at the time of day (none when
 * D has since become a holiday: no mail goes on a day off, and the last reminder said the day); the
 * deadline passes at the end of D, so the first overdue reminder (the escalation) is on the next working day at
 * the time of day, and then one on each following working day.
 *
 * <p>{@link #next} gives only the first checkpoint after "now", never a backlog: a timer that fell due while the
 * application was down fires once at startup (Camunda does that), says what is true on the day it fires (a
 * reminder after the deadline is an overdue one: SendRemindersDelegate), and the watch plans {@link #next} from now
 * (so the escalation still happens, with today's lateness).
 */
public final class ReminderSchedule {

  private final WorkingDayCalendar calendar;
  private final List<Integer> offsetsEarliestFirst;
  private final LocalTime timeOfDay;
  private final ZoneId zone;

  /**
   * @param reminderOffsets working days before the deadline, each at least 1 (duplicates ignored)
   */
  public ReminderSchedule(
      WorkingDayCalendar calendar, List<Integer> reminderOffsets, LocalTime timeOfDay, ZoneId zone) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.timeOfDay = Objects.requireNonNull(timeOfDay, "timeOfDay");
    this.zone = Objects.requireNonNull(zone, "zone");
    for (Integer offset : reminderOffsets) {
      if (offset == null || offset < 1) {
        throw new IllegalArgumentException("a reminder offset is at least 1 working day, not " + offset);
      }
    }
    this.offsetsEarliestFirst =
        reminderOffsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  public static ReminderSchedule of(WorkingDayCalendar calendar, DeadlineProperties properties) {
    return new ReminderSchedule(
        calendar, properties.reminderOffsets(), properties.timeOfDay(), DeadlineProperties.ZONE);
  }

  /** The same schedule with a meeting's own reminder offsets; this one when there are none (the global default). */
  public ReminderSchedule withOffsets(List<Integer> reminderOffsets) {
    if (reminderOffsets == null || reminderOffsets.isEmpty()) {
      return this;
    }
    return new ReminderSchedule(calendar, reminderOffsets, timeOfDay, zone);
  }

  public List<Integer> offsets() {
    return offsetsEarliestFirst;
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * The first checkpoint strictly after {@code now}; there always is one (overdue reminders go on daily).
   *
   * @param due the effective deadline, used as is
   */
  public Checkpoint next(LocalDate due, Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, zone);
    for (int offset : offsetsEarliestFirst) {
      LocalDateTime at = calendar.minusWorkingDays(due, offset).atTime(timeOfDay);
      if (at.isAfter(local)) {
        return new Checkpoint(Checkpoint.Kind.REMINDER, at, 0);
      }
    }
    LocalDateTime deadlineAt = due.atTime(timeOfDay);
    if (calendar.isWorkingDay(due) && deadlineAt.isAfter(local)) {
      return new Checkpoint(Checkpoint.Kind.DEADLINE, deadlineAt, 0);
    }
    // the escalation happens once even if "now" is already the next day before the time of day
    LocalDate firstOverdue = calendar.plusWorkingDays(due, 1);
    if (firstOverdue.atTime(timeOfDay).isAfter(local)) {
      return overdue(due, firstOverdue);
    }
    // after that, the next working day after today: at most one overdue reminder a working day, whatever fired late
    return overdue(due, calendar.plusWorkingDays(local.toLocalDate(), 1));
  }

  /**
   * The latest checkpoint at or before {@code now}, for the handler of a timer that may have fired late: after a
   * downtime it is the one that applies today, not the one the timer was set for. Empty before the first reminder.
   *
   * @param due the effective deadline, used as is
   */
  public Optional<Checkpoint> latestDue(LocalDate due, Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, zone);
    LocalDate today = local.toLocalDate();
    if (today.isAfter(due)) {
      // the last working day after the deadline whose time of day has come
      LocalDate day = local.toLocalTime().isBefore(timeOfDay) ? today.minusDays(1) : today;
      while (day.isAfter(due) && !calendar.isWorkingDay(day)) {
        day = day.minusDays(1);
      }
      if (day.isAfter(due)) {
        return Optional.of(overdue(due, day));
      }
    }
    if (calendar.isWorkingDay(due) && !due.atTime(timeOfDay).isAfter(local)) {
      return Optional.of(new Checkpoint(Checkpoint.Kind.DEADLINE, due.atTime(timeOfDay), 0));
    }
    Checkpoint latest = null;
    for (int offset : offsetsEarliestFirst) {
      LocalDateTime at = calendar.minusWorkingDays(due, offset).atTime(timeOfDay);
      if (!at.isAfter(local)) {
        latest = new Checkpoint(Checkpoint.Kind.REMINDER, at, 0);
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * How many working days late a decision is at {@code now}: 0 up to the end of the deadline day, then the working
   * days after it up to and including today.
   *
   * @param due the effective deadline, used as is
   */
  public int workingDaysLate(LocalDate due, Instant now) {
    return calendar.workingDaysBetween(due, LocalDate.ofInstant(now, zone));
  }

  private Checkpoint overdue(LocalDate due, LocalDate day) {
    return new Checkpoint(
        Checkpoint.Kind.OVERDUE_REMINDER, day.atTime(timeOfDay), calendar.workingDaysBetween(due, day));
  }
}

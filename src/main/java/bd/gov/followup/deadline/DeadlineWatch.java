package bd.gov.followup.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A decision's deadline watch: the next checkpoint after now, on the working-day calendar. Before the escalation the
 * {@link ReminderSchedule} decides (reminders, the deadline-day notice); its first overdue moment is the escalation to
 * the chair, and a deadline already past escalates at once. Once escalated, offices get a reminder each working day
 * and the chair gets the decision again {@link #REESCALATE_AFTER_WORKING_DAYS} working days after the last time.
 */
@Component
public class DeadlineWatch {

  static final int REESCALATE_AFTER_WORKING_DAYS = 5;

  private final ReminderSchedule schedule;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties properties;

  public DeadlineWatch(ReminderSchedule schedule, WorkingDayCalendar calendar, DeadlineProperties properties) {
    this.schedule = schedule;
    this.calendar = calendar;
    this.properties = properties;
  }

  /**
   * When a decision escalated on {@code lastEscalation} goes up again if it is still late: also how long a UNO has
   * the first rung before the chair gets it ({@code Event_UnoReviewLapsed}).
   */
  public LocalDateTime reescalationAt(LocalDate lastEscalation) {
    return reescalationAt(lastEscalation, REESCALATE_AFTER_WORKING_DAYS);
  }

  /** The time of day {@code workingDays} working days after {@code lastEscalation} (a UNO rung of the table's length). */
  public LocalDateTime reescalationAt(LocalDate lastEscalation, int workingDays) {
    return calendar.plusWorkingDays(lastEscalation, workingDays).atTime(properties.timeOfDay());
  }

  /** The first working day's time of day after {@code local}. */
  private LocalDateTime nextWorkingMorning(LocalDateTime local) {
    LocalDate today = local.toLocalDate();
    LocalDateTime morning = today.atTime(properties.timeOfDay());
    return calendar.isWorkingDay(today) && morning.isAfter(local)
        ? morning : calendar.plusWorkingDays(today, 1).atTime(properties.timeOfDay());
  }

  /**
   * @param deadline the effective deadline as the decision stored it, used as is (see {@link ReminderSchedule})
   * @param escalated whether the chair already had the decision since the deadline was last set
   * @param lastEscalation when the chair last got it (local time), or null
   * @param reminderOffsets the meeting's own reminder offsets in working days, or null (or empty) for the default
   * @param lastCheckpoint the checkpoint planned last (local time; the one that just fired, or the one a new deadline
   *     replaces), or null when none was planned since the deadline was set
   * @param reminderOwed a reminder fired on a day off and was not sent: it goes on the next working morning, unless
   *     the schedule has a checkpoint by then (the deadline-day notice, the escalation)
   * @param rungLapsedAt when the UNOs' rung of the last escalation lapsed (it lasts the EscalationRoute table's
   *     window, not five working days), or null: the decision goes up again at that moment
   */
  public Checkpoint next(LocalDate deadline, Instant now, boolean escalated, LocalDateTime lastEscalation,
      List<Integer> reminderOffsets, LocalDateTime lastCheckpoint, boolean reminderOwed, LocalDateTime rungLapsedAt) {
    ReminderSchedule schedule = this.schedule.withOffsets(reminderOffsets);
    LocalDateTime local = LocalDateTime.ofInstant(now, DeadlineProperties.ZONE);
    int late = schedule.workingDaysLate(deadline, now);
    Checkpoint scheduled = schedule.next(deadline, now);
    // an escalation counts while the decision is late under its current deadline: once a later date is set (the
    // lead's on accepting, while or after the chair had it), the watch plans as for a decision never escalated
    if (!escalated || late == 0) {
      if (late > 0) {
        return new Checkpoint(Checkpoint.Kind.ESCALATION, local, late);
      }
      // a reminder or the deadline-day notice of today, whose time of day had passed when the deadline was set (a
      // meeting registered at noon with a deadline tomorrow, a chair's extension to tomorrow): due now rather than
      // lost, once a day — not when today's checkpoint already fired
      Optional<Checkpoint> today = schedule.latestDue(deadline, now)
          .filter(c -> c.at().toLocalDate().equals(local.toLocalDate()));
      if (today.isPresent() && (lastCheckpoint == null || !lastCheckpoint.toLocalDate().equals(local.toLocalDate()))) {
        return new Checkpoint(today.get().kind(), local, 0);
      }
      LocalDateTime morning = nextWorkingMorning(local);
      if (reminderOwed && scheduled.at().isAfter(morning)) {
        return new Checkpoint(Checkpoint.Kind.REMINDER, morning, 0);
      }
      return scheduled.kind() == Checkpoint.Kind.OVERDUE_REMINDER
          ? new Checkpoint(Checkpoint.Kind.ESCALATION, scheduled.at(), scheduled.workingDaysLate())
          : scheduled;
    }
    LocalDateTime again = rungLapsedAt != null ? rungLapsedAt : reescalationAt(lastEscalation.toLocalDate());
    if (!again.isAfter(local)) {
      return new Checkpoint(Checkpoint.Kind.ESCALATION, local, Math.max(late, 1));
    }
    if (scheduled.kind() == Checkpoint.Kind.OVERDUE_REMINDER && scheduled.at().isBefore(again)) {
      return scheduled;
    }
    return new Checkpoint(
        Checkpoint.Kind.ESCALATION, again, Math.max(1, calendar.workingDaysBetween(deadline, again.toLocalDate())));
  }
}

package bd.gov.followup.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides a decision's next checkpoint. Reminders go out at {@link #TIME_OF_DAY} some days before the deadline; the
 * deadline has passed when its day is over; once escalated, offices get a daily reminder and the chair gets the
 * decision again after {@link #REESCALATE_AFTER_DAYS} days. Only the next checkpoint after now is ever planned, so
 * after downtime the pending timer fires once — never a backlog.
 */
@Component
public class DeadlineWatch {

  static final LocalTime TIME_OF_DAY = LocalTime.of(9, 0);
  static final List<Integer> REMINDER_OFFSETS = List.of(7, 1);
  static final int REESCALATE_AFTER_DAYS = 7;

  /**
   * The first checkpoint after now (a checkpoint that just fired covers everything up to now).
   *
   * @param lastEscalation when the chair last got the decision, or null
   */
  public Checkpoint next(LocalDate deadline, LocalDateTime now, boolean escalated, LocalDateTime lastEscalation) {
    if (!escalated) {
      return beforeEscalation(deadline, now);
    }
    LocalDateTime reescalation = lastEscalation.plusDays(REESCALATE_AFTER_DAYS);
    if (!reescalation.isAfter(now)) {
      return new Checkpoint(Checkpoint.Kind.ESCALATION, now);
    }
    LocalDateTime daily = nextDailyReminder(now);
    if (daily.isBefore(reescalation)) {
      return new Checkpoint(Checkpoint.Kind.OVERDUE_REMINDER, daily);
    }
    return new Checkpoint(Checkpoint.Kind.ESCALATION, reescalation);
  }

  /** The moment the deadline has passed: the end of its day. */
  public static LocalDateTime passedAt(LocalDate deadline) {
    return deadline.plusDays(1).atStartOfDay();
  }

  private Checkpoint beforeEscalation(LocalDate deadline, LocalDateTime now) {
    LocalDateTime passed = passedAt(deadline);
    if (!now.isBefore(passed)) {
      return new Checkpoint(Checkpoint.Kind.ESCALATION, now);
    }
    return REMINDER_OFFSETS.stream()
        .map(days -> deadline.minusDays(days).atTime(TIME_OF_DAY))
        .filter(at -> at.isAfter(now) && at.isBefore(passed))
        .sorted()
        .findFirst()
        .map(at -> new Checkpoint(Checkpoint.Kind.REMINDER, at))
        .orElse(new Checkpoint(Checkpoint.Kind.ESCALATION, passed));
  }

  /** The next reminder slot strictly after now: at most one a day. */
  private static LocalDateTime nextDailyReminder(LocalDateTime now) {
    LocalDateTime sameDay = now.toLocalDate().atTime(TIME_OF_DAY);
    return sameDay.isAfter(now) ? sameDay : sameDay.plusDays(1);
  }
}

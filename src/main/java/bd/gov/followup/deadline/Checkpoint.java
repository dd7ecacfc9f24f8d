package bd.gov.followup.deadline;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A moment at which the follow-up of a decision must act.
 *
 * @param at local time in the schedule's zone (Asia/Dhaka by default)
 * @param workingDaysLate 0 for reminders and the deadline itself; for an overdue reminder, how many working days
 *     after the deadline its date is (the escalation DMN's input)
 */
public record Checkpoint(Kind kind, LocalDateTime at, int workingDaysLate) {

  public enum Kind {
    /** Some working days before the deadline (default 7 and 1). */
    REMINDER,
    /** The morning of the deadline day: due today. */
    DEADLINE,
    /** A working day after the deadline passed: at most one a working day. */
    OVERDUE_REMINDER,
    /** The deadline passed (or passed again since the chair last decided): the chair gets the decision. */
    ESCALATION
  }

  public Checkpoint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (workingDaysLate < 0 || (kind == Kind.OVERDUE_REMINDER || kind == Kind.ESCALATION) != (workingDaysLate > 0)) {
      throw new IllegalArgumentException(kind + " cannot be " + workingDaysLate + " working days late");
    }
  }
}

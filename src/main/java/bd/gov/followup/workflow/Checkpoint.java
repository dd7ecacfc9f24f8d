package bd.gov.followup.workflow;

import java.time.LocalDateTime;

/** The deadline watch's next moment: when, and what happens then. */
public record Checkpoint(Kind kind, LocalDateTime at) {

  public enum Kind {
    /** before the deadline: remind offices that owe a report */
    REMINDER,
    /** the deadline passed (or passed again after an escalation): the chair decides */
    ESCALATION,
    /** after the deadline: the daily reminder to offices still owing a report */
    OVERDUE_REMINDER
  }
}

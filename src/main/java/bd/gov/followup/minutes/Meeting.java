package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A committee meeting as its minutes record it.
 *
 * @param memoNumber the memo number as written (often in Bengali digits: ৫৬.০৪.৪৪০০…)
 * @param issueDate the Gregorian date the minutes were issued
 * @param issueDateBangla the Bangabda date as written, or null
 * @param deadline the meeting's general deadline (a decision that sets one for all), or null
 */
public record Meeting(
    String committee,
    String office,
    Person chair,
    LocalDate date,
    LocalTime time,
    String place,
    String memoNumber,
    LocalDate issueDate,
    String issueDateBangla,
    List<Person> signatories,
    List<Recipient> distribution,
    List<Decision> decisions,
    LocalDate deadline) {

  public Meeting {
    signatories = signatories == null ? List.of() : List.copyOf(signatories);
    distribution = distribution == null ? List.of() : List.copyOf(distribution);
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
  }

  /** The memo number with ASCII digits: the business key of the meeting's workflow. */
  public String memoKey() {
    return BengaliDigits.toAscii(memoNumber).trim();
  }

  /** The deadline of one decision: its own, else the meeting's. */
  public LocalDate deadlineOf(Decision decision) {
    return decision.deadline() != null ? decision.deadline() : deadline;
  }
}

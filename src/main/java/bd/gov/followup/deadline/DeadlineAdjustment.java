package bd.gov.followup.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline as set, and as it applies once a weekend or holiday has pushed it to the next working day.
 *
 * @param requested the date the minutes or the chair set
 * @param effective the working day on which it falls due: {@code requested} itself when that is a working day
 * @param reason in Bengali, for the task and the letters ("৩০/০১/২০২৪ শুক্রবার, সাপ্তাহিক ছুটি: পরবর্তী কর্মদিবস
 *     …"); empty when the date did not move
 */
public record DeadlineAdjustment(LocalDate requested, LocalDate effective, String reason) {

  public DeadlineAdjustment {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(effective, "effective");
    reason = reason == null ? "" : reason;
    if (effective.isBefore(requested)) {
      throw new IllegalArgumentException("a deadline only moves later: " + requested + " → " + effective);
    }
  }

  public boolean moved() {
    return !requested.equals(effective);
  }
}

package bd.gov.followup.deadline;

import bd.gov.followup.minutes.BengaliDates;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline as set, and as it applies once a weekend or holiday has pushed it to the next working day.
 *
 * @param requested the date the minutes or the chair set
 * @param effective the working day on which it falls due: {@code requested} itself when that is a working day
 * @param cause in Bengali, why {@code requested} is no working day: the holiday's name or "সাপ্তাহিক ছুটি"; empty
 *     when the date did not move
 */
public record DeadlineAdjustment(LocalDate requested, LocalDate effective, String cause) {

  public DeadlineAdjustment {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(effective, "effective");
    cause = cause == null ? "" : cause;
    if (effective.isBefore(requested)) {
      throw new IllegalArgumentException("a deadline only moves later: " + requested + " → " + effective);
    }
  }

  public boolean moved() {
    return !requested.equals(effective);
  }

  /** For letters: "৩০/০১/২০২৪ শুক্রবার, সাপ্তাহিক ছুটি: পরবর্তী কর্মদিবস …"; empty when the date did not move. */
  public String reason() {
    if (!moved()) {
      return "";
    }
    return BengaliDates.formatShortWithWeekday(requested) + ", " + cause + ": পরবর্তী কর্মদিবস "
        + BengaliDates.formatShortWithWeekday(effective);
  }

  /**
   * The sentence a task and a reminder show when the date moved, so that an office does not wonder why its due date
   * is not the one in the minutes: "নির্ধারিত সময়সীমা ১৬/১২/২০২৬ বুধবার ছুটির দিন (বিজয় দিবস); তাই সময়সীমা পরবর্তী
   * কর্মদিবস ১৭/১২/২০২৬ বৃহস্পতিবার পর্যন্ত।" Empty when the date did not move.
   */
  public String notice() {
    if (!moved()) {
      return "";
    }
    return "নির্ধারিত সময়সীমা " + BengaliDates.formatShortWithWeekday(requested) + " ছুটির দিন (" + cause
        + "); তাই সময়সীমা পরবর্তী কর্মদিবস " + BengaliDates.formatShortWithWeekday(effective) + " পর্যন্ত।";
  }
}

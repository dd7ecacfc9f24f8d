package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The Bengali lines that tasks and forms show about a decision. */
public final class DecisionTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DecisionTexts() {}

  /** "সিদ্ধান্ত ০৩: উপজেলা পর্যায়ে ওয়েব পোর্টাল হালনাগাদ" */
  public static String decisionTitle(int number, String topic) {
    String title = "সিদ্ধান্ত " + BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", number));
    return topic == null || topic.isBlank() ? title : title + ": " + topic;
  }

  /** "৩০/০১/২০২৪", or a dash when there is no deadline. */
  public static String day(LocalDate date) {
    return date == null ? "—" : BengaliDigits.toBengali(DAY.format(date));
  }

  /** The date {@link #day} wrote, or empty for anything else ("—"). */
  public static java.util.Optional<LocalDate> parseDay(Object text) {
    try {
      return java.util.Optional.of(LocalDate.parse(BengaliDigits.toAscii(String.valueOf(text)), DAY));
    } catch (java.time.format.DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  /** Activity names are "বাংলা / English": officials' task lists show the Bengali part. */
  public static String bengaliPart(String activityName) {
    if (activityName == null) {
      return "";
    }
    int slash = activityName.indexOf(" / ");
    return slash < 0 ? activityName : activityName.substring(0, slash);
  }
}

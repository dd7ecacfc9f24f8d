package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Dates as Camunda Forms send them: ISO days (yyyy-MM-dd), kept as strings so forms can show them again. A REST
 * client may write the digits in Bengali (২০২৭-০১-১০), as officials write them.
 */
public final class FormDates {

  private FormDates() {}

  public static LocalDate parse(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(field + ": তারিখ দিন / a date is required");
    }
    try {
      return LocalDate.parse(BengaliDigits.toAscii(value.toString().trim()));
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException(field + ": তারিখ yyyy-MM-dd আকারে দিন / not a date: " + value);
    }
  }
}

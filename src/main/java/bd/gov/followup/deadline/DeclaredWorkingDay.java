package bd.gov.followup.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Friday or Saturday that offices work by government order (ঘোষিত কর্মদিবস), usually in exchange for a longer
 * Eid holiday, as on 17 and 24 May 2025.
 */
public record DeclaredWorkingDay(LocalDate date, String nameBn, String nameEn) {

  public DeclaredWorkingDay {
    Objects.requireNonNull(date, "date");
    if (!WorkingDayCalendar.isWeekend(date)) {
      throw new IllegalArgumentException(date + " is not a Friday or Saturday: it is a working day anyway");
    }
  }
}

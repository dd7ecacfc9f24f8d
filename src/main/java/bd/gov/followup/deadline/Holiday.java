package bd.gov.followup.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a year's holiday list.
 *
 * @param nameBn the name officials read in reasons and letters
 * @param moonDependent the date depends on the sighting of the moon (চাঁদ দেখা সাপেক্ষে) and is as gazetted
 */
public record Holiday(LocalDate date, String nameBn, String nameEn, HolidayKind kind, boolean moonDependent) {

  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    if (nameBn == null || nameBn.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("holiday " + date + " needs a Bengali and an English name");
    }
  }

  /** A public holiday that does not depend on the moon: the usual case in tests. */
  public static Holiday publicHoliday(LocalDate date, String nameBn, String nameEn) {
    return new Holiday(date, nameBn, nameEn, HolidayKind.PUBLIC, false);
  }

  public boolean closesOffices() {
    return kind.closesOffices();
  }
}

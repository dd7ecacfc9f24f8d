package bd.gov.followup.deadline;

import java.util.List;

/** What one holiday file says about one year: its holidays and the weekend days declared working. */
public record HolidayYear(int year, List<Holiday> holidays, List<DeclaredWorkingDay> workingDays) {

  public HolidayYear {
    holidays = List.copyOf(holidays);
    workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    for (Holiday holiday : holidays) {
      if (holiday.date().getYear() != year) {
        throw new IllegalArgumentException("holiday " + holiday.date() + " is not in " + year);
      }
    }
    for (DeclaredWorkingDay day : workingDays) {
      if (day.date().getYear() != year) {
        throw new IllegalArgumentException("working day " + day.date() + " is not in " + year);
      }
    }
  }
}

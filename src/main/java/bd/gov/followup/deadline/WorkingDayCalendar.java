package bd.gov.followup.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working days of Bangladeshi government offices: Friday and Saturday off (সাপ্তাহিক ছুটি), plus the public and
 * executive-order holidays of each year's list, minus the weekend days declared working. A year without a
 * holiday file counts weekends only ({@link #knowsYear(int)} says which years have one).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  private static final String WEEKLY_HOLIDAY_BN = "সাপ্তাহিক ছুটি";

  // public before executive before optional: the first closing one names a day in reasons
  private static final Comparator<Holiday> BY_KIND = Comparator.comparing(Holiday::kind);

  private final Map<LocalDate, List<Holiday>> holidaysByDate;
  private final Map<LocalDate, DeclaredWorkingDay> declaredWorkingDays;
  private final SortedSet<Integer> knownYears;

  /** Loads every {@code calendar/holidays-<year>.yaml} on the classpath. */
  public WorkingDayCalendar() {
    this(new HolidayFileReader().readClasspath());
  }

  /** An explicit set of holidays, for tests; the years they fall in count as known. */
  public WorkingDayCalendar(Collection<Holiday> holidays) {
    this(holidays.stream()
        .collect(Collectors.groupingBy(h -> h.date().getYear()))
        .entrySet()
        .stream()
        .map(e -> new HolidayYear(e.getKey(), e.getValue(), List.of()))
        .toList());
  }

  public WorkingDayCalendar(List<HolidayYear> years) {
    Map<LocalDate, List<Holiday>> byDate = new HashMap<>();
    Map<LocalDate, DeclaredWorkingDay> working = new HashMap<>();
    SortedSet<Integer> yearsSeen = new TreeSet<>();
    for (HolidayYear year : years) {
      if (!yearsSeen.add(year.year())) {
        throw new IllegalArgumentException("two holiday lists for " + year.year());
      }
      for (Holiday holiday : year.holidays()) {
        byDate.computeIfAbsent(holiday.date(), d -> new ArrayList<>()).add(holiday);
      }
      for (DeclaredWorkingDay day : year.workingDays()) {
        working.put(day.date(), day);
      }
    }
    for (LocalDate date : working.keySet()) {
      if (byDate.getOrDefault(date, List.of()).stream().anyMatch(Holiday::closesOffices)) {
        throw new IllegalArgumentException(date + " is both a holiday and a declared working day");
      }
    }
    byDate.replaceAll((date, list) -> list.stream().sorted(BY_KIND).toList());
    this.holidaysByDate = Map.copyOf(byDate);
    this.declaredWorkingDays = Map.copyOf(working);
    this.knownYears = Collections.unmodifiableSortedSet(yearsSeen);
  }

  /** Friday or Saturday, the weekly holidays of government offices. */
  public static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (declaredWorkingDays.containsKey(date)) {
      return true;
    }
    return !isWeekend(date) && holiday(date).isEmpty();
  }

  /** The holiday that closes offices on that date (a general one before an executive-order one), if any. */
  public Optional<Holiday> holiday(LocalDate date) {
    return holidaysOn(date).stream().filter(Holiday::closesOffices).findFirst();
  }

  /** Every holiday listed for that date, optional ones included. */
  public List<Holiday> holidaysOn(LocalDate date) {
    return holidaysByDate.getOrDefault(date, List.of());
  }

  /** The order that makes a weekend day a working day, if any. */
  public Optional<DeclaredWorkingDay> declaredWorkingDay(LocalDate date) {
    return Optional.ofNullable(declaredWorkingDays.get(date));
  }

  /** Whether a holiday list was loaded for that year; without one only weekends count. */
  public boolean knowsYear(int year) {
    return knownYears.contains(year);
  }

  public SortedSet<Integer> knownYears() {
    return knownYears;
  }

  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The working day {@code count} working days after {@code date}; {@code date} itself for 0. */
  public LocalDate plusWorkingDays(LocalDate date, int count) {
    if (count < 0) {
      return minusWorkingDays(date, -count);
    }
    LocalDate day = date;
    for (int left = count; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The working day {@code count} working days before {@code date}: 1 before a Sunday is the Thursday. */
  public LocalDate minusWorkingDays(LocalDate date, int count) {
    if (count < 0) {
      return plusWorkingDays(date, -count);
    }
    LocalDate day = date;
    for (int left = count; left > 0; ) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * How many working days late something is when it was due on {@code from} and it is now {@code to}: the working
   * days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Moves a deadline that falls on a weekend or holiday to the next working day, saying why in Bengali. */
  public DeadlineAdjustment adjust(LocalDate deadline) {
    if (isWorkingDay(deadline)) {
      return new DeadlineAdjustment(deadline, deadline, "");
    }
    LocalDate effective = nextWorkingDayOnOrAfter(deadline);
    String why = holiday(deadline).map(Holiday::nameBn).orElse(WEEKLY_HOLIDAY_BN);
    return new DeadlineAdjustment(deadline, effective, why);
  }
}

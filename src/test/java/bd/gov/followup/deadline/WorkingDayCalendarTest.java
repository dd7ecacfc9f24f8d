package bd.gov.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  /** The holiday files shipped in src/main/resources/calendar. */
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void loadsTheShippedYears() {
    assertThat(CALENDAR.knownYears()).contains(2023, 2024, 2025, 2026);
    assertThat(CALENDAR.knowsYear(2024)).isTrue();
    assertThat(CALENDAR.knowsYear(2031)).isFalse();
  }

  @ParameterizedTest(name = "{0} is a {1}: working day = {2}")
  @CsvSource({
    "2024-01-26, FRIDAY, false",
    "2024-01-27, SATURDAY, false",
    "2024-01-28, SUNDAY, true",
    "2024-01-30, TUESDAY, true",
    "2024-02-01, THURSDAY, true"
  })
  void fridayAndSaturdayAreTheWeekend(LocalDate date, DayOfWeek day, boolean working) {
    assertThat(date.getDayOfWeek()).isEqualTo(day);
    assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2024-02-21, Shaheed Day and International Mother Language Day, শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস",
    "2024-03-26, Independence and National Day, স্বাধীনতা ও জাতীয় দিবস",
    "2026-12-16, Victory Day, বিজয় দিবস",
    "2025-08-05, July Mass Uprising Day, জুলাই গণঅভ্যুত্থান দিবস",
    "2024-04-11, Eid-ul-Fitr, ঈদুল ফিতর"
  })
  void weekdayHolidaysAreNotWorkingDays(LocalDate date, String nameEn, String nameBn) {
    assertThat(CALENDAR.isWorkingDay(date)).isFalse();
    assertThat(CALENDAR.holiday(date))
        .hasValueSatisfying(
            h -> {
              assertThat(h.nameEn()).isEqualTo(nameEn);
              assertThat(h.nameBn()).isEqualTo(nameBn);
            });
  }

  @Test
  void moonDependentHolidaysAreMarked() {
    assertThat(CALENDAR.holiday(d("2024-04-11")).orElseThrow().moonDependent()).isTrue();
    assertThat(CALENDAR.holiday(d("2024-03-26")).orElseThrow().moonDependent()).isFalse();
  }

  @Test
  void aCancelledHolidayIsAWorkingDay() {
    // National Mourning Day was printed in the 2024 list and cancelled on 13 August 2024
    assertThat(CALENDAR.isWorkingDay(d("2024-08-15"))).isTrue();
    assertThat(CALENDAR.holiday(d("2024-08-15"))).isEmpty();
  }

  @Test
  void anOptionalHolidayLeavesOfficesOpen() {
    LocalDate chaitraSankranti = d("2025-04-13");
    assertThat(CALENDAR.holidaysOn(chaitraSankranti)).extracting(Holiday::kind).containsExactly(HolidayKind.OPTIONAL);
    assertThat(CALENDAR.holiday(chaitraSankranti)).isEmpty();
    assertThat(CALENDAR.isWorkingDay(chaitraSankranti)).isTrue();
  }

  @Test
  void aSaturdayDeclaredWorkingIsAWorkingDay() {
    assertThat(CALENDAR.isWorkingDay(d("2025-05-17"))).isTrue();
    assertThat(CALENDAR.declaredWorkingDay(d("2025-05-17"))).isPresent();
    assertThat(CALENDAR.isWorkingDay(d("2025-05-10"))).isFalse();
    // 1 working day before Sunday 18 May 2025 is that Saturday, not the Thursday
    assertThat(CALENDAR.minusWorkingDays(d("2025-05-18"), 1)).isEqualTo(d("2025-05-17"));
  }

  @Test
  void twoHolidaysOnOneDayAreBothKeptAndTheGeneralOneNamesTheDay() {
    assertThat(CALENDAR.holidaysOn(d("2026-05-01"))).extracting(Holiday::nameEn)
        .containsExactlyInAnyOrder("May Day", "Buddha Purnima");
    // Jumatul Bida (general) comes before the executive-order Eid day on the same Friday
    assertThat(CALENDAR.holiday(d("2026-03-20")).orElseThrow().kind()).isEqualTo(HolidayKind.PUBLIC);
  }

  @Test
  void aYearWithoutAFileCountsWeekendsOnly() {
    assertThat(CALENDAR.knowsYear(2030)).isFalse();
    // 16 December 2030 is a Monday: without a list nothing says it is Victory Day
    assertThat(CALENDAR.isWorkingDay(d("2030-12-16"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d("2030-12-20"))).isFalse();
    assertThat(CALENDAR.plusWorkingDays(d("2030-12-19"), 1)).isEqualTo(d("2030-12-22"));
  }

  @Test
  void nextWorkingDayOnOrAfterKeepsAWorkingDay() {
    assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2024-01-30"))).isEqualTo(d("2024-01-30"));
    assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2024-02-02"))).isEqualTo(d("2024-02-04"));
    // Eid-ul-Fitr 2026: Shab-e-Qadr 17 March, then 18-23 March, so Tuesday 24 March
    assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2026-03-17"))).isEqualTo(d("2026-03-24"));
  }

  @Test
  void remindersBeforeTheSeedDeadline() {
    LocalDate seedDeadline = d("2024-01-30");
    assertThat(seedDeadline.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(CALENDAR.minusWorkingDays(seedDeadline, 1)).isEqualTo(d("2024-01-29"));
    // 29 Mon, 28 Sun, 25 Thu, 24 Wed, 23 Tue, 22 Mon, 21 Sun
    assertThat(CALENDAR.minusWorkingDays(seedDeadline, 7)).isEqualTo(d("2024-01-21"));
    assertThat(CALENDAR.minusWorkingDays(seedDeadline, 0)).isEqualTo(seedDeadline);
  }

  @Test
  void oneWorkingDayBeforeASundayIsTheThursday() {
    assertThat(CALENDAR.minusWorkingDays(d("2024-02-04"), 1)).isEqualTo(d("2024-02-01"));
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // month ends
    "2024-01-31, 1, 2024-02-01",
    "2024-02-29, 1, 2024-03-03",
    "2024-04-30, 1, 2024-05-02",
    // year ends: 31 Dec 2025 is a Wednesday, 1 Jan 2026 a Thursday, then the weekend
    "2025-12-31, 1, 2026-01-01",
    "2025-12-31, 2, 2026-01-04",
    "2023-12-31, 1, 2024-01-01",
    // over holidays: 21 Feb 2024 (Wed); Independence Day 26 Mar 2024 (Tue)
    "2024-02-20, 1, 2024-02-22",
    "2024-03-25, 1, 2024-03-27",
    // Eid-ul-Fitr 2024: 10-12 Apr, weekend, Pahela Baishakh 14 Apr
    "2024-04-09, 1, 2024-04-15",
    "2024-04-08, 2, 2024-04-15",
    // Eid-ul-Azha 2025: 5-14 June; the two Saturdays before were working days
    "2025-06-04, 1, 2025-06-15",
    "2025-05-15, 1, 2025-05-17",
    // Victory Day 2026 (Wed)
    "2026-12-15, 1, 2026-12-17",
    "2026-12-14, 5, 2026-12-22",
    "2024-01-30, 0, 2024-01-30",
    "2024-01-30, -1, 2024-01-29"
  })
  void plusWorkingDays(LocalDate from, int count, LocalDate expected) {
    assertThat(CALENDAR.plusWorkingDays(from, count)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}: {2} working days late")
  @CsvSource({
    "2024-01-30, 2024-01-30, 0",
    "2024-01-30, 2024-01-29, 0",
    "2024-01-30, 2024-01-31, 1",
    // Fri and Sat do not count
    "2024-01-30, 2024-02-04, 3",
    "2024-02-01, 2024-02-03, 0",
    // 21 Feb does not count either
    "2024-02-20, 2024-02-22, 1",
    // across Eid-ul-Fitr 2026 (18-23 March) and Independence Day
    "2026-03-16, 2026-03-29, 3",
    "2025-12-30, 2026-01-04, 3"
  })
  void workingDaysBetween(LocalDate from, LocalDate to, int expected) {
    assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(expected);
  }

  @Test
  void plusMinusAndBetweenAgreeOnEveryDayOfTheKnownYears() {
    for (LocalDate day = d("2023-01-01"); day.isBefore(d("2027-01-01")); day = day.plusDays(1)) {
      if (!CALENDAR.isWorkingDay(day)) {
        continue;
      }
      for (int n : List.of(1, 2, 7, 30)) {
        LocalDate later = CALENDAR.plusWorkingDays(day, n);
        assertThat(CALENDAR.isWorkingDay(later)).as("%s + %d", day, n).isTrue();
        assertThat(CALENDAR.minusWorkingDays(later, n)).as("%s + %d - %d", day, n, n).isEqualTo(day);
        assertThat(CALENDAR.workingDaysBetween(day, later)).as("between %s and %s", day, later).isEqualTo(n);
      }
    }
  }

  @Test
  void aFridayDeadlineMovesToSundayWithABengaliReason() {
    DeadlineAdjustment adjustment = CALENDAR.adjust(d("2024-02-02"));
    assertThat(adjustment.moved()).isTrue();
    assertThat(adjustment.requested()).isEqualTo(d("2024-02-02"));
    assertThat(adjustment.effective()).isEqualTo(d("2024-02-04"));
    assertThat(adjustment.reason())
        .isEqualTo("০২/০২/২০২৪ শুক্রবার, সাপ্তাহিক ছুটি: পরবর্তী কর্মদিবস ০৪/০২/২০২৪ রবিবার");
  }

  @Test
  void aHolidayDeadlineNamesTheHoliday() {
    DeadlineAdjustment adjustment = CALENDAR.adjust(d("2026-12-16"));
    assertThat(adjustment.effective()).isEqualTo(d("2026-12-17"));
    assertThat(adjustment.reason())
        .isEqualTo("১৬/১২/২০২৬ বুধবার, বিজয় দিবস: পরবর্তী কর্মদিবস ১৭/১২/২০২৬ বৃহস্পতিবার");
  }

  @Test
  void aMovedDeadline_saysInBengaliFromWhichDateToWhichAndWhy() {
    assertThat(CALENDAR.adjust(d("2026-12-16")).notice()).isEqualTo(
        "নির্ধারিত সময়সীমা ১৬/১২/২০২৬ বুধবার ছুটির দিন (বিজয় দিবস); তাই সময়সীমা পরবর্তী কর্মদিবস "
            + "১৭/১২/২০২৬ বৃহস্পতিবার পর্যন্ত।");
    assertThat(CALENDAR.adjust(d("2024-02-02")).notice()).isEqualTo(
        "নির্ধারিত সময়সীমা ০২/০২/২০২৪ শুক্রবার ছুটির দিন (সাপ্তাহিক ছুটি); তাই সময়সীমা পরবর্তী কর্মদিবস "
            + "০৪/০২/২০২৪ রবিবার পর্যন্ত।");
    assertThat(CALENDAR.adjust(d("2024-01-30")).notice()).as("a working day does not move").isEmpty();
  }

  @Test
  void aHolidayOnAWeekendIsNamedRatherThanTheWeekend() {
    // 21 Feb 2026 is a Saturday
    assertThat(CALENDAR.adjust(d("2026-02-21")).reason()).startsWith("২১/০২/২০২৬ শনিবার, শহীদ দিবস");
  }

  @Test
  void aWorkingDayDeadlineStays() {
    DeadlineAdjustment adjustment = CALENDAR.adjust(d("2024-01-30"));
    assertThat(adjustment.moved()).isFalse();
    assertThat(adjustment.effective()).isEqualTo(d("2024-01-30"));
    assertThat(adjustment.reason()).isEmpty();
  }

  @Test
  void anExplicitHolidaySetForTests() {
    WorkingDayCalendar calendar =
        new WorkingDayCalendar(List.of(Holiday.publicHoliday(d("2024-01-30"), "পরীক্ষার ছুটি", "Test holiday")));
    assertThat(calendar.isWorkingDay(d("2024-01-30"))).isFalse();
    assertThat(calendar.knowsYear(2024)).isTrue();
    assertThat(calendar.knowsYear(2026)).isFalse();
    assertThat(calendar.isWorkingDay(d("2024-02-21"))).as("not in this set").isTrue();
    assertThat(calendar.adjust(d("2024-01-30")).reason())
        .isEqualTo("৩০/০১/২০২৪ মঙ্গলবার, পরীক্ষার ছুটি: পরবর্তী কর্মদিবস ৩১/০১/২০২৪ বুধবার");
  }

  @Test
  void aDayCannotBeBothAHolidayAndADeclaredWorkingDay() {
    HolidayYear year =
        new HolidayYear(
            2025,
            List.of(Holiday.publicHoliday(d("2025-05-17"), "ছুটি", "Holiday")),
            List.of(new DeclaredWorkingDay(d("2025-05-17"), "কর্মদিবস", "Working day")));
    assertThatThrownBy(() -> new WorkingDayCalendar(List.of(year)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-05-17");
  }

  @Test
  void onlyAWeekendDayCanBeDeclaredWorking() {
    assertThatThrownBy(() -> new DeclaredWorkingDay(d("2025-05-18"), "কর্মদিবস", "Working day"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

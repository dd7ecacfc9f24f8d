package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanglaDateTest {

  @ParameterizedTest
  @CsvSource({
    "2023-12-06, 1430, 8, 21, ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ",
    "2023-08-03, 1430, 4, 19, ১৯ শ্রাবণ ১৪৩০ বঙ্গাব্দ",
    "2024-04-14, 1431, 1, 1, ১ বৈশাখ ১৪৩১ বঙ্গাব্দ",
    "2024-04-13, 1430, 12, 30, ৩০ চৈত্র ১৪৩০ বঙ্গাব্দ",
    "2024-03-14, 1430, 11, 30, ৩০ ফাল্গুন ১৪৩০ বঙ্গাব্দ",
    "2024-03-15, 1430, 12, 1, ১ চৈত্র ১৪৩০ বঙ্গাব্দ",
    "2023-03-15, 1429, 12, 1, ১ চৈত্র ১৪২৯ বঙ্গাব্দ",
    "2023-03-14, 1429, 11, 29, ২৯ ফাল্গুন ১৪২৯ বঙ্গাব্দ",
    "2023-12-16, 1430, 9, 1, ১ পৌষ ১৪৩০ বঙ্গাব্দ",
    "2024-02-21, 1430, 11, 8, ৮ ফাল্গুন ১৪৩০ বঙ্গাব্দ"
  })
  void convertsTheOracleDatesBothWays(LocalDate gregorian, int year, int month, int day, String written) {
    BanglaDate bangla = BanglaDate.of(gregorian);

    assertThat(bangla).isEqualTo(new BanglaDate(year, month, day));
    assertThat(bangla.format()).isEqualTo(written);
    assertThat(bangla.toGregorian()).isEqualTo(gregorian);
    assertThat(BanglaDate.parse(written)).contains(bangla);
  }

  @Test
  void falgunHasThirtyDaysOnlyWhenItsGregorianYearIsLeap() {
    assertThat(BanglaDate.lengthOfMonth(1430, 11)).isEqualTo(30); // Feb 2024
    assertThat(BanglaDate.lengthOfMonth(1429, 11)).isEqualTo(29); // Feb 2023
    assertThat(BanglaDate.lengthOfMonth(1406, 11)).isEqualTo(30); // Feb 2000
    assertThat(BanglaDate.lengthOfMonth(1506, 11)).isEqualTo(29); // Feb 2100 is not leap
  }

  @Test
  void everyDayFrom2000To2040RoundTripsAndDaysFollowEachOther() {
    List<String> failures = new ArrayList<>();
    LocalDate day = LocalDate.of(2000, 1, 1);
    BanglaDate previous = BanglaDate.of(day.minusDays(1));
    int days = 0;
    while (day.getYear() <= 2040) {
      BanglaDate bangla = BanglaDate.of(day);
      if (!bangla.toGregorian().equals(day)) {
        failures.add(day + " → " + bangla + " → " + bangla.toGregorian());
      }
      if (!BanglaDate.parse(bangla.format()).equals(Optional.of(bangla))) {
        failures.add(bangla.format() + " does not parse back");
      }
      if (!isNextDay(previous, bangla)) {
        failures.add(bangla + " does not follow " + previous);
      }
      boolean newYear = bangla.month() == 1 && bangla.day() == 1;
      if (newYear != (day.getMonthValue() == 4 && day.getDayOfMonth() == 14)
          || bangla.year() != day.getYear() - (day.isBefore(LocalDate.of(day.getYear(), 4, 14)) ? 594 : 593)) {
        failures.add(day + " is in the wrong year: " + bangla);
      }
      previous = bangla;
      day = day.plusDays(1);
      days++;
    }
    assertThat(days).isEqualTo(14_976);
    assertThat(failures).isEmpty();
  }

  @Test
  void aYearHasAsManyDaysAsTheGregorianYearItStartsIn() {
    for (int year = 1400; year <= 1450; year++) {
      int days = 0;
      for (int month = 1; month <= 12; month++) {
        days += BanglaDate.lengthOfMonth(year, month);
      }
      assertThat(days).as("%d", year).isEqualTo(Year.of(year + 594).length());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
    "২১ অগ্রহায়ণ ১৪৩০",
    "21 অগ্রহায়ণ 1430 বঙ্গাব্দ",
    "২১শে অগ্রহায়ণ, ১৪৩০ বঙ্গাব্দ।",
    "২১ অগ্রহায়ন ১৪৩০",
    "২১ শে অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ",
    "২১-অগ্রহায়ণ-১৪৩০",
    "২১ অঘ্রায়ণ ১৪৩০"
      })
  void parsesTheWaysLettersWriteIt(String written) {
    assertThat(BanglaDate.parse(written)).contains(new BanglaDate(1430, 8, 21));
  }

  @Test
  void parsesPohelaBoishakh() {
    assertThat(BanglaDate.parse("পহেলা বৈশাখ ১৪৩১")).contains(new BanglaDate(1431, 1, 1));
  }

  @ParameterizedTest
  @CsvSource({
    "৩২ বৈশাখ ১৪৩০",
    "৩০ ফাল্গুন ১৪২৯",
    "২১ ডিসেম্বর ১৪৩০",
    "২১ অগ্রহায়ণ",
    "অগ্রহায়ণ ১৪৩০",
    "২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ তারিখে"
  })
  void rejectsWhatIsNotOneBanglaDate(String written) {
    assertThat(BanglaDate.parse(written)).isEmpty();
  }

  @Test
  void refusesDaysTheMonthDoesNotHave() {
    assertThatThrownBy(() -> new BanglaDate(1429, 11, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BanglaDate(1430, 13, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean isNextDay(BanglaDate previous, BanglaDate next) {
    if (next.day() > 1) {
      return next.year() == previous.year() && next.month() == previous.month() && next.day() == previous.day() + 1;
    }
    boolean monthEnded = previous.day() == BanglaDate.lengthOfMonth(previous.year(), previous.month());
    if (next.month() > 1) {
      return monthEnded && next.year() == previous.year() && next.month() == previous.month() + 1;
    }
    return monthEnded && previous.month() == 12 && next.year() == previous.year() + 1;
  }

  /**
   * Minutes whose issue date is misread into the first centuries (০০২৩) beside a Bangabda date: read with a warning
   * on the disagreement, never failed by a Bangabda date that year cannot have.
   */
  @Test
  void anIssueDateBeforeTheEra_isReadWithAWarning_notFailed() {
    assertThat(BanglaDate.covers(LocalDate.of(2023, 12, 6))).isTrue();
    assertThat(BanglaDate.covers(LocalDate.of(23, 12, 6))).isFalse();
    String seed = SeedMinutes.text();
    String misread = seed.replace("০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ", "০৬ ডিসেম্বর ০০২৩ খ্রিস্টাব্দ")
        .replace("০৬-১২-২০২৩", "০৬-১২-০০২৩");
    assertThat(misread).isNotEqualTo(seed);

    ExtractedMinutes read = new TextMinutesReader().read(misread);

    assertThat(read.warnings()).anySatisfy(w -> assertThat(w.field()).isEqualTo("issueDateBangla"));
  }
}

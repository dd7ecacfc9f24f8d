package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BengaliDatesTest {

  private static final LocalDate ISSUE = LocalDate.of(2023, 12, 6);

  @Test
  void formatsInBengaliDigitsAndMonthNames() {
    assertThat(BengaliDates.format(ISSUE)).isEqualTo("০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ");
    assertThat(BengaliDates.formatShort(ISSUE)).isEqualTo("০৬/১২/২০২৩");
    assertThat(BengaliDates.formatShortWithWeekday(LocalDate.of(2024, 1, 30))).isEqualTo("৩০/০১/২০২৪ মঙ্গলবার");
    assertThat(BengaliDates.formatBoth(ISSUE)).isEqualTo("০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ / ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");
  }

  @Test
  void readsBackWhatItWritesForEveryDayOfALeapYear() {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
      assertThat(BengaliDates.parseDate(BengaliDates.format(d))).as("%s", d).contains(d);
      assertThat(BengaliDates.parseDate(BengaliDates.formatShort(d))).as("%s", d).contains(d);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "১৯.১১.২০২৩ খ্রি.|2023-11-19",
        "৩০/০১/২০২৪ খ্রি.|2024-01-30",
        "০৬-১২-২০২৩|2023-12-06",
        "০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ|2023-12-06",
        "19.11.2023|2023-11-19",
        "30/01/2024 খ্রি.|2024-01-30",
        "06 December 2023|2023-12-06",
        "৬ ডিসেম্বর, ২০২৩|2023-12-06",
        "৩০ জানুয়ারি ২০২৪ খ্রিঃ|2024-01-30",
        "৩০ জানুয়ারী ২০২৪|2024-01-30",
        "2023-12-06|2023-12-06",
        "৬/১২/২৩|2023-12-06"
      })
  void parsesDatesAsMinutesWriteThem(String written, LocalDate expected) {
    assertThat(BengaliDates.parseDate(written)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"৩২/০১/২০২৪", "৩১ ফেব্রুয়ারি ২০২৪", "৩০/০১", "৫৬.০৪.৪৪০০.০০০", "আগামী ৩০/০১/২০২৪ তারিখের মধ্যে", "কাল"})
  void rejectsWhatIsNotOneRealDate(String written) {
    assertThat(BengaliDates.parseDate(written)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "দুপুর ১২:০০ ঘটিকা|12:00",
        "১২ঃ০০|12:00",
        "সকাল ১০.৩০ ঘটিকা|10:30",
        "বিকাল ৩:০০ ঘটিকা|15:00",
        "বিকেল ৩টা|15:00",
        "দুপুর ২:৩০ ঘটিকা|14:30",
        "সন্ধ্যা ৬:১৫|18:15",
        "রাত ৮:০০ ঘটিকা|20:00",
        "রাত ১২:০০|00:00",
        "3:00 PM|15:00",
        "11:30 am|11:30",
        "১৪:০০ ঘটিকা|14:00"
      })
  void parsesTimesWithThePartOfTheDayAsAmPm(String written, LocalTime expected) {
    assertThat(BengaliDates.parseTime(written)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"১২", "২৫:০০", "১৯.১১.২০২৩", "দুপুর"})
  void rejectsWhatIsNotATime(String written) {
    assertThat(BengaliDates.parseTime(written)).isEmpty();
  }

  @Test
  void formatsTimesWithThePartOfTheDayAndReadsThemBack() {
    assertThat(BengaliDates.formatTime(LocalTime.NOON)).isEqualTo("দুপুর ১২:০০ ঘটিকা");
    for (LocalTime t = LocalTime.MIDNIGHT; ; t = t.plusMinutes(5)) {
      assertThat(BengaliDates.parseTime(BengaliDates.formatTime(t))).as("%s", t).contains(t);
      if (t.equals(LocalTime.of(23, 55))) {
        break;
      }
    }
  }
}

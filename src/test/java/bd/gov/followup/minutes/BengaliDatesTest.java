package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BengaliDatesTest {

  private static final LocalDate ISSUE = LocalDate.of(2023, 12, 6);

  @Test
  void formatsInBengaliDigitsAndMonthNames() {
    assertThat(BengaliDates.format(ISSUE)).isEqualTo("০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ");
    assertThat(BengaliDates.formatShort(ISSUE)).isEqualTo("০৬/১২/২০২৩");
    assertThat(BengaliDates.formatShortWithWeekday(LocalDate.of(2024, 1, 30))).isEqualTo("৩০/০১/২০২৪ মঙ্গলবার");
    assertThat(BengaliDates.formatBoth(ISSUE)).isEqualTo("০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ / ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ");
  }

  /** The Bangla Academy's spelling, as government letters and the webapps' own bn translation write them. */
  @Test
  void januaryAndFebruary_areSpeltWithTheShortI() {
    assertThat(BengaliDates.format(LocalDate.of(2024, 1, 30))).isEqualTo("৩০ জানুয়ারি ২০২৪ খ্রিস্টাব্দ");
    assertThat(BengaliDates.format(LocalDate.of(2024, 2, 29))).isEqualTo("২৯ ফেব্রুয়ারি ২০২৪ খ্রিস্টাব্দ");
    assertThat(BengaliDates.format(LocalDate.of(2024, 8, 5))).isEqualTo("০৫ আগস্ট ২০২৪ খ্রিস্টাব্দ");
  }

  @Test
  void theMinutesReaderReadsBackWhatItWritesForEveryDayOfALeapYear() {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
      assertThat(DateFinder.whole(BengaliDates.format(d))).as("%s", d).contains(d);
      assertThat(DateFinder.whole(BengaliDates.formatShort(d))).as("%s", d).contains(d);
    }
  }
}

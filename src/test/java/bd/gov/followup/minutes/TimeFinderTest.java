package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A meeting's time typed in a form's field, as the minutes themselves write it. */
class TimeFinderTest {

  @Test
  void aFieldHoldingATime_isRead_asTheMinutesWriteIt() {
    assertThat(TimeFinder.whole("৯:৩০")).contains(LocalTime.of(9, 30));
    assertThat(TimeFinder.whole(" ১০:৩০ ঘটিকা ")).contains(LocalTime.of(10, 30));
    assertThat(TimeFinder.whole("সকাল ১০টা")).contains(LocalTime.of(10, 0));
    assertThat(TimeFinder.whole("বিকাল ৩টা")).contains(LocalTime.of(15, 0));
    assertThat(TimeFinder.whole("১২ঃ০০")).contains(LocalTime.of(12, 0));
    assertThat(TimeFinder.whole("14:00")).contains(LocalTime.of(14, 0));
    assertThat(TimeFinder.whole("সকাল ১০:৩০ ঘটিকায়")).contains(LocalTime.of(10, 30));
    assertThat(TimeFinder.whole("10:30:00")).as("with seconds, as HH:mm:ss").contains(LocalTime.of(10, 30));
  }

  @Test
  void aFieldHoldingMoreOrLess_isNoTime() {
    assertThat(TimeFinder.whole("দশটা")).isEmpty();
    assertThat(TimeFinder.whole("১০")).as("a bare number").isEmpty();
    assertThat(TimeFinder.whole("১০:৩০, জেলা প্রশাসকের সম্মেলন কক্ষ")).as("the place typed in too").isEmpty();
    assertThat(TimeFinder.whole("২৫:০০")).isEmpty();
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
        "বেলা ৩.০০ ঘটিকা|15:00",
        "বেলা ১১.৩০ ঘটিকা|11:30",
        "সন্ধ্যা ৬:১৫|18:15",
        "রাত ৮:০০ ঘটিকা|20:00",
        "রাত ১২:০০|00:00",
        "3:00 PM|15:00",
        "11:30 am|11:30",
        "১৪:০০ ঘটিকা|14:00"
      })
  void parsesTimesWithThePartOfTheDayAsAmPm(String written, LocalTime expected) {
    assertThat(TimeFinder.whole(written)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"১২", "২৫:০০", "১৯.১১.২০২৩", "দুপুর"})
  void rejectsWhatIsNotATime(String written) {
    assertThat(TimeFinder.whole(written)).isEmpty();
  }

  @Test
  void everyTimeOfDay_writtenWithItsPartOfTheDay_isReadBack() {
    for (LocalTime t = LocalTime.MIDNIGHT; ; t = t.plusMinutes(5)) {
      assertThat(TimeFinder.whole(asLettersWriteIt(t))).as("%s", t).contains(t);
      if (t.equals(LocalTime.of(23, 55))) {
        break;
      }
    }
  }

  /** "দুপুর ১২:০০ ঘটিকা": the part of the day instead of AM/PM, a 12-hour clock. */
  private static String asLettersWriteIt(LocalTime t) {
    int h = t.getHour();
    String part = h < 6 || h >= 20 ? "রাত" : h < 12 ? "সকাল" : h < 15 ? "দুপুর" : h < 18 ? "বিকাল" : "সন্ধ্যা";
    int clock = h % 12 == 0 ? 12 : h % 12;
    return part + " " + BengaliDigits.toBengali(String.format("%d:%02d", clock, t.getMinute())) + " ঘটিকা";
  }
}

package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

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
}

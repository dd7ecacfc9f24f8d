package bd.gov.followup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.BanglaDate;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The demo reads the seed minutes as any uploaded file, and moves its copy ahead by whole weeks. */
class DemoMeetingsTest {

  final Meeting recorded = new DemoMeetings(null, null).seed();

  @Test
  void theSeedIsReadFromTheMinutesAsWritten() {
    assertThat(recorded.memoKey()).isEqualTo("56.04.4400.000.34.002.19.69");
    assertThat(recorded.decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(recorded.deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(recorded.distribution()).hasSize(7);
  }

  @Test
  void theCopyLiesWeeksAhead_onTheSameWeekdays_withItsBanglaDate() {
    LocalDate today = LocalDate.of(2026, 11, 29);
    Meeting ahead = DemoMeetings.movedAhead(recorded, today);

    assertThat(ahead.memoKey()).isEqualTo("56.04.4400.000.34.002.19.69-DEMO");
    assertThat(ahead.deadline()).isAfter(today.plusWeeks(4)).isBefore(today.plusWeeks(6));
    assertThat(ahead.deadline().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(ChronoUnit.DAYS.between(recorded.date(), ahead.date()) % 7).isZero();
    assertThat(ahead.date().getDayOfWeek()).isEqualTo(recorded.date().getDayOfWeek());
    assertThat(ahead.issueDateBangla()).isEqualTo(BanglaDate.of(ahead.issueDate()).format());
    assertThat(ahead.decisions()).extracting(Decision::implementers)
        .isEqualTo(recorded.decisions().stream().map(Decision::implementers).toList());
    // the decision that sets the deadline says the new one in its text, as in its deadline
    String written = bd.gov.followup.minutes.BengaliDigits.toBengali(
        ahead.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(recorded.decisions().get(4).text()).contains("৩০/০১/২০২৪");
    assertThat(ahead.decisions().get(4).text()).contains("আগামী " + written + " খ্রি. তারিখের মধ্যে")
        .doesNotContain("৩০/০১/২০২৪");
  }
}

package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in the forms are read day first, as Bangladesh writes them; an impossible day is refused, not rolled on. */
class FormDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"05/02/2027", "০৫/০২/২০২৭", "5/2/2027", "৫-২-২০২৭", "05.02.2027", "০৫/০২/২০২৭ খ্রি.",
      "2027-02-05", "২০২৭-০২-০৫", "2027-02-05T00:00:00"})
  void dayFirstOrIso(String typed) {
    assertThat(FormDates.parse(typed, "newDeadline")).isEqualTo(LocalDate.of(2027, 2, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-02-04T18:00:00.000Z", "2027-02-04T18:00:00Z", "2027-02-05T05:59:00+06:00",
      "2027-02-04T20:00:00+0200", "২০২৭-০২-০৪T১৮:০০:০০Z"})
  void aMomentWithItsOffset_isItsDayInDhaka(String sent) {
    assertThat(FormDates.parse(sent, "newDeadline")).as("midnight in Dhaka is 18:00 of the day before in UTC")
        .isEqualTo(LocalDate.of(2027, 2, 5));
  }

  @Test
  void aDateVariable_isItsDayInDhaka() {
    java.util.Date midnightInDhaka = java.util.Date.from(java.time.Instant.parse("2027-02-04T18:00:00Z"));
    assertThat(FormDates.parse(midnightInDhaka, "newDeadline")).isEqualTo(LocalDate.of(2027, 2, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/12/9999", "০১/০১/০০০১", "1970-12-31", "01/01/2101"})
  void aYearNoMinutesMean_isRefused(String typed) {
    assertThatThrownBy(() -> FormDates.parse(typed, "generalDeadline"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("generalDeadline").hasMessageContaining("১৯৭১–২১০০ সালের মধ্যে দিন");
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2027", "৩১/০৯/২০২৬", "2027-13-01", "00/01/2027"})
  void anImpossibleDay_isRefused(String typed) {
    assertThatThrownBy(() -> FormDates.parse(typed, "newDeadline"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("newDeadline").hasMessageContaining("কোনো সঠিক তারিখ নয়");
  }

  @ParameterizedTest
  @ValueSource(strings = {"আগামী মাসে", "02/2027", "2027", "05/02/27"})
  void anythingElse_saysHowToWriteIt(String typed) {
    assertThatThrownBy(() -> FormDates.parse(typed, "deadline"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("দিন/মাস/বছর আকারে লিখুন, যেমন ৩১/০১/২০২৭");
  }
}

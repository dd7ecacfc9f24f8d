package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
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

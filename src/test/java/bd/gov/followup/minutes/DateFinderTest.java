package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text that is one Gregorian date (a form's field, a table's deadline cell), in the spellings minutes use. */
class DateFinderTest {

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
    assertThat(DateFinder.whole(Texts.nfc(written))).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"৩২/০১/২০২৪", "৩১ ফেব্রুয়ারি ২০২৪", "৩০/০১", "৫৬.০৪.৪৪০০.০০০", "আগামী ৩০/০১/২০২৪ তারিখের মধ্যে", "কাল"})
  void rejectsWhatIsNotOneRealDate(String written) {
    assertThat(DateFinder.whole(Texts.nfc(written))).isEmpty();
  }
}

package bd.gov.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.directory.JhenaidahDirectory;
import org.junit.jupiter.api.Test;

/**
 * A reminder letter is signed by the office that decided on it (the directory's chair, the ADC). The minutes'
 * chair's name stands over that designation only when the minutes' chair holds that office.
 */
class ReminderLetterSignerTest {

  private final ReminderLetters letters = new ReminderLetters(JhenaidahDirectory.DIRECTORY);

  @Test
  void theSeedsChair_isTheAdc_andSignsByName() {
    assertThat(letters.signerName("adc-edu-ict", "মোঃ খালিদ হাসান", "অতিরিক্ত জেলা প্রশাসক(শিক্ষা ও আইসিটি), ঝিনাইদহ।"))
        .isEqualTo("মোঃ খালিদ হাসান");
  }

  /** The DC chairs the law-and-order committee, but the ADC decided: the DC's name over the ADC's title was wrong. */
  @Test
  void anotherChair_doesNotLendTheAdcTheirName() {
    assertThat(letters.signerName("adc-edu-ict", "মোঃ আবদুল আওয়াল", "জেলা প্রশাসক, ঝিনাইদহ")).isNull();
    assertThat(letters.signerName("adc-edu-ict", "মোঃ আবদুল আওয়াল", "সভাপতি")).isNull();
    assertThat(letters.signerName("adc-edu-ict", "মোঃ খালিদ হাসান", null)).isNull();
  }

  @Test
  void withoutAName_theDesignationSignsAlone() {
    ReminderLetter letter = letters.draft("adc-edu-ict", null, "56.04.4400.000.34.002.19.69", 3, "সভা", "সিদ্ধান্ত ০৩",
        "লেখা", java.time.LocalDate.of(2024, 1, 30), "", java.util.List.of("uno-kaliganj"), java.util.List.of(), null,
        java.time.LocalDate.of(2024, 2, 5), 1, false);
    assertThat(letter.signatory()).first().asString().startsWith("অতিরিক্ত জেলা প্রশাসক");
  }
}

package bd.gov.followup.letter;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.directory.JhenaidahDirectory;
import org.junit.jupiter.api.Test;

/**
 * A reminder letter is signed by the office that decided on it (the directory's chair, the ADC): its designation, and
 * over it the deciding user's name when there is one (report.ReminderLetterSignatureTest).
 */
class ReminderLetterSignerTest {

  private final ReminderLetters letters = new ReminderLetters(JhenaidahDirectory.DIRECTORY);

  @Test
  void withoutAName_theDesignationSignsAlone() {
    ReminderLetter letter = letters.draft("adc-edu-ict", null, "56.04.4400.000.34.002.19.69", 3, "সভা", "সিদ্ধান্ত ০৩",
        "লেখা", java.time.LocalDate.of(2024, 1, 30), "", java.util.List.of("uno-kaliganj"), java.util.List.of(), null,
        java.time.LocalDate.of(2024, 2, 5), 1, false);
    assertThat(letter.signatory()).first().asString().startsWith("অতিরিক্ত জেলা প্রশাসক");
  }
}

package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Memo numbers with letters among their digits, as upazila offices write them (sample 09). */
class LetteredMemoNumberTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  @Test
  void aMemoNumberWithBengaliLettersIsReadWhole_andKeysTheMeetingWithItsLetters() {
    ExtractedMinutes read = reader.read(SeedMinutes.withLine(43, "স্মারক নং: মউনিঅ/মহেশ/আইসিটি/২০২৬/৩১২"));

    assertThat(read.meeting().memoNumber()).isEqualTo("মউনিঅ/মহেশ/আইসিটি/২০২৬/৩১২");
    assertThat(read.meeting().memoKey()).isEqualTo("মউনিঅ-মহেশ-আইসিটি-2026-312");
    assertThat(Meeting.memoNumberProblem(read.meeting().memoNumber())).isNull();
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .contains(tuple("memoNumber", "line 43"));
  }

  /** Typed in a form with য় as two characters, or read from a file with one: one key, so one meeting. */
  @Test
  void theKeyIsTheSameHoweverALetterIsComposed() {
    String composed = "উনিঅ/শৈল/\u09DF/৪৫৬";
    String decomposed = "উনিঅ/শৈল/\u09AF\u09BC/৪৫৬";
    Meeting typed = new Meeting(null, null, null, null, null, null, decomposed, null, null, null, null, null, null);
    Meeting read = new Meeting(null, null, null, null, null, null, composed, null, null, null, null, null, null);
    assertThat(typed.memoKey()).isEqualTo(read.memoKey()).startsWith("উনিঅ-শৈল-").endsWith("-456");
  }

  @Test
  void lettersInEnglishAndADateAfterTheNumberReadToo() {
    assertThat(reader.read(SeedMinutes.withLine(43, "স্মারক নং- DC/JHE/ICT/2026/312")).meeting().memoKey())
        .isEqualTo("DC-JHE-ICT-2026-312");
    assertThat(reader.read(SeedMinutes.withLine(43, "নম্বর: উনিঅ/কোট/৪৫৬ - ০৬/১২/২০২৩")).meeting().memoNumber())
        .isEqualTo("উনিঅ/কোট/৪৫৬");
    assertThat(reader.read(SeedMinutes.withLine(43, "নম্বর: উনিঅ/কোট/৪৫৬ তারিখ: ০৬/১২/২০২৩")).meeting().memoNumber())
        .isEqualTo("উনিঅ/কোট/৪৫৬");
  }

  /** A number cut short by a space, or one without a digit, is still unreadable: it would be the wrong key. */
  @Test
  void aLetteredNumberThatGoesOnAfterASpaceOrHasNoDigitIsAProblem() {
    for (String line : new String[] {"স্মারক নং: মউনিঅ/মহেশ/আইসিটি/২০২৬ /৩১২", "স্মারক নং: মউনিঅ/মহেশ/আইসিটি",
        "স্মারক নং: মউনিঅ/৩১২"}) {
      assertThatThrownBy(() -> reader.read(SeedMinutes.withLine(43, line)))
          .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
              .extracting(MinutesProblem::field, MinutesProblem::location)
              .containsExactly(tuple("memoNumber", "line 43")));
    }
  }

  /** A number of digits anywhere outside the table is the memo number, as before: existing keys stay. */
  @Test
  void aNumberOfDigitsIsPreferredToALetteredOne() {
    ExtractedMinutes read = reader.read(SeedMinutes.withLine(42, "স্মারক নং: মউনিঅ/মহেশ/আইসিটি/২০২৬/৩১২"));

    assertThat(read.meeting().memoKey()).isEqualTo("56.04.4400.000.34.002.19.69");
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("memoNumber");
  }
}

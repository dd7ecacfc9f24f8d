package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long runs of one character where a regex could re-split them (spaces after a digit, a huge word, dashes, dari,
 * colons, letters before an '@', thousands of deadlines). Each reads in well under a second; a pattern that turned
 * quadratic again would keep this test busy for minutes. The design keeps time assertions out of tests, so the
 * guard is the size, not a timeout.
 */
class HostileMinutesTest {

  private static final int RUN = 200_000;

  static Stream<Arguments> hostileEdits() {
    return Stream.of(
        edit("spaces after a digit in the header", s -> s.replace("সভাপতি\tমোঃ", "সভাপতি\t১" + " ".repeat(RUN) + "x মোঃ")),
        edit("one huge word in the title", s -> s.replace("কার্যবিবরণী:", "কার্যবিবরণী: " + "ক".repeat(RUN))),
        edit("letters without an @ in the sign-off", s -> s + "\n" + "a".repeat(RUN)), // below the last signatory's designation
        edit("dashes that are no rule", s -> s.replace("০১\t", "-".repeat(RUN) + "x\n০১\t")),
        edit("thousands of deadlines", s -> s.replace("আগামী ৩০/০১/২০২৪ খ্রি.", "১/১/২০২৪ তারিখের মধ্যে ".repeat(RUN / 25))),
        edit("colons ending a label", s -> s.replace("সভাপতি\tমোঃ", ":".repeat(RUN) + "x\tমোঃ")),
        edit("dari inside an implementer", s -> s.replace("সকল দপ্তর প্রধান, ঝিনাইদহ।", "সকল " + "।".repeat(RUN) + " দপ্তর")),
        edit("spaces inside a Bangla date", s -> s.replace("২১ অগ্রহায়ণ", "২১" + " ".repeat(RUN) + "-" + " ".repeat(RUN) + "x")),
        edit("spaces before এবং", s -> s.replace("ঝিনাইদহ। এবং", "ঝিনাইদহ" + " ".repeat(RUN) + "x এবং")),
        edit("spaces after a part of the day", s -> s.replace("দুপুর ১২:০০", "দুপুর" + " ".repeat(RUN) + "x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileEdits")
  void longRunsAreReadInOnePass(String name, UnaryOperator<String> edit) {
    String text = edit.apply(SeedMinutes.text());
    assertThat(text).isNotEqualTo(SeedMinutes.text());

    ExtractedMinutes read = new TextMinutesReader().read(text);

    assertThat(read.meeting().decisions()).hasSize(5);
  }

  private static Arguments edit(String name, UnaryOperator<String> edit) {
    return Arguments.of(name, edit);
  }
}

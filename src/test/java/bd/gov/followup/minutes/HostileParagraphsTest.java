package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long runs in decision paragraphs where the labels' patterns could re-scan them: spaces before a label written on
 * the decision's line, and a long lettered list of implementers (each of whose lines asks whether more implementers
 * follow). Each reads in one pass; as in {@link HostileMinutesTest}, the guard is the size, not a timeout.
 */
class HostileParagraphsTest {

  private static final int RUN = 200_000;

  private final TextMinutesReader reader = new TextMinutesReader();

  @Test
  void spacesBeforeAnImplementersLabelOnTheDecisionsLine_areReadInOnePass() {
    String decisions = "১. ই-নথি বাস্তবায়ন:\nসিদ্ধান্ত- সকল দপ্তরে ই-নথি চালু করতে হবে" + " ".repeat(RUN)
        + "x। -বাস্তবায়নে: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ\n";

    List<Decision> read = reader.read(OfficeMinutes.kaliganj(decisions)).meeting().decisions();

    assertThat(read).singleElement()
        .satisfies(d -> assertThat(d.implementers()).containsExactly("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ"));
  }

  @Test
  void aLongLetteredListOfImplementers_isReadInOnePass() {
    int offices = RUN / 20;
    String decisions = "১. ই-নথি বাস্তবায়ন:\nসিদ্ধান্ত- সকল দপ্তরে ই-নথি চালু করতে হবে।\nবাস্তবায়নে- (ক) উপজেলা নির্বাহী অফিসার\n"
        + "(খ) সহকারী প্রোগ্রামার\n".repeat(offices) + "সময়সীমা- ৩০/১২/২০২৬\n";

    List<Decision> read = reader.read(OfficeMinutes.kaliganj(decisions)).meeting().decisions();

    assertThat(read).singleElement().satisfies(d -> assertThat(d.implementers()).hasSize(offices + 1));
  }

  /** A line of labels, each after a sentence's end: the few a line really holds are read, the rest stays text. */
  @Test
  void aLineOfManyInlineLabels_isReadInOnePass() {
    String decisions = "১. ই-নথি বাস্তবায়ন:\nসিদ্ধান্ত: সকল দপ্তরে ই-নথি চালু করতে হবে।"
        + "ক।বাস্তবায়নে: ".repeat(40_000) + "উপজেলা নির্বাহী অফিসার, কালীগঞ্জ\n";

    List<Decision> read = reader.read(OfficeMinutes.kaliganj(decisions)).meeting().decisions();

    assertThat(read).singleElement().satisfies(d -> assertThat(d.text()).startsWith("সকল দপ্তরে ই-নথি চালু করতে হবে"));
  }

  /**
   * A Unicode line separator (U+2028, U+2029 or NEL) ends a line as a line feed does: inside a line it made the labels'
   * patterns retry every split of the spaces before it, cubic in their number.
   */
  @Test
  void aLineSeparatorAfterManySpaces_endsTheLine() {
    String decisions = "১. ই-নথি বাস্তবায়ন:\nসিদ্ধান্ত:" + " ".repeat(5_000) + "\u2028সকল দপ্তরে ই-নথি চালু করতে হবে।"
        + "\u2029বাস্তবায়নে: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ\n";

    List<Decision> read = reader.read(OfficeMinutes.kaliganj(decisions)).meeting().decisions();

    assertThat(read).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("সকল দপ্তরে ই-নথি চালু করতে হবে।");
      assertThat(d.implementers()).containsExactly("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ");
    });
  }
}

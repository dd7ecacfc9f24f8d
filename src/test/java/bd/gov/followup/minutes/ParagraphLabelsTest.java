package bd.gov.followup.minutes;

import static bd.gov.followup.minutes.OfficeMinutes.FIRST_DECISION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The labels of decision paragraphs as district and upazila offices write them (the exploratory test's files f2, f2b,
 * f4, f6j): a dash or a visarga for the colon, the implementers under the names offices give them or after the
 * decision on its line, and the deadline under the implementers. None of them may turn a decision's offices or its
 * deadline into text, nor a deadline into an office.
 */
class ParagraphLabelsTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  /**
   * A decision with no implementers under any label is refused at its decision's line, naming the label to write, in
   * Bengali and English (f2: the implementers under a label the reader did not know were taken for the decision).
   */
  @Test
  void aDecisionWithoutImplementers_isRefusedAtItsDecisionsLine_sayingWhichLabel() {
    String decisions = """
        আলোচ্যসূচি-০১: জেলা ইনোভেশন শোকেসিং
        আলোচনা: অনেক দপ্তর এখনও উদ্ভাবনী ধারণা প্রেরণ করেনি।
        সিদ্ধান্ত: প্রতিটি দপ্তর ১টি করে উদ্ভাবনী ধারণা জেলা ইনোভেশন টিমের নিকট প্রেরণ করবে।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.dcc(decisions)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("decisions[0].implementers"))
            .satisfies(p -> assertThat(p.location()).isEqualTo("line " + (FIRST_DECISION_LINE + 2)))
            .satisfies(p -> assertThat(p.message()).contains("«বাস্তবায়নে: …»", " / ", "names no implementer")));
  }
}

package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.MinutesWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's places as the secretary's review form names them: in Bengali, the whole minutes included. */
class MinutesWarningsTextTest {

  @Test
  void eachWarningSaysWhereInBengali() {
    String text = MinutesWarningsText.of(List.of(
        new MinutesWarning("decisions[0].implementers", "line 22", "অজানা দপ্তর"),
        new MinutesWarning("decisions[1].deadline", "table 2 row 1", "সময়সীমা পড়া যায়নি"),
        new MinutesWarning("deadline", "document", "সিদ্ধান্ত ০১, ০৩-এর কোনো সময়সীমা নেই")));
    assertThat(text.lines()).containsExactly(
        "- লাইন ২২: অজানা দপ্তর",
        "- সারণি ২, সারি ১: সময়সীমা পড়া যায়নি",
        "- কার্যবিবরণী: সিদ্ধান্ত ০১, ০৩-এর কোনো সময়সীমা নেই");
  }
}

package bd.gov.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** One text field, a reason per ticked decision where the secretary numbers them, one for all where not. */
class CloseReasonsTest {

  @Test
  void numberedLines_areTheirDecisionsReasons_theRestIsTheOthers() {
    CloseReasons reasons = CloseReasons.read("""
        ২: এই সভার সিদ্ধান্ত ০১ দ্বারা প্রতিস্থাপিত; নতুন সময়সীমা ১০/১২/২০২৬।
        5. প্রকল্প বাতিল
        অন্যগুলো আর প্রয়োজন নেই""", Set.of(2, 3, 5));
    assertThat(reasons.perDecision()).isTrue();
    assertThat(reasons.of(2)).as("its digits stay as written")
        .isEqualTo("এই সভার সিদ্ধান্ত ০১ দ্বারা প্রতিস্থাপিত; নতুন সময়সীমা ১০/১২/২০২৬।");
    assertThat(reasons.of(5)).isEqualTo("প্রকল্প বাতিল");
    assertThat(reasons.of(3)).isEqualTo("অন্যগুলো আর প্রয়োজন নেই");
  }

  @Test
  void aNumberedDecisionWithoutAReason_andNoCommonOne_hasNone() {
    CloseReasons reasons = CloseReasons.read("২: প্রতিস্থাপিত", Set.of(2, 3));
    assertThat(reasons.of(2)).isEqualTo("প্রতিস্থাপিত");
    assertThat(reasons.of(3)).isEmpty();
  }

  /** "১: …" for the ticked one and "২: …" for one not ticked: a tick forgotten, named; a plain list is not. */
  @Test
  void reasonsPerDecision_naming_aListedDecisionNotTicked_nameIt() {
    assertThat(CloseReasons.untickedNamed("১: প্রথম কারণ\n২: অন্য\n৯: তালিকায় নেই", Set.of(1), 4)).containsExactly(2);
    assertThat(CloseReasons.untickedNamed("১. বাজেট নেই\n২. জনবল নেই", Set.of(3, 4), 4)).as("one reason's list")
        .isEmpty();
    assertThat(CloseReasons.untickedNamed("২: প্রতিস্থাপিত\nঅন্যগুলো আর প্রয়োজন নেই", Set.of(2, 3), 4)).isEmpty();
  }

  @Test
  void aNumberedListNamingDecisionsNotTicked_isOneReasonForAll() {
    String text = "১. বাজেট নেই\n২. জনবল নেই";
    CloseReasons reasons = CloseReasons.read(text, Set.of(3, 4));
    assertThat(reasons.perDecision()).isFalse();
    assertThat(reasons.of(3)).isEqualTo(text);
    assertThat(reasons.of(4)).isEqualTo(text);
    assertThat(CloseReasons.read("৩০ জানুয়ারির পরে আর প্রযোজ্য নয়", Set.of(3)).of(3)).as("a date is no serial")
        .isEqualTo("৩০ জানুয়ারির পরে আর প্রযোজ্য নয়");
  }
}

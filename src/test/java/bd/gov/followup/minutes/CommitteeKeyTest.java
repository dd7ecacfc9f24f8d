package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One committee however its minutes spell it; two committees stay two. */
class CommitteeKeyTest {

  @Test
  void linkingWordsSpacingJoinersAndPunctuation_changeNothing() {
    String key = CommitteeKey.of("জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি");
    assertThat(CommitteeKey.of("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি")).isEqualTo(key);
    assertThat(CommitteeKey.of("  জেলা ওয়েব\u00a0পোর্টাল  হালনাগাদ-বিষয়ক কমিটি।")).isEqualTo(key);
    // য় written as য + nukta, and a zero-width non-joiner
    assertThat(CommitteeKey.of("জেলা ও\u09af\u09bcেব পোর্টাল হালনাগাদ\u200c কমিটি")).isEqualTo(key);
    assertThat(CommitteeKey.of("উপজেলা ICT কমিটি ২০২৪")).isEqualTo(CommitteeKey.of("উপজেলা ict কমিটি 2024"));
  }

  @Test
  void anotherSubject_isAnotherCommittee() {
    assertThat(CommitteeKey.of("জেলা ওয়েব পোর্টাল হালনাগাদ মনিটরিং কমিটি"))
        .isNotEqualTo(CommitteeKey.of("জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি"));
    assertThat(CommitteeKey.of("সংক্রান্তি উদযাপন কমিটি")).as("a word that only starts like one is kept")
        .contains("সংক্রান্তি");
    assertThat(CommitteeKey.of(null)).isEmpty();
  }
}

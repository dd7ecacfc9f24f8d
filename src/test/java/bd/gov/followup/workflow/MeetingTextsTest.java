package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.followup.minutes.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting's name in task names, mails and the report's heading: Bengali that reads right. */
class MeetingTextsTest {

  static String title(String committee) {
    return MeetingTexts.title(new Meeting(committee, null, null, LocalDate.of(2023, 11, 19), null, null, "৫৬.০৪",
        null, null, List.of(), List.of(), List.of(), null));
  }

  @Test
  void theCommitteesMeeting_whateverTheNameEndsIn() {
    assertThat(title("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি"))
        .isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩");
    assertThat(title("জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি, ঝিনাইদহ।"))
        .isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ কমিটি, ঝিনাইদহ-এর সভা, ১৯/১১/২০২৩");
    assertThat(title("মাসিক সমন্বয় সভা")).isEqualTo("মাসিক সমন্বয় সভা, ১৯/১১/২০২৩");
    assertThat(title("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির"))
        .isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩");
  }

  /** "… কমিটির ১৯/১১/২০২৩ তারিখে অনুষ্ঠিত সভা", never "কমিটি এর". */
  @Test
  void theCommitteesPossessive_forASentence() {
    java.util.function.Function<String, String> of = committee -> MeetingTexts.possessive(new Meeting(committee, null,
        null, null, null, null, "৫৬.০৪", null, null, List.of(), List.of(), List.of(), null));
    assertThat(of.apply("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি")).isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির");
    assertThat(of.apply("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির।")).isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির");
    assertThat(of.apply("মাসিক সমন্বয় সভা")).isEqualTo("মাসিক সমন্বয় সভার");
    assertThat(of.apply("জেলা টাস্কফোর্স")).isEqualTo("জেলা টাস্কফোর্স-এর");
  }
}

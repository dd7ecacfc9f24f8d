package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deadlines as officials word them in a decision's text. The seed's decision ০১ (line 19) gets a deadline of its own;
 * its ০৫ (line 24) sets the meeting's. Spans count from the issue date, 06/12/2023.
 */
class DeadlineWordingsTest {

  private static final String FIRST = "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।";
  private static final String FIFTH_DEADLINE = "আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে";

  private final TextMinutesReader reader = new TextMinutesReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "৩০ জানুয়ারি ২০২৪ খ্রিস্টাব্দের মধ্যে",
        "৩০ জানুয়ারি ২০২৪ খ্রিষ্টাব্দের মধ্যে",
        "৩০ শে জানুয়ারি ২০২৪ খ্রিস্টাব্দের মধ্যে",
        "৩০শে জানুয়ারি ২০২৪ তারিখের মধ্যে",
        "৩০/০১/২০২৪ইং তারিখের মধ্যে",
        "৩০/০১/২০২৪ তারিখ পর্যন্ত",
        "জানুয়ারি ২০২৪ মাসের মধ্যে"
      })
  void theTimeLimitDecisionWordedOtherwiseStillSetsTheMeetingDeadline(String wording) {
    ExtractedMinutes read = reader.read(SeedMinutes.replacing(FIFTH_DEADLINE, wording));

    LocalDate expected = wording.startsWith("জানুয়ারি") ? LocalDate.of(2024, 1, 31) : LocalDate.of(2024, 1, 30);
    assertThat(read.meeting().deadline()).isEqualTo(expected);
    assertThat(read.meeting().decisions()).extracting(Decision::deadline).containsOnlyNulls();
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("deadline");
  }

  /** A topic that is the time limit, said otherwise: still the meeting's. */
  @ParameterizedTest
  @ValueSource(strings = {"সময়সীমা নির্ধারণ", "সিদ্ধান্ত বাস্তবায়নের সময়সীমা", "সকল কাজের সময়সীমা"})
  void aTopicThatIsTheTimeLimit_setsTheMeetingDeadline(String topic) {
    ExtractedMinutes read = reader.read(SeedMinutes.replacing("সকল ওয়েব পোর্টাল হালনাগাদের জন্য সময়সীমা:", topic + ":"));

    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.meeting().decisions().get(4).deadline()).isNull();
  }

  /**
   * A topic about one task's time limit ("ই-নামজারি আবেদন নিষ্পত্তির সময়সীমা") sets that decision's deadline, not
   * every other decision's (exploratory run, finding 9).
   */
  @Test
  void aTopicAboutOneTasksTimeLimit_isThatDecisionsOwnDeadline() {
    ExtractedMinutes read = reader.read(SeedMinutes.replacing("সকল ওয়েব পোর্টাল হালনাগাদের জন্য সময়সীমা:",
        "ই-নামজারি আবেদন নিষ্পত্তির সময়সীমা:"));

    assertThat(read.meeting().deadline()).isNull();
    assertThat(read.meeting().decisions().get(4).deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.meeting().decisions().subList(0, 4)).extracting(Decision::deadline).containsOnlyNulls();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "৩১/১২/২০২৩ তারিখ পর্যন্ত | 2023-12-31",
        "৩১ ডিসেম্বর ২০২৩ খ্রিস্টাব্দের মধ্যে | 2023-12-31",
        "ডিসেম্বর ২০২৩ মাসের মধ্যে | 2023-12-31",
        "২০২৩ সালের ডিসেম্বর মাসের মধ্যে | 2023-12-31",
        "ডিসেম্বর/২০২৩ এর মধ্যে | 2023-12-31",
        "ডিসেম্বর ২০২৩-এর মধ্যে | 2023-12-31",
        "২ সপ্তাহের মধ্যে | 2023-12-20",
        "দুই সপ্তাহের মধ্যে | 2023-12-20",
        "১০ দিনের মধ্যে | 2023-12-16",
        "দশ দিনের মধ্যে | 2023-12-16",
        "দশ দিনের ভেতর | 2023-12-16",
        "১ মাসের মধ্যে | 2024-01-06",
        "এক মাসের মধ্যে | 2024-01-06",
        "৩ মাসের মধ্যে | 2024-03-06"
      })
  void aDecisionsOwnDeadlineInOtherWordings(String wording, LocalDate expected) {
    ExtractedMinutes read =
        reader.read(SeedMinutes.replacing(FIRST, "সংশ্লিষ্ট সরকারি দপ্তরসমূহ " + wording + " তথ্য সরবরাহ করবে।"));

    assertThat(read.meeting().decisions().get(0).deadline()).isEqualTo(expected);
    assertThat(read.meeting().deadline()).isEqualTo(LocalDate.of(2024, 1, 30));
    assertThat(read.warnings()).extracting(MinutesWarning::location).doesNotContain("line 19");
  }

  @Test
  void aDeadlineLabelledAfterTheSentenceIsTheDecisionsOwn() {
    ExtractedMinutes read = reader.read(SeedMinutes.replacing(FIRST, FIRST + " সময়সীমা: ৩১/১২/২০২৩"));

    assertThat(read.meeting().decisions().get(0).deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(read.warnings()).extracting(MinutesWarning::location).doesNotContain("line 19");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "পনের কর্মদিবসের মধ্যে | 15",
        "পনেরো কর্মদিবসের মধ্যে | 15",
        "১৫ (পনের) কর্মদিবসের মধ্যে | 15",
        "সাত কার্যদিবসের মধ্যে | 7",
        "ত্রিশ কর্মদিবসের মধ্যে | 30"
      })
  void aSpanOfWorkingDaysInWordsIsKept(String wording, int days) {
    String text = SeedMinutes.replacing(FIRST, "সংশ্লিষ্ট সরকারি দপ্তরসমূহ " + wording + " তথ্য সরবরাহ করবে।");

    Decision first = reader.read(text).meeting().decisions().get(0);

    assertThat(first.deadlineWorkingDays()).isEqualTo(days);
    assertThat(first.deadline()).isNull();
  }

  @Test
  void aSpanOfWorkingDaysInWordsForAllDecisionsGoesToEachOfThem() {
    Meeting meeting = reader.read(SeedMinutes.replacing(FIFTH_DEADLINE, "পনের কর্মদিবসের মধ্যে")).meeting();

    assertThat(meeting.deadline()).isNull();
    assertThat(meeting.decisions()).extracting(Decision::deadlineWorkingDays).containsOnly(15);
  }

  /** A day written with its suffix apart ("২১ শে", "২ রা") is that day, not the month's end, and only one deadline. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"২১ শে জানুয়ারি ২০২৪ | 2024-01-21", "২ রা জানুয়ারি ২০২৪ | 2024-01-02",
      "১৫ ই জানুয়ারি ২০২৪ | 2024-01-15", "১৫ই জানুয়ারি ২০২৪ | 2024-01-15"})
  void aCellsDayWithItsSuffix_isThatDay(String cell, LocalDate day) {
    DeadlineText read = DeadlineText.ofCell(cell);
    assertThat(read.dates()).containsExactly(day);
  }
}

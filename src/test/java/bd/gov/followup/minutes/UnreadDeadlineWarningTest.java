package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decision that seems to give a deadline the reader cannot read falls back to the meeting's deadline or the
 * default: never silently. Decision ০১ is line 19; ০৫, which sets the meeting's deadline, line 24.
 */
class UnreadDeadlineWarningTest {

  private static final String FIRST = "সংশ্লিষ্ট সরকারি দপ্তরসমূহ তথ্য সরবরাহ করবে।";
  private static final String FIFTH_DEADLINE = "আগামী ৩০/০১/২০২৪ খ্রি. তারিখের মধ্যে";

  private final TextMinutesReader reader = new TextMinutesReader();

  private static String firstSaying(String wording) {
    return SeedMinutes.replacing(FIRST, "সংশ্লিষ্ট সরকারি দপ্তরসমূহ " + wording + " তথ্য সরবরাহ করবে।");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "৩১ ডিসেম্বরের মধ্যে",
        "সময়সীমা ১৫ ডিসেম্বর অনুযায়ী",
        "২৫/০৯/২০২৩ তারিখের পত্র অনুযায়ী",
        "১৫ ডিসেম্বর পর্যন্ত",
        "দুই সপ্তাহ পর্যন্ত"
      })
  void aDeadlineThatCannotBeReadSaysTheMeetingsDeadlineApplies(String wording) {
    ExtractedMinutes read = reader.read(firstSaying(wording));

    assertThat(read.meeting().decisions().get(0).deadline()).isNull();
    List<MinutesWarning> line19 = onLine(read, "line 19");
    assertThat(line19).extracting(MinutesWarning::field).containsExactly("decisions[0].deadline");
    assertThat(line19.get(0).message()).startsWith("সিদ্ধান্ত ০১: ")
        .contains("সভার সাধারণ সময়সীমা ৩০/০১/২০২৪ (সিদ্ধান্ত ০৫-এ দেওয়া)"); // and where it comes from
  }

  /** A time without a date: which deadline the committee meant is for the secretary to say. */
  @ParameterizedTest
  @ValueSource(strings = {"অবিলম্বে", "আগামী সভার পূর্বে", "আগামী সভার আগেই", "চলতি অর্থবছরের মধ্যে",
      "পরবর্তী সভার পূর্বে", "পরবর্তী সভার আগেই", "পরবর্তী সভার মধ্যে"})
  void aTimeWithoutADate_saysWhichDeadlineApplies(String wording) {
    ExtractedMinutes read = reader.read(firstSaying(wording));

    assertThat(read.meeting().decisions().get(0).deadline()).isNull();
    assertThat(onLine(read, "line 19")).singleElement().satisfies(w -> {
      assertThat(w.field()).isEqualTo("decisions[0].deadline");
      assertThat(w.message()).startsWith("সিদ্ধান্ত ০১: «" + wording + "»").contains("সভার সাধারণ সময়সীমা ৩০/০১/২০২৪");
    });
  }

  /** "Every month by the 5th" is a duty's rhythm, not a date that is wrong: a warning, not a refusal. */
  @Test
  void aDayOfEveryMonth_isNoDeadline_butSaid() {
    ExtractedMinutes read = reader.read(firstSaying("প্রতি মাসের ৫ তারিখের মধ্যে"));

    assertThat(read.meeting().decisions().get(0).deadline()).isNull();
    assertThat(onLine(read, "line 19")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("«প্রতি মাসের ৫ তারিখের মধ্যে»"));
  }

  @Test
  void withoutAMeetingDeadlineItSaysTheDefaultApplies() {
    String text =
        firstSaying("৩১ ডিসেম্বরের মধ্যে").replace(FIFTH_DEADLINE, "দ্রুত"); // the reviewer's I_no_deadline

    ExtractedMinutes read = reader.read(text);

    assertThat(read.meeting().deadline()).isNull();
    assertThat(onLine(read, "line 19")).singleElement().satisfies(w -> assertThat(w.message()).contains("ডিফল্ট"));
    // the time-limit decision itself gives no deadline: every decision without one of its own takes the default
    assertThat(onLine(read, "line 24"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.field()).isEqualTo("deadline");
              assertThat(w.message()).startsWith("সিদ্ধান্ত ০৫: ").contains("ডিফল্ট");
            });
  }

  @Test
  void aMeetingSpanOfWorkingDaysIsNamedAsTheOneThatApplies() {
    String text = firstSaying("৩১ ডিসেম্বরের মধ্যে").replace(FIFTH_DEADLINE, "পনের কর্মদিবসের মধ্যে");

    assertThat(onLine(reader.read(text), "line 19"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("১৫ কর্মদিবস"));
  }

  @Test
  void aDeadlineCellThatCannotBeReadIsAWarning() {
    List<String> lines = SeedMinutes.lines();
    lines.set(17, lines.get(17) + "\tসময়সীমা");
    lines.set(18, lines.get(18) + "\t৩১/১২");

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting().decisions().get(0).deadline()).isNull();
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .containsOnlyOnce(tuple("decisions[0].deadline", "line 19"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "সকল দপ্তরের মধ্যে সমন্বয় করে",
        "নিয়মিত ভিত্তিতে এবং প্রয়োজন অনুযায়ী",
        "দ্রুততম সময়ের মধ্যে",
        "একটি প্রতিবেদনসহ"
      })
  void ordinaryWordsAreNoDeadline(String wording) {
    assertThat(onLine(reader.read(firstSaying(wording)), "line 19")).isEmpty();
  }

  @Test
  void theSeedGetsNoWarningAboutDeadlines() {
    assertThat(reader.read(SeedMinutes.text()).warnings())
        .extracting(MinutesWarning::field)
        .noneMatch(f -> f.contains("deadline"));
  }

  private static List<MinutesWarning> onLine(ExtractedMinutes read, String location) {
    return read.warnings().stream().filter(w -> w.location().equals(location)).toList();
  }
}

package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Most minutes open with the confirmation of the previous minutes, often with the secretary as its implementer: a
 * formality that would otherwise become a decision for the secretary to report on. It is read as a decision (the
 * minutes number it) and the secretary is told, at its line, to delete it in the review if nobody has work in it.
 */
class EarlierMinutesConfirmedTest {

  private static final int FIRST_DECISION_LINE = 19;

  private final TextMinutesReader reader = new TextMinutesReader();

  private static String firstDecision(String discussion, String decision, String implementer) {
    return SeedMinutes.withLine(FIRST_DECISION_LINE, "০১\t" + discussion + "\t" + decision + "\t" + implementer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ: বিগত সভার কার্যবিবরণী পাঠ করা হয়। কোনো সংশোধনী না থাকায়",
        "পূর্ববর্তী সভার কার্যবিবরণী পঠন ও দৃঢ়ীকরণ: সদস্য সচিব কার্যবিবরণী পাঠ করে শোনান।",
        "গত সভার কার্যবিবরণী অনুমোদন: কার্যবিবরণী সভায় উপস্থাপন করা হয়।"
      })
  void theConfirmationOfThePreviousMinutes_isWarnedOfAtItsLine(String discussion) {
    ExtractedMinutes read =
        reader.read(firstDecision(discussion, "কার্যবিবরণী সর্বসম্মতিক্রমে দৃঢ়ীকৃত হয়।", "সদস্য সচিব"));

    assertThat(read.meeting().decisions()).hasSize(5);
    assertThat(onLine(read))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.field()).isEqualTo("decisions[0]");
              assertThat(w.message())
                  .startsWith("সিদ্ধান্ত ০১: আগের সভার কার্যবিবরণী দৃঢ়ীকরণের মতো দেখায়")
                  .contains("«সিদ্ধান্তসমূহ» ঘর থেকে এটি মুছে দিন");
            });
  }

  /** Minutes of other bodies are work an office can be asked to do; the seed's decision ০১ is work too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ইউনিয়ন পরিষদের সভার কার্যবিবরণী: ইউনিয়ন পরিষদের মাসিক সভার কার্যবিবরণী ওয়েব পোর্টালে দেওয়া হয় না।",
        "জেলা প্রশাসন ঝিনাইদহের ওয়েব পোর্টাল হালনাগাদকরণ: সভায় বিস্তারিত আলোচনা হয়।"
      })
  void otherDecisions_areNotTakenForIt(String discussion) {
    ExtractedMinutes read =
        reader.read(
            firstDecision(discussion, "অনুমোদিত কার্যবিবরণী প্রতি মাসে পোর্টালে প্রকাশ করতে হবে।", "সহকারী প্রোগ্রামার (সকল)"));

    assertThat(onLine(read)).isEmpty();
  }

  private static List<MinutesWarning> onLine(ExtractedMinutes read) {
    return read.warnings().stream().filter(w -> w.location().equals("line " + FIRST_DECISION_LINE)).toList();
  }
}

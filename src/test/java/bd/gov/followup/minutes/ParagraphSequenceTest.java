package bd.gov.followup.minutes;

import static bd.gov.followup.minutes.OfficeMinutes.FIRST_DECISION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbered decision paragraphs are read to the closing sentence, and none of them is dropped without a word
 * (the exploratory test's f6i: a paragraph the reader could not read ended the decisions, and the well-formed ones
 * after it were lost with a 200). A decision written as a sentence ("সভায় বিস্তারিত আলোচনা শেষে সিদ্ধান্ত হয় যে, …")
 * is read as one.
 */
class ParagraphSequenceTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  private static final String FIRST = """
      ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
      আলোচনা: সহকারী প্রোগ্রামার জানান যে, কয়েকটি ইউডিসিতে সেবামূল্যের তালিকা প্রদর্শিত নেই।
      সিদ্ধান্ত: সকল ইউডিসিতে সেবামূল্যের তালিকা দৃশ্যমান স্থানে টানাতে হবে।
      বাস্তবায়নে: চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।

      """;

  private static final String THIRD = """

      ৩. ডিজিটাল ল্যাব সচল রাখা:
      আলোচনা: কয়েকটি বিদ্যালয়ের ডিজিটাল ল্যাবের কম্পিউটার অচল।
      সিদ্ধান্ত: অচল ল্যাবগুলো আগামী ১৫ দিনের মধ্যে সচল করতে হবে।
      দায়িত্ব: উপজেলা মাধ্যমিক শিক্ষা অফিসার, কালীগঞ্জ; সহকারী প্রোগ্রামার, কালীগঞ্জ
      """;

  private static final int SECOND_LINE = FIRST_DECISION_LINE + 5;

  /** f6i's ২ decided in a sentence, with its implementers added: three decisions, the second the sentence's clause. */
  @Test
  void aDecisionWrittenAsASentence_isRead_andTheDecisionsAfterIt() {
    String second = """
        ২. ই-নথি বাস্তবায়ন:
        আলোচনা: উপজেলা পর্যায়ের কয়েকটি দপ্তর এখনও কাগজের নথিতে পত্র জারি করছে মর্মে সভায় জানানো হয়।
        সভায় বিস্তারিত আলোচনা শেষে সিদ্ধান্ত হয় যে, উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।
        বাস্তবায়নে: সহকারী প্রোগ্রামার, কালীগঞ্জ
        """;

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(FIRST + second + THIRD));

    List<Decision> decisions = read.meeting().decisions();
    assertThat(decisions).extracting(Decision::number).containsExactly(1, 2, 3);
    assertThat(decisions.get(1).text()).isEqualTo("উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।");
    assertThat(decisions.get(1).discussion()).startsWith("উপজেলা পর্যায়ের কয়েকটি দপ্তর");
    assertThat(decisions.get(1).implementers()).containsExactly("সহকারী প্রোগ্রামার, কালীগঞ্জ");
    assertThat(read.placeOf(3)).isEqualTo("line " + (SECOND_LINE + 5));
  }

  /**
   * f6i as the tester sent it: the sentence names no implementer under a label, so the file is refused at that
   * sentence's line (not read with one decision of three).
   */
  @Test
  void aDecisionSentenceWithoutImplementers_isRefusedAtItsLine() {
    String second = """
        ২. ই-নথি বাস্তবায়ন:
        আলোচনা: উপজেলা পর্যায়ের কয়েকটি দপ্তর এখনও কাগজের নথিতে পত্র জারি করছে মর্মে সভায় জানানো হয়।
        সভায় বিস্তারিত আলোচনা শেষে সিদ্ধান্ত হয় যে, উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে এবং এ বিষয়ে সহকারী প্রোগ্রামার, কালীগঞ্জ প্রয়োজনীয় সহায়তা প্রদান করবেন।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(FIRST + second + THIRD)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::field, MinutesProblem::location)
            .containsExactly(tuple("decisions[1].implementers", "line " + (SECOND_LINE + 2))));
  }

  /**
   * A paragraph between decisions that records none (no সিদ্ধান্ত label, no decision sentence) is refused at its line,
   * saying which label is expected, in both languages.
   */
  @Test
  void aParagraphWithoutADecision_betweenDecisions_isRefusedAtItsLine() {
    String second = """
        ২. ই-নথি বাস্তবায়ন:
        আলোচনা: উপজেলা পর্যায়ের কয়েকটি দপ্তর এখনও কাগজের নথিতে পত্র জারি করছে মর্মে সভায় জানানো হয়।
        উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(FIRST + second + THIRD)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("decisions"))
            .satisfies(p -> assertThat(p.location()).isEqualTo("line " + SECOND_LINE))
            .satisfies(p -> assertThat(p.message()).contains("«সিদ্ধান্ত: …»", "has no 'সিদ্ধান্ত:' line")));
  }

  /** The same paragraph numbered first, before the decisions: in their sequence too. */
  @Test
  void aParagraphWithoutADecision_justBeforeTheFirst_isRefusedAtItsLine() {
    String first = """
        ১. ই-নথি বাস্তবায়ন:
        আলোচনা: উপজেলা পর্যায়ের কয়েকটি দপ্তর এখনও কাগজের নথিতে পত্র জারি করছে মর্মে সভায় জানানো হয়।
        
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(first + THIRD.replace("৩. ডিজিটাল", "২. ডিজিটাল"))))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::location).containsExactly("line " + FIRST_DECISION_LINE));
  }

  /**
   * The meeting's opening numbered as the first paragraph (a welcome, the recitation): no decision, as every reader
   * knows, so a warning at its line, and the decisions after it read.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "১. সভার শুরুতে সভাপতি উপস্থিত সকলকে স্বাগত জানান এবং সভার কার্যক্রম শুরু করেন।",
      "১. পবিত্র কোরআন থেকে তেলাওয়াতের মাধ্যমে সভার কার্যক্রম শুরু হয়।",
      "১. সূচনা:\nসভাপতি সকল সদস্যকে শুভেচ্ছা জানিয়ে আলোচ্যসূচি অনুযায়ী আলোচনা শুরু করার আহ্বান জানান।"})
  void theMeetingsOpeningNumberedFirst_isAWarning_andTheDecisionsAfterItAreRead(String opening) {
    String decisions = (FIRST + THIRD).replace("১. ইউনিয়ন", "২. ইউনিয়ন");

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(opening + "\n\n" + decisions));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(2, 3);
    assertThat(read.warnings()).filteredOn(w -> w.location().equals("line " + FIRST_DECISION_LINE))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("অনুচ্ছেদ ১", "opens the meeting"));
  }

  /** An opening that also names who implements something is a decision whose label is missing: still refused. */
  @Test
  void anOpeningParagraphNamingImplementers_isStillRefused() {
    String opening = """
        ১. সভার শুরুতে সভাপতি সকলকে স্বাগত জানান এবং ইউডিসির সেবা নিয়ে আলোচনা হয়।
        বাস্তবায়নে: সহকারী প্রোগ্রামার, কালীগঞ্জ।

        """;
    String decisions = (FIRST + THIRD).replace("১. ইউনিয়ন", "২. ইউনিয়ন");

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(opening + decisions)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::location).containsExactly("line " + FIRST_DECISION_LINE));
  }

  /** An agenda item that says nothing was decided is no decision: a warning at its line, and the reading goes on. */
  @Test
  void aParagraphThatRecordsNoDecision_isAWarning_andTheDecisionsAfterItAreRead() {
    String second = """
        ২. বিবিধ:
        বিবিধ বিষয়ে কোনো আলোচনা হয়নি।
        """;

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(FIRST + second + THIRD));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 3);
    assertThat(read.warnings()).filteredOn(w -> w.location().equals("line " + SECOND_LINE))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("অনুচ্ছেদ ২", "কোনো সিদ্ধান্ত নেই"));
  }

  /**
   * The previous minutes confirmed without a সিদ্ধান্ত label, as the first agenda item of many minutes: a formality
   * nothing is followed up for, so a warning at its line rather than a refusal (f2b's আলোচ্যসূচি-০১ written so).
   */
  @Test
  void previousMinutesConfirmedWithoutALabel_beforeTheFirstDecision_isAWarning() {
    String confirmed = """
        আলোচ্যসূচি-০১: বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ
        বিগত সভার কার্যবিবরণী পাঠ করে শোনানো হয় এবং কোনো সংশোধনী না থাকায় তা সর্বসম্মতিক্রমে দৃঢ়ীকরণ করা হয়।

        """;

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(confirmed + FIRST.replace("১. ", "আলোচ্যসূচি-০২: ")));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(2);
    assertThat(read.warnings()).filteredOn(w -> w.location().equals("line " + FIRST_DECISION_LINE))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("records no decision"));
  }

  /** A heading between two decisions is no decision: skipped with a warning, the decisions after it read. */
  @Test
  void aHeadingBetweenDecisions_isSkippedWithAWarning() {
    String heading = "খ) উপজেলা পর্যায়ের বিষয়সমূহ\n";

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(FIRST + heading + THIRD.replace("৩. ", "২. ")));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2);
    assertThat(read.warnings()).filteredOn(w -> w.location().equals("line " + SECOND_LINE))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("খ) উপজেলা পর্যায়ের বিষয়সমূহ"));
  }

  /**
   * What ends the decisions still does: a closing sentence written as a numbered paragraph, and the numbered
   * distribution list after the sign-off, with no word about either.
   */
  @Test
  void aNumberedClosingParagraph_andTheDistributionList_endTheDecisions() {
    String decisions = FIRST.replace("সিদ্ধান্ত:", "সিদ্ধান্ত-") + THIRD.replace("৩. ", "২. ") + "\n৩. "
        + OfficeMinutes.CLOSING + "\n";

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganjWithoutClosing(decisions));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2);
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("decisions");
    assertThat(read.meeting().distribution()).hasSize(3);
  }

  /** A decision of an earlier meeting quoted in a paragraph is not this meeting's decision. */
  @Test
  void anEarlierMeetingsDecisionSentence_isNoDecision() {
    String second = """
        ২. ই-নথি বাস্তবায়ন:
        আলোচনা: গত সভায় সিদ্ধান্ত হয় যে, সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি করা হবে।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(FIRST + second + THIRD)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::field, MinutesProblem::location)
            .containsExactly(tuple("decisions", "line " + SECOND_LINE)));
  }
}

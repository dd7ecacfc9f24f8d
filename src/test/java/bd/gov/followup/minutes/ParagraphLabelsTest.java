package bd.gov.followup.minutes;

import static bd.gov.followup.minutes.OfficeMinutes.FIRST_DECISION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labels of decision paragraphs as district and upazila offices write them (the exploratory test's files f2, f2b,
 * f4, f6j): a dash or a visarga for the colon, the implementers under the names offices give them or after the
 * decision on its line, and the deadline under the implementers. None of them may turn a decision's offices or its
 * deadline into text, nor a deadline into an office.
 */
class ParagraphLabelsTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  /** f2's agenda item ০২, with the implementers' label as the minutes write it. */
  private static String innovation(String implementersLabel) {
    return """
        আলোচ্যসূচি-০১: জেলা ইনোভেশন শোকেসিং
        আলোচনা: অনেক দপ্তর এখনও উদ্ভাবনী ধারণা প্রেরণ করেনি।
        সিদ্ধান্ত: আগামী ২০ ডিসেম্বর ২০২৬ তারিখের মধ্যে প্রতিটি দপ্তর ১টি করে উদ্ভাবনী ধারণা জেলা ইনোভেশন টিমের নিকট প্রেরণ করবে।
        %s সকল দপ্তর প্রধান, ঝিনাইদহ।

        আলোচ্যসূচি-০২: সামাজিক নিরাপত্তা বেষ্টনী কর্মসূচি
        সিদ্ধান্ত: ভাতাভোগীদের তথ্য যাচাই করে ডাটাবেজ হালনাগাদ করতে হবে।
        বাস্তবায়নে: উপপরিচালক, জেলা সমাজসেবা কার্যালয়, ঝিনাইদহ
        """.formatted(implementersLabel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"বাস্তবায়নকারী দপ্তর:", "বাস্তবায়নকারী কর্তৃপক্ষ:", "বাস্তবায়নের দায়িত্ব:", "বাস্তবায়নে-",
      "দায়িত্ব-", "দায়িত্বপ্রাপ্ত কর্মকর্তা-"})
  void theImplementers_underAnyLabelOfficesWrite_areTheDecisionsImplementers(String label) {
    ExtractedMinutes read = reader.read(OfficeMinutes.dcc(innovation(label)));

    assertThat(read.meeting().decisions()).extracting(Decision::implementers)
        .containsExactly(List.of("সকল দপ্তর প্রধান, ঝিনাইদহ"), List.of("উপপরিচালক, জেলা সমাজসেবা কার্যালয়, ঝিনাইদহ"));
    assertThat(read.meeting().decisions().get(0).text()).endsWith("প্রেরণ করবে।");
  }

  /**
   * f6j: "সিদ্ধান্ত-" and "বাস্তবায়নে-" with a dash, and the forms "সিদ্ধান্ত –", "সিদ্ধান্তঃ-"; "সিদ্ধান্তঃ" was a label
   * already.
   */
  @ParameterizedTest
  @ValueSource(strings = {"সিদ্ধান্ত-", "সিদ্ধান্ত –", "সিদ্ধান্তঃ-", "সিদ্ধান্ত:-", "সিদ্ধান্ত —"})
  void aDecisionLabelWithADashOrAVisarga_isTheDecisionsLabel(String label) {
    String decisions = """
        ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
        সিদ্ধান্ত: সকল ইউডিসিতে সেবামূল্যের তালিকা দৃশ্যমান স্থানে টানাতে হবে।
        বাস্তবায়নে: চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।

        ২. ই-নথি বাস্তবায়ন:
        আলোচনা: উপজেলা পর্যায়ের কয়েকটি দপ্তর এখনও কাগজের নথিতে পত্র জারি করছে মর্মে সভায় জানানো হয়।
        %s উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।
        বাস্তবায়নে- উপজেলা নির্বাহী অফিসার, কালীগঞ্জ ও সহকারী প্রোগ্রামার, কালীগঞ্জ।

        ৩. ডিজিটাল ল্যাব সচল রাখা:
        সিদ্ধান্ত: অচল ল্যাবগুলো আগামী ১৫ দিনের মধ্যে সচল করতে হবে।
        দায়িত্ব: উপজেলা মাধ্যমিক শিক্ষা অফিসার, কালীগঞ্জ; সহকারী প্রোগ্রামার, কালীগঞ্জ
        """.formatted(label);

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(decisions));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2, 3);
    Decision second = read.meeting().decisions().get(1);
    assertThat(second.text()).isEqualTo("উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।");
    assertThat(second.implementers()).containsExactly("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ ও সহকারী প্রোগ্রামার, কালীগঞ্জ");
  }

  /** A dash is a label's only before a space or a digit: "দায়িত্ব-কর্তব্য" goes on with the decision. */
  @Test
  void aWordWithAHyphen_isNoDashLabel() {
    String decisions = """
        ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
        সিদ্ধান্ত- উদ্যোক্তাগণ নিয়মিত সেবা প্রদান করবেন এবং
        দায়িত্ব-কর্তব্য সম্পর্কে সচেতন থাকবেন।
        বাস্তবায়নে- চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।
        """;

    Decision read = reader.read(OfficeMinutes.kaliganj(decisions)).meeting().decisions().get(0);

    assertThat(read.text())
        .isEqualTo("উদ্যোক্তাগণ নিয়মিত সেবা প্রদান করবেন এবং দায়িত্ব-কর্তব্য সম্পর্কে সচেতন থাকবেন।");
    assertThat(read.implementers()).containsExactly("চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ");
  }

  /** f4's ২: the implementers after the decision on its own line ("… করতে হবে। -বাস্তবায়নে: …"). */
  @Test
  void implementersAfterTheDecisionOnItsLine_areItsImplementers() {
    String decisions = """
        ১. ই-নথি বাস্তবায়ন:
        আলোচনা: উপজেলা পর্যায়ের কয়েকটি দপ্তর এখনও কাগজের নথিতে পত্র জারি করছে মর্মে সভায় জানানো হয়।
        সিদ্ধান্ত: উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে। -বাস্তবায়নে: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ ও সহকারী প্রোগ্রামার, কালীগঞ্জ।

        ২. ডিজিটাল ল্যাব সচল রাখা:
        সিদ্ধান্ত: অচল ল্যাবগুলো সচল করতে হবে (দায়িত্ব: উপজেলা মাধ্যমিক শিক্ষা অফিসার, কালীগঞ্জ)
        """;

    List<Decision> read = reader.read(OfficeMinutes.kaliganj(decisions)).meeting().decisions();

    assertThat(read).extracting(Decision::text).containsExactly(
        "উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।", "অচল ল্যাবগুলো সচল করতে হবে");
    assertThat(read).extracting(Decision::implementers).containsExactly(
        List.of("উপজেলা নির্বাহী অফিসার, কালীগঞ্জ ও সহকারী প্রোগ্রামার, কালীগঞ্জ"),
        List.of("উপজেলা মাধ্যমিক শিক্ষা অফিসার, কালীগঞ্জ"));
  }

  /**
   * f2b's ০৩: "বাস্তবায়নের সময়সীমা: ১৫ দিনের মধ্যে" under a lettered list of implementers is the decision's deadline,
   * 15 days from the issue date 02/11/2026, not a third office; the parts (ক), (খ) of one decision stay one.
   */
  @Test
  void aDeadlineLineUnderTheImplementers_isTheDecisionsDeadline_notAnOffice() {
    String decisions = """
        আলোচ্যসূচি-০৩: ডেঙ্গু প্রতিরোধে সচেতনতামূলক র‍্যালি
        আলোচনা: সিভিল সার্জন, ঝিনাইদহ জানান যে, চলতি মাসে জেলায় ডেঙ্গু রোগীর সংখ্যা বৃদ্ধি পেয়েছে।
        সিদ্ধান্ত: (ক) সকল উপজেলায় ডেঙ্গু বিষয়ক সচেতনতামূলক র‍্যালি আয়োজন করতে হবে।
        (খ) সদর হাসপাতালে ডেঙ্গু কর্নার ২৪ ঘণ্টা চালু রাখতে হবে।
        বাস্তবায়নে: (ক) উপজেলা নির্বাহী অফিসার (সকল)
        (খ) সিভিল সার্জন, ঝিনাইদহ
        বাস্তবায়নের সময়সীমা: ১৫ দিনের মধ্যে

        আলোচ্যসূচি-০৪: সামাজিক নিরাপত্তা বেষ্টনী কর্মসূচি
        সিদ্ধান্ত: বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতাভোগীদের তথ্য যাচাই করে ডাটাবেজ হালনাগাদ করতে হবে।
        বাস্তবায়নে: উপপরিচালক, জেলা সমাজসেবা কার্যালয়, ঝিনাইদহ
        সময়সীমা- 30/11/2026 খ্রিঃ
        """;

    List<Decision> read = reader.read(OfficeMinutes.dcc(decisions)).meeting().decisions();

    assertThat(read).hasSize(2);
    assertThat(read.get(0).text()).startsWith("(ক) সকল উপজেলায়").contains("(খ) সদর হাসপাতালে");
    assertThat(read.get(0).implementers())
        .containsExactly("(ক) উপজেলা নির্বাহী অফিসার (সকল)", "(খ) সিভিল সার্জন, ঝিনাইদহ");
    assertThat(read.get(0).deadline()).isEqualTo(LocalDate.of(2026, 11, 17));
    assertThat(read.get(1).implementers()).containsExactly("উপপরিচালক, জেলা সমাজসেবা কার্যালয়, ঝিনাইদহ");
    assertThat(read.get(1).deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

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

package bd.gov.followup.minutes;

import static bd.gov.followup.minutes.OfficeMinutes.FIRST_DECISION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Sub-decisions with offices of their own inside a numbered paragraph ("১.১ …", "১.২ …", "৭(ক)") are refused at
 * their line, as such rows of a table are: a decision's number is a whole number (the workflow's key, the report's
 * ক্র), so "১.২" can be none, and renumbering it would make the report differ from the minutes (the exploratory
 * test's f4, f4b: ১.২ was merged into ১.১ and its text taken for an office).
 */
class SubDecisionParagraphsTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  private static final String SECOND = """

      ২. ই-নথি বাস্তবায়ন:
      সিদ্ধান্ত: উপজেলা পর্যায়ের সকল দপ্তরে ই-নথির মাধ্যমে পত্র জারি নিশ্চিত করতে হবে।
      বাস্তবায়নে: উপজেলা নির্বাহী অফিসার, কালীগঞ্জ
      """;

  /** f4b: each sub-decision on its own line, each with its implementers under it. */
  @Test
  void aSubDecisionWithItsOwnImplementers_isRefusedAtItsLine() {
    String first = """
        ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
        আলোচনা: সহকারী প্রোগ্রামার জানান যে, কয়েকটি ইউডিসিতে সেবামূল্যের তালিকা প্রদর্শিত নেই।
        সিদ্ধান্ত:
        ১.১ সকল ইউডিসিতে সেবামূল্যের তালিকা দৃশ্যমান স্থানে টানাতে হবে।
        বাস্তবায়নে: চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।
        ১.২ উদ্যোক্তাদের মাসিক প্রতিবেদন প্রতি মাসের ৫ তারিখের মধ্যে দাখিল করতে হবে।
        বাস্তবায়নে: সহকারী প্রোগ্রামার, কালীগঞ্জ।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(first + SECOND)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("decisions"))
            .satisfies(p -> assertThat(p.location()).isEqualTo("line " + (FIRST_DECISION_LINE + 5)))
            .satisfies(p -> assertThat(p.message()).contains("«১.২»", "নিজের ক্রমিক নম্বর দিন", "a number of its own")));
  }

  /** f4: the implementers after each sub-decision on its line; only ১.২ is refused, not "no implementer" twice. */
  @Test
  void subDecisionsWithInlineImplementers_areRefusedAtTheSecondsLine() {
    String first = """
        ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
        সিদ্ধান্ত:
        ১.১ সকল ইউডিসিতে সেবামূল্যের তালিকা দৃশ্যমান স্থানে টানাতে হবে। বাস্তবায়নে: চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।
        ১.২ উদ্যোক্তাদের মাসিক প্রতিবেদন প্রতি মাসের ৫ তারিখের মধ্যে দাখিল করতে হবে। বাস্তবায়নে: সহকারী প্রোগ্রামার, কালীগঞ্জ।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(first + SECOND)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::location).containsExactly("line " + (FIRST_DECISION_LINE + 3)));
  }

  /** "৭(ক)"-style parts after a blank line, between two decisions, are refused too rather than ending the reading. */
  @Test
  void aLetteredSubDecisionAfterABlankLine_isRefusedAtItsLine() {
    String first = """
        ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
        সিদ্ধান্ত: সকল ইউডিসিতে সেবামূল্যের তালিকা দৃশ্যমান স্থানে টানাতে হবে।
        বাস্তবায়নে: চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ।

        ১(খ) উদ্যোক্তাদের প্রতিবেদন:
        সিদ্ধান্ত: উদ্যোক্তাদের মাসিক প্রতিবেদন প্রতি মাসের ৫ তারিখের মধ্যে দাখিল করতে হবে।
        বাস্তবায়নে: সহকারী প্রোগ্রামার, কালীগঞ্জ।
        """;

    assertThatThrownBy(() -> reader.read(OfficeMinutes.kaliganj(first + SECOND)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.location()).isEqualTo("line " + (FIRST_DECISION_LINE + 4)))
            .satisfies(p -> assertThat(p.message()).contains("«১(খ)»")));
  }

  /**
   * Parts written together under one সিদ্ধান্ত, before one list of implementers, are one decision (f2b's ০৩); a
   * deadline under the list is its deadline.
   */
  @Test
  void partsSharingOneListOfImplementers_areOneDecision() {
    String first = """
        ১. ইউনিয়ন ডিজিটাল সেন্টার (ইউডিসি) এর সেবা:
        সিদ্ধান্ত:
        ১.১ সকল ইউডিসিতে সেবামূল্যের তালিকা দৃশ্যমান স্থানে টানাতে হবে।
        ১.২ উদ্যোক্তাদের মাসিক প্রতিবেদন প্রতি মাসের ৫ তারিখের মধ্যে দাখিল করতে হবে।
        বাস্তবায়নে: (ক) চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ
        (খ) সহকারী প্রোগ্রামার, কালীগঞ্জ
        সময়সীমা- ৩০/১২/২০২৬
        """;

    ExtractedMinutes read = reader.read(OfficeMinutes.kaliganj(first + SECOND));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2);
    assertThat(read.meeting().decisions().get(0).text()).startsWith("১.১ ").contains(" ১.২ উদ্যোক্তাদের");
    assertThat(read.meeting().decisions().get(0).implementers())
        .containsExactly("(ক) চেয়ারম্যান, ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ", "(খ) সহকারী প্রোগ্রামার, কালীগঞ্জ");
    assertThat(read.meeting().decisions().get(0).deadline()).isEqualTo(java.time.LocalDate.of(2026, 12, 30));
  }
}

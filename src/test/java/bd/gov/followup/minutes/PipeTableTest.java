package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision table typed between pipes, as Markdown editors write it (sample 04), reads like a tab-separated one. */
class PipeTableTest {

  private final TextMinutesReader reader = new TextMinutesReader();

  /** Sample 04, November's district revenue meeting, as its secretary sent it. */
  private static final String REVENUE_MEETING = """
      গণপ্রজাতন্ত্রী বাংলাদেশ সরকার
      জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ
      রাজস্ব শাখা

      বিষয়: নভেম্বর/২০২৬ মাসের মাসিক রাজস্ব সভার কার্যবিবরণী

      সভাপতি: জনাব মোঃ হাবিবুর রহমান, অতিরিক্ত জেলা প্রশাসক (রাজস্ব), ঝিনাইদহ
      সভার তারিখ ও সময়: ১৭ নভেম্বর ২০২৬, মঙ্গলবার, সকাল ১১:০০ ঘটিকা
      স্থান: অতিরিক্ত জেলা প্রশাসক (রাজস্ব) মহোদয়ের কক্ষ

      বিস্তারিত আলোচনার পর নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:

      | ক্রমিক | আলোচ্য বিষয় | সিদ্ধান্ত | বাস্তবায়নকারী |
      |---|---|---|---|
      | ১ | ভূমি উন্নয়ন কর আদায় | চলতি মাসে লক্ষ্যমাত্রার ৫০% ভূমি উন্নয়ন কর আদায় নিশ্চিত করতে হবে। ৩১/১২/২০২৬ তারিখের মধ্যে অগ্রগতি জানাতে হবে। | উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ |
      | ২ | খাস জমি উদ্ধার | অবৈধ দখলে থাকা খাস জমি উদ্ধারে অভিযান পরিচালনা করতে হবে। | অতিরিক্ত জেলা প্রশাসক (রাজস্ব), ঝিনাইদহ |
      | ৩ | রেকর্ড রুম ডিজিটাইজেশন | খতিয়ান স্ক্যানিং কাজ ১৫ কর্মদিবসের মধ্যে শেষ করতে হবে। | সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ |

      সভায় আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভা সমাপ্ত ঘোষণা করেন।

      মোঃ হাবিবুর রহমান
      অতিরিক্ত জেলা প্রশাসক (রাজস্ব)
      ঝিনাইদহ

      স্মারক নম্বর: ০৫.৪৪.৪৪০০.০০৭.১৮.০০৩.২৬-৬০১
      তারিখ: ২৩/১১/২০২৬

      বিতরণ:
      ১। উপজেলা নির্বাহী অফিসার (সকল), ঝিনাইদহ
      ২। সহকারী কমিশনার (ভূমি) (সকল), ঝিনাইদহ
      ৩। অফিস কপি
      """;

  @Test
  void aPipeTableWithARuleUnderItsHeaderIsReadRowByRow() {
    ExtractedMinutes read = reader.read(REVENUE_MEETING);
    List<Decision> decisions = read.meeting().decisions();

    assertThat(decisions).extracting(Decision::number).containsExactly(1, 2, 3);
    // the "আলোচ্য বিষয়" column names each decision's subject: its title
    assertThat(decisions).extracting(Decision::topic)
        .containsExactly("ভূমি উন্নয়ন কর আদায়", "খাস জমি উদ্ধার", "রেকর্ড রুম ডিজিটাইজেশন");
    assertThat(decisions).extracting(Decision::discussion).containsOnlyNulls();
    assertThat(decisions.get(0).text()).startsWith("চলতি মাসে").endsWith("অগ্রগতি জানাতে হবে।");
    assertThat(decisions.get(0).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(decisions.get(1).implementers()).containsExactly("অতিরিক্ত জেলা প্রশাসক (রাজস্ব), ঝিনাইদহ");
    assertThat(decisions.get(2).implementers())
        .containsExactly("সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");
    assertThat(decisions.get(2).deadlineWorkingDays()).isEqualTo(15);
    assertThat(read.placeOf(1)).isEqualTo("line 15");
    assertThat(read.meeting().memoNumber()).isEqualTo("০৫.৪৪.৪৪০০.০০৭.১৮.০০৩.২৬-৬০১");
    assertThat(read.meeting().distribution()).hasSize(3);
  }

  /**
   * A district's usual table has the subject and the discussion side by side: each in its place, the discussion not
   * dropped (exploratory run, finding 8).
   */
  @Test
  void aSubjectColumnBesideADiscussionColumn_keepsBoth() {
    String minutes = REVENUE_MEETING
        .replace("| ক্রমিক | আলোচ্য বিষয় | সিদ্ধান্ত |", "| ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত |")
        .replace("|---|---|---|---|", "|---|---|---|---|---|")
        .replace("| ভূমি উন্নয়ন কর আদায় |", "| ভূমি উন্নয়ন কর আদায় | আদায়ের হার লক্ষ্যমাত্রার চেয়ে কম বলে সভায় জানানো হয়। |")
        .replace("| খাস জমি উদ্ধার |", "| খাস জমি উদ্ধার | |")
        .replace("| রেকর্ড রুম ডিজিটাইজেশন |", "| রেকর্ড রুম ডিজিটাইজেশন | স্ক্যানিং চলমান। |");

    List<Decision> decisions = reader.read(minutes).meeting().decisions();

    assertThat(decisions).extracting(Decision::topic)
        .containsExactly("ভূমি উন্নয়ন কর আদায়", "খাস জমি উদ্ধার", "রেকর্ড রুম ডিজিটাইজেশন");
    assertThat(decisions).extracting(Decision::discussion)
        .containsExactly("আদায়ের হার লক্ষ্যমাত্রার চেয়ে কম বলে সভায় জানানো হয়।", null, "স্ক্যানিং চলমান।");
    assertThat(decisions.get(0).text()).startsWith("চলতি মাসে");
    assertThat(decisions.get(2).implementers())
        .containsExactly("সহকারী কমিশনার (আইসিটি), জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");
  }

  /** The discussion column first and the subject after it: told apart by their headers. */
  @Test
  void aDiscussionColumnBeforeTheSubjectColumn_isStillTheDiscussion() {
    String minutes = REVENUE_MEETING
        .replace("| ক্রমিক | আলোচ্য বিষয় | সিদ্ধান্ত |", "| ক্রমিক | আলোচনা | বিষয় | সিদ্ধান্ত |")
        .replace("|---|---|---|---|", "|---|---|---|---|---|")
        .replace("| ভূমি উন্নয়ন কর আদায় |", "| আদায়ের হার কম। | ভূমি উন্নয়ন কর আদায় |")
        .replace("| খাস জমি উদ্ধার |", "| দখল বেড়েছে। | খাস জমি উদ্ধার |")
        .replace("| রেকর্ড রুম ডিজিটাইজেশন |", "| স্ক্যানিং চলমান। | রেকর্ড রুম ডিজিটাইজেশন |");

    List<Decision> decisions = reader.read(minutes).meeting().decisions();

    assertThat(decisions).extracting(Decision::topic)
        .containsExactly("ভূমি উন্নয়ন কর আদায়", "খাস জমি উদ্ধার", "রেকর্ড রুম ডিজিটাইজেশন");
    assertThat(decisions).extracting(Decision::discussion)
        .containsExactly("আদায়ের হার কম।", "দখল বেড়েছে।", "স্ক্যানিং চলমান।");
  }

  /** The seed's table typed between pipes, with an aligned rule under its header: the same meeting as the seed. */
  @Test
  void theSeedTypedAsAPipeTableIsTheSameMeeting() {
    List<String> lines = SeedMinutes.lines();
    for (int i = 17; i < 25; i++) { // lines 18 (header) to 25 (dashes)
      lines.set(i, lines.get(i).isEmpty() ? "" : "| " + lines.get(i).replace("\t", " | ") + " |");
    }
    lines.add(18, "|:---|:---|:---:|---:|");

    ExtractedMinutes read = reader.read(String.join("\n", lines));

    assertThat(read.meeting()).isEqualTo(reader.read(SeedMinutes.text()).meeting());
  }

  /** A pipe escaped as Markdown escapes it stays in its cell; a row without its closing pipe is still a row. */
  @Test
  void anEscapedPipeIsTextAndEitherOuterPipeMakesARow() {
    assertThat(PipeRow.cells("| ১ | ক \\| খ | গ |")).contains(List.of(" ১ ", " ক | খ ", " গ "));
    assertThat(PipeRow.cells("| ১ | ক | খ")).contains(List.of(" ১ ", " ক ", " খ"));
    assertThat(PipeRow.cells("১ | ক | খ |")).contains(List.of("১ ", " ক ", " খ "));
  }

  /** Only a line shaped like a row is split: a sentence or footer with a '|' in it stays one line of text. */
  @Test
  void textWithAPipeInItIsNoRow() {
    assertThat(PipeRow.cells("www.jhenaidah.gov.bd | ফোন: ০৪৫১-৬২২২২")).isEmpty();
    assertThat(PipeRow.cells("ক | খ | গ")).isEmpty();
    assertThat(PipeRow.cells("| টীকা")).isEmpty();
    assertThat(PipeRow.cells("|")).isEmpty();
    assertThat(PipeRow.cells("||")).isEmpty();

    String footer = "<http://doict.jhenaidah.gov.bd> | ফোন: ০৪৫১-৬২২২২ | ই-মেইল: jhenaidah@doict.gov.bd";
    assertThat(reader.read(SeedMinutes.withLine(6, footer)).meeting())
        .isEqualTo(reader.read(SeedMinutes.text()).meeting());
  }
}

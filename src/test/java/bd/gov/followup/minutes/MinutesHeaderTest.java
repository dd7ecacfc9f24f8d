package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header as minutes other than the seed write it: the date in the title, the chair in other shapes. */
class MinutesHeaderTest {

  private static final String SEED_TITLE =
      "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার নভেম্বর ২০২৩ মাসে অনুষ্ঠিত সভার কার্যবিবরণী:";
  private static final String SEED_DATE_ROW = "সভার সময়\t১৯.১১.২০২৩ খ্রি.";

  private final TextMinutesReader reader = new TextMinutesReader();

  @Test
  void aDateWrittenOnlyInTheTitleIsTheMeetingsDateSayingWhereItWasRead() {
    String minutes = SeedMinutes.replacing(SEED_DATE_ROW, "সভার সময়\t")
        .replace(SEED_TITLE, "গত ১৯ নভেম্বর ২০২৩ খ্রিঃ তারিখে অনুষ্ঠিত জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার"
            + " কার্যবিবরণী");

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.meeting().committee()).isEqualTo("জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি");
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("date"))
        .extracting(MinutesWarning::location, w -> w.message().contains("শিরোনাম থেকে"))
        .containsExactly(tuple("line 8", true));
  }

  /**
   * Minutes copied whole from a PDF have runs of spaces for every tab, in the lines above the table too: the chair,
   * the date, the time and the place are read as from the tabbed file (they were not: the import refused the
   * minutes, "the meeting's date is missing"), with a warning to check them at the first such line.
   */
  @Test
  void headerLinesWithSpacesForTabs_areReadAsTheTabbedOnes_withAWarning() {
    ExtractedMinutes tabbed = reader.read(SeedMinutes.text());
    ExtractedMinutes copied = reader.read(SeedMinutes.text().replace("\t", "    "));

    assertThat(copied.meeting()).isEqualTo(tabbed.meeting());
    assertThat(copied.warnings())
        .filteredOn(w -> w.message().contains("স্পেস") && !w.field().equals("decisions")) // the table's: its own test
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .containsExactly(tuple("chair.name", "line 10"));
  }

  /** Two spaces after a label only in a sentence of the minutes' text: not taken for the label's value. */
  @Test
  void aSentenceStartingWithALabel_isNoHeaderLine() {
    String minutes = SeedMinutes.text().replace("সভাপতি উপস্থিত সকল সদস্যকে", "সভাপতি  উপস্থিত সকল সদস্যকে");
    ExtractedMinutes read = reader.read(minutes);
    ExtractedMinutes seed = reader.read(SeedMinutes.text());

    assertThat(read.meeting()).isEqualTo(seed.meeting());
    assertThat(read.warnings()).isEqualTo(seed.warnings());
  }

  /** "বেলা ১১.০০ টা": the time is read, and the words around it are no unreadable rest to warn of. */
  @Test
  void aTimeWithItsDayPartWords_isReadWithoutAWarning() {
    ExtractedMinutes read = new TextMinutesReader().read(SeedMinutes.replacing(SEED_DATE_ROW, "সভার সময়\tবেলা ১১.০০ টা")
        .replace("স্থান\tদুপুর ১২:০০ ঘটিকা", "স্থান\t১৯.১১.২০২৩ খ্রি."));

    assertThat(read.meeting().time()).isEqualTo(java.time.LocalTime.of(11, 0));
    assertThat(read.warnings()).extracting(MinutesWarning::message).noneMatch(m -> m.contains("«বেলা»")
        || m.contains("«টা»") || m.contains("«বেলা টা»"));
  }

  /**
   * A zero-width non-joiner inside a conjunct ("কক্\u200Cষ", an old typing habit) changes how the word looks, not
   * what it is: the place is still the place, not taken for the chair's designation (exploratory run, finding 12).
   */
  @Test
  void aPlaceTypedWithAJoinerInItsConjunct_isStillThePlace() {
    ExtractedMinutes plain = reader.read(SeedMinutes.text());
    ExtractedMinutes joined = reader.read(SeedMinutes.text().replace("সম্মেলন কক্ষ", "সম্মেলন কক\u09CD\u200Cষ"));

    assertThat(joined.meeting().place()).isEqualTo(plain.meeting().place().replace("কক্ষ", "কক\u09CD\u200Cষ"));
    assertThat(joined.warnings()).isEqualTo(plain.warnings());
  }

  @Test
  void aDateLineStillComesBeforeTheTitlesDate() {
    String minutes = SeedMinutes.replacing(SEED_TITLE, "গত ২০ নভেম্বর ২০২৩ তারিখে অনুষ্ঠিত জেলা ওয়েব পোর্টাল হালনাগাদ"
        + " সংক্রান্ত কমিটির সভার কার্যবিবরণী");

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings()).noneMatch(w -> w.message().contains("শিরোনাম থেকে"));
  }

  private static final String DESIGNATION = "অতিরিক্ত জেলা প্রশাসক(শিক্ষা ও আইসিটি), ঝিনাইদহ";
  private static final Person SEED_CHAIR =
      new Person("মোঃ খালিদ হাসান", DESIGNATION, "adceduictjhenaidah@mopa.gov.bd");

  @Test
  void aChairAddressedAsJanabMatchesASignatureNamedInBrackets() {
    String minutes = withLines(SeedMinutes.lines(), 10, "সভাপতি\tজনাব মোঃ খালিদ হাসান",
        31, "", 33, "(মোঃ খালিদ হাসান)"); // no signature date above the name

    Meeting meeting = reader.read(minutes).meeting();

    assertThat(meeting.chair()).isEqualTo(SEED_CHAIR);
    assertThat(meeting.signatories()).first().isEqualTo(SEED_CHAIR);
  }

  @Test
  void begumStaysInTheNameButTheSignatureWithoutItIsTheChairs() {
    String minutes = withLines(SeedMinutes.lines(), 10, "সভাপতি\tবেগম খালিদা হাসান", 33, "খালিদা হাসান");

    Meeting meeting = reader.read(minutes).meeting();

    assertThat(meeting.chair()).isEqualTo(new Person("বেগম খালিদা হাসান", DESIGNATION, SEED_CHAIR.email()));
  }

  @Test
  void aWordCellWithTheNameAndTheDesignationInTwoParagraphsIsSplit() {
    List<SourceLine> lines = new ArrayList<>();
    List<String> seed = SeedMinutes.lines();
    for (int i = 0; i < seed.size(); i++) {
      lines.add(SourceLine.ofText("line " + (i + 1), Texts.nfc(seed.get(i)), 0));
    }
    lines.set(9, new SourceLine("table 1 row 1", List.of("সভাপতি", "মোঃ খালিদ হাসান\n" + DESIGNATION + "।"), 1));
    lines.set(10, SourceLine.ofText("line 11", "", 0));

    Meeting meeting = MinutesExtractor.extract(lines).meeting();

    assertThat(meeting.chair()).isEqualTo(SEED_CHAIR);
  }

  @Test
  void aChairNamedOnlyByDesignationIsTheSignatoryOfThatDesignation() {
    String minutes = withLines(SeedMinutes.lines(), 10, "সভাপতি\t" + DESIGNATION);

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().chair()).isEqualTo(SEED_CHAIR);
    assertThat(read.warnings()).extracting(MinutesWarning::field).contains("chair");
  }

  @Test
  void aChairNamedOnlyByADesignationNobodySignsKeepsTheDesignation() {
    String minutes = withLines(SeedMinutes.lines(), 10, "সভাপতি\tউপজেলা নির্বাহী অফিসার, কোটচাঁদপুর");

    ExtractedMinutes read = reader.read(minutes);

    assertThat(read.meeting().chair()).isEqualTo(new Person(null, "উপজেলা নির্বাহী অফিসার, কোটচাঁদপুর", null));
    assertThat(read.warnings()).filteredOn(w -> w.field().equals("chair"))
        .allMatch(w -> w.message().contains("উপজেলা নির্বাহী অফিসার, কোটচাঁদপুর"));
  }

  @Test
  void aWeekdayInBracketsBesideTheDateLeavesNothingUnread() {
    ExtractedMinutes read = reader.read(withLines(SeedMinutes.lines(), 12, "সভার সময়\t১৯.১১.২০২৩ খ্রি. (রবিবার)"));

    assertThat(read.meeting().date()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(read.warnings()).noneMatch(w -> w.message().contains("পড়া যায়নি"));
  }

  @Test
  void aWrongWeekdayInBracketsIsStillReported() {
    ExtractedMinutes read = reader.read(withLines(SeedMinutes.lines(), 12, "সভার সময়\t১৯.১১.২০২৩ খ্রি. (সোমবার)"));

    assertThat(read.warnings())
        .filteredOn(w -> w.location().equals("line 12") && w.field().equals("date"))
        .extracting(MinutesWarning::message)
        .contains("সোমবার লেখা, কিন্তু ১৯ নভেম্বর ২০২৩ খ্রিস্টাব্দ রবিবার");
  }

  /**
   * A letter's date as offices write it: "তারিখ:" with the Bangabda date, the Gregorian one on the line below. The
   * label is there, so no warning may say it is missing, and no signature date stands in for it.
   */
  @Test
  void anIssueDateWhoseGregorianDateStandsOnTheLineBelowTheLabelIsRead() {
    ExtractedMinutes read = reader.read(withLines(SeedMinutes.lines(),
        39, "তারিখ: ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ", 41, "০৯ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ"));

    assertThat(read.meeting().issueDate()).isEqualTo(LocalDate.of(2023, 12, 9));
    assertThat(read.warnings()).filteredOn(w -> w.field().equals("issueDate"))
        .extracting(MinutesWarning::message)
        .noneMatch(message -> message.contains("লাইন নেই"))
        .anyMatch(message -> message.contains("স্বাক্ষরের তারিখ"));
  }

  /** The lines with line N (1-based) replaced, for each pair of number and text. */
  private static String withLines(List<String> lines, Object... numbersAndTexts) {
    for (int i = 0; i < numbersAndTexts.length; i += 2) {
      lines.set((Integer) numbersAndTexts[i] - 1, (String) numbersAndTexts[i + 1]);
    }
    return String.join("\n", lines);
  }
}

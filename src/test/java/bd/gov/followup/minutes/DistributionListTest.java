package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The minutes are mailed to their distribution list: a list that is not read, or minutes without one, must not go
 * unnoticed.
 */
class DistributionListTest {

  private static final String HEADING = "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):";

  private final TextMinutesReader text = new TextMinutesReader();
  private final DocxMinutesReader docx = new DocxMinutesReader();
  private final Meeting seed = text.read(SeedMinutes.text()).meeting();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "সদয় জ্ঞাতার্থে/কার্যার্থে বিতরণ:",
        "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):",
        "সদয় জ্ঞাতার্থে ও কার্যার্থে অনুলিপি",
        "সদয় জ্ঞাতার্থে বিতরণঃ",
        // a memo's own heading: sent, for information and action
        "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):",
        "সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো"
      })
  void aHeadingThatEndsInTheWordReadsTheList(String heading) {
    ExtractedMinutes read = text.read(SeedMinutes.replacing(HEADING, heading));

    assertThat(read.meeting().distribution()).isEqualTo(seed.distribution());
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("distribution");
  }

  /** What a recipient is sent the minutes for is not part of whom to send them to. */
  @Test
  void aRecipientsPurposeIsLeftOutOfItsName() {
    String copies = "অনুলিপি:\n\n১। বিভাগীয় কমিশনার, খুলনা (সদয় অবগতির জন্য)।\n"
        + "২। জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের সদয় অবগতির জন্য।\n৩। পুলিশ সুপার, ঝিনাইদহ মহোদয়\n"
        + "৪। জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের দপ্তর, অবগতির জন্য\n";

    ExtractedMinutes read = text.read(SeedMinutes.text().stripTrailing() + "\n\n" + copies);

    assertThat(read.meeting().distribution()).endsWith(new Recipient(1, "বিভাগীয় কমিশনার, খুলনা", null),
        new Recipient(2, "জেলা প্রশাসক, ঝিনাইদহ", null), new Recipient(3, "পুলিশ সুপার, ঝিনাইদহ", null),
        new Recipient(4, "জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের দপ্তর", null));
  }

  /**
   * Minutes often end with a second list, for information (অনুলিপি), after the first or after the secretary's
   * signature: its recipients are sent the minutes too, numbered as written.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aCopyListAfterTheDistributionList_isReadToo(boolean afterASignature) {
    String copies = "অনুলিপি (সদয় অবগতির জন্য):\n\n- ১। বিভাগীয় কমিশনার, খুলনা;\n- ২। জেলা প্রশাসক, ঝিনাইদহ;\n"
        + "- ৩। সংরক্ষণ নথি।\n";
    String minutes = afterASignature
        ? SeedMinutes.text().stripTrailing() + "\n\n" + copies
        : SeedMinutes.replacing("- ৭। অফিস কপি।", "- ৭। অফিস কপি।\n\n" + copies);

    ExtractedMinutes read = text.read(minutes);

    assertThat(read.meeting().distribution()).hasSize(seed.distribution().size() + 3)
        .startsWith(seed.distribution().toArray(Recipient[]::new))
        .endsWith(new Recipient(1, "বিভাগীয় কমিশনার, খুলনা", null), new Recipient(2, "জেলা প্রশাসক, ঝিনাইদহ", null),
            new Recipient(3, "সংরক্ষণ নথি", null));
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("distribution");
    assertThat(read.meeting().signatories()).isEqualTo(seed.signatories());
  }

  @Test
  void aWordListNumberedByItsStyleIsRead() {
    byte[] file = new DocxMinutesBuilder().numberedByListStyle().build(SeedMinutes.text());

    Meeting meeting = docx.read(new ByteArrayInputStream(file)).meeting();

    assertThat(meeting.distribution()).isEqualTo(seed.distribution());
    assertThat(meeting.decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void aWordListUnderAHeadingOfItsOwnWordingIsRead() {
    String minutes = SeedMinutes.replacing(HEADING, "সদয় জ্ঞাতার্থে/কার্যার্থে বিতরণ:");
    byte[] file = new DocxMinutesBuilder().autoNumbered().build(minutes);

    assertThat(docx.read(new ByteArrayInputStream(file)).meeting().distribution()).isEqualTo(seed.distribution());
  }

  @Test
  void minutesWithoutADistributionListAreWarnedOfAtTheSignOff() {
    // lines 45–53: the heading and its seven entries; the programmer's signature ends the minutes
    String minutes = SeedMinutes.withoutLines(45, 53);

    ExtractedMinutes read = text.read(minutes);

    assertThat(read.meeting().distribution()).isEmpty();
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("distribution"))
        .extracting(MinutesWarning::location)
        .containsExactly("line " + (SeedMinutes.lines().size() - 9));
    assertThat(read.warnings()).filteredOn(w -> w.field().equals("distribution"))
        .allMatch(w -> w.message().contains("কেউ তা পাবেন না"));
  }

  @Test
  void aHeadingWithoutNumberedEntriesIsWarnedOfAtTheHeading() {
    String minutes = SeedMinutes.text().replaceAll("(?m)^- [০-৯]+। ", "");

    ExtractedMinutes read = text.read(minutes);

    assertThat(read.meeting().distribution()).isEmpty();
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("distribution"))
        .extracting(MinutesWarning::location)
        .containsExactly("line 45");
  }

  /**
   * A recipient written without a number between numbered ones (lines 47–53 are the seed's entries) does not end the
   * list: it and the entries after it are read, and the secretary is told which line had no number.
   */
  @Test
  void anUnnumberedRecipientInsideTheListIsReadWithTheEntriesAfterIt() {
    List<String> lines = SeedMinutes.lines();
    lines.add(48, "জেলা শিক্ষা অফিসার, ঝিনাইদহ;"); // line 49, after "- ২। …"

    ExtractedMinutes read = text.read(String.join("\n", lines));

    List<Recipient> expected = new ArrayList<>(seed.distribution());
    expected.add(2, new Recipient(0, "জেলা শিক্ষা অফিসার, ঝিনাইদহ", null));
    assertThat(read.meeting().distribution()).isEqualTo(expected);
    assertThat(read.warnings()).filteredOn(w -> w.field().equals("distribution"))
        .extracting(MinutesWarning::location).containsExactly("line 49");
  }

  /** An entry cut at a comma and continued on the next line is one recipient; the entries after it are read too. */
  @Test
  void anEntryGoingOnOnTheNextLineIsOneRecipient() {
    String minutes = SeedMinutes.replacing("জেলা পরিসংখ্যান কর্মকর্তার দপ্তর, জেলা পরিসংখ্যান অফিস, ঝিনাইদহ;",
        "জেলা পরিসংখ্যান কর্মকর্তার দপ্তর,\n      জেলা পরিসংখ্যান অফিস, ঝিনাইদহ;");

    ExtractedMinutes read = text.read(minutes);

    assertThat(read.meeting().distribution()).isEqualTo(seed.distribution());
    assertThat(read.warnings()).extracting(MinutesWarning::field).doesNotContain("distribution");
  }

  /** The same in a Word file: each line its own paragraph. */
  @Test
  void anEntryGoingOnOnTheNextParagraphOfAWordFileIsOneRecipient() {
    String minutes = SeedMinutes.replacing("- ২। অতিরিক্ত জেলা প্রশাসক, (সার্বিক), ঝিনাইদহ;",
        "- ২। অতিরিক্ত জেলা প্রশাসক, (সার্বিক),\nঝিনাইদহ;");

    Meeting meeting = docx.read(new ByteArrayInputStream(new DocxMinutesBuilder().build(minutes))).meeting();

    assertThat(meeting.distribution()).isEqualTo(seed.distribution());
  }

  @Test
  void theSeedsListGivesNoWarning() {
    assertThat(text.read(SeedMinutes.text()).warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .doesNotContain(tuple("distribution", "line 45"));
  }
}

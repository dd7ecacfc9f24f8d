package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The .docx reader gives the same meeting as the text reader for the same minutes. */
class DocxMinutesReaderTest {

  private final DocxMinutesReader reader = new DocxMinutesReader();
  private final Meeting fromText = new TextMinutesReader().read(SeedMinutes.text()).meeting();

  @Test
  void aWordFileWithHeaderAndDecisionTablesReadsToTheSameMeeting() {
    byte[] docx = new DocxMinutesBuilder().build(SeedMinutes.text());

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    assertThat(read.meeting()).isEqualTo(fromText);
    assertThat(read.warnings())
        .extracting(MinutesWarning::field, MinutesWarning::location)
        .containsExactly(
            tuple("chair.designation", "table 1 row 2"),
            tuple("date", "table 1 row 3"),
            tuple("time", "table 1 row 4"),
            tuple("place", "table 1 row 5"));
  }

  @Test
  void aHeaderWrittenAsTabbedParagraphsReadsTheSame() {
    byte[] docx = new DocxMinutesBuilder().headerAsParagraphs().build(SeedMinutes.text());

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    assertThat(read.meeting()).isEqualTo(fromText);
    assertThat(read.warnings()).extracting(MinutesWarning::location).isNotEmpty()
        .allMatch(l -> l.startsWith("paragraph "));
  }

  @Test
  void wordsOwnListNumbersAreRead() {
    byte[] docx = new DocxMinutesBuilder().autoNumbered().build(SeedMinutes.text());

    Meeting meeting = reader.read(new ByteArrayInputStream(docx)).meeting();

    assertThat(meeting.decisions()).extracting(Decision::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(meeting.distribution()).isEqualTo(fromText.distribution());
  }

  @Test
  void problemsInTheDecisionTableNameItsRow() {
    String line22 = SeedMinutes.lines().get(21);
    String text = SeedMinutes.withLine(22, line22.substring(0, line22.lastIndexOf('\t') + 1));
    byte[] docx = new DocxMinutesBuilder().build(text);

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(docx)))
        .isInstanceOfSatisfying(
            MinutesFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(MinutesProblem::field, MinutesProblem::location)
                    .containsExactly(tuple("decisions[3].implementers", "table row 5")));
  }

  @Test
  void aDecisionTableSplitInTwoIsReadWhenTheSecondPartCarriesTheNumberingOn() {
    List<String> lines = SeedMinutes.lines();
    lines.add(21, "চলমান পাতা-২"); // a paragraph after row ০৩ splits the Word table: tables 2 and 3
    byte[] docx = new DocxMinutesBuilder().build(String.join("\n", lines));

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    assertThat(read.meeting().decisions()).isEqualTo(fromText.decisions());
    assertThat(read.meeting().deadline()).isEqualTo(fromText.deadline());
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("decisions"))
        .extracting(MinutesWarning::location)
        .containsExactly("paragraph 13");
  }

  @Test
  void theHeaderRepeatedOnTheSecondPartOfASplitTableIsNoStrayRow() {
    List<String> lines = SeedMinutes.lines();
    lines.add(21, lines.get(17)); // the header row again, first row of table 3
    lines.add(21, "চলমান পাতা-২");
    byte[] docx = new DocxMinutesBuilder().build(String.join("\n", lines));

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    assertThat(read.meeting().decisions()).isEqualTo(fromText.decisions());
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("decisions"))
        .extracting(MinutesWarning::location)
        .containsExactly("paragraph 13");
  }

  @Test
  void numberedRowsInALaterTableThatDoesNotCarryTheNumberingOnAreWarnings() {
    List<String> lines = SeedMinutes.lines();
    lines.set(21, lines.get(21).replaceFirst("০৪\t", "০৭\t"));
    lines.add(21, "চলমান পাতা-২");
    byte[] docx = new DocxMinutesBuilder().build(String.join("\n", lines));

    ExtractedMinutes read = reader.read(new ByteArrayInputStream(docx));

    assertThat(read.meeting().decisions()).extracting(Decision::number).containsExactly(1, 2, 3);
    assertThat(read.warnings())
        .filteredOn(w -> w.field().equals("decisions"))
        .extracting(MinutesWarning::location)
        .containsExactly("table 3 row 1", "table 3 row 2");
  }

  @Test
  void aFileThatIsNoDocxIsAFormatProblem() {
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(SeedMinutes.text().getBytes())))
        .isInstanceOfSatisfying(
            MinutesFormatException.class,
            e -> assertThat(e.problems()).extracting(MinutesProblem::field).containsExactly("file"));
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(MinutesFormatException.class);
  }

  @Test
  void aDocxThatUnpacksToAHugeSizeIsRefusedBeforeParsing() throws IOException {
    byte[] docx = new DocxMinutesBuilder().build(SeedMinutes.text());
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bomb)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new ZipEntry("word/media/padding.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 65; i++) {
        out.write(zeros);
      }
    }
    assertThat(bomb.size()).isLessThan(MinutesReaders.MAX_BYTES);

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb.toByteArray())))
        .isInstanceOfSatisfying(
            MinutesFormatException.class,
            e -> assertThat(e.problems()).extracting(MinutesProblem::field).containsExactly("file"));
    assertThat(UnpackedSizeGuard.withinLimit(docx, UnpackedSizeGuard.MAX_UNPACKED_BYTES)).isTrue();
  }

  @Test
  void anOldWordDocIsUnsupported() {
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(ole2)))
        .isInstanceOf(UnsupportedMinutesFormatException.class);
  }

  /**
   * The memo number and the date side by side in a borderless Word table, the date cell in two paragraphs (Bangla
   * over Gregorian), as Word users align them: both read (exploratory run, finding 11).
   */
  @Test
  void aMemoNumberAndItsDateInATwoCellWordTable_areRead() {
    List<SourceLine> lines = new java.util.ArrayList<>();
    List<String> text = SeedMinutes.lines();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.startsWith("নম্বর: ") || line.startsWith("তারিখ: ০৬ ডিসেম্বর") || line.startsWith("২১ অগ্রহায়ণ")) {
        continue;
      }
      lines.add(SourceLine.ofText("paragraph " + (i + 1), line, 0));
      if (line.startsWith("adceduictjhenaidah@")) {
        lines.add(new SourceLine("table 3 row 1", List.of("স্মারক নং- ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯",
            "তারিখ: ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ\n০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ"), 3));
      }
    }

    Meeting meeting = MinutesExtractor.extract(lines).meeting();

    assertThat(meeting.memoNumber()).isEqualTo("৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯");
    assertThat(meeting.issueDate()).isEqualTo(java.time.LocalDate.of(2023, 12, 6));
  }
}

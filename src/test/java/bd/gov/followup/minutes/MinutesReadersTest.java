package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinutesReadersTest {

  private final MinutesReaders readers = new MinutesReaders();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "minutes.txt|null|TEXT",
        "MINUTES.TXT|application/octet-stream|TEXT",
        "সভার কার্যবিবরণী.docx|null|DOCX",
        "c:\\uploads\\minutes.DOCX|null|DOCX",
        "null|text/plain; charset=UTF-8|TEXT",
        "minutes|application/vnd.openxmlformats-officedocument.wordprocessingml.document|DOCX"
      })
  void choosesTheReaderByExtensionThenContentType(String name, String type, MinutesReaders.Format expected) {
    assertThat(MinutesReaders.formatOf(name, type)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {"minutes.doc|null", "minutes.pdf|application/pdf", "minutes.pdf|text/plain", "null|null", "minutes|image/png"})
  void refusesOtherFormats(String name, String type) {
    assertThatThrownBy(() -> MinutesReaders.formatOf(name, type))
        .isInstanceOf(UnsupportedMinutesFormatException.class);
  }

  /**
   * A file with nothing but its byte-order mark and blank lines (Notepad's "save" of an emptied file) is empty, as a
   * file of 0 bytes is: said once, not as a missing memo number, date and decision table.
   */
  @ParameterizedTest
  @CsvSource(value = {"EFBBBF0D0A0D0A", "FFFE0D000A002000", "20090D0A", "EFBBBF"})
  void aFileOfAMarkAndBlankLines_isEmpty(String hex) {
    byte[] file = java.util.HexFormat.of().parseHex(hex);

    assertThatThrownBy(() -> readers.read("minutes.txt", "text/plain", new ByteArrayInputStream(file)))
        .isInstanceOfSatisfying(MinutesFormatException.class, e -> assertThat(e.problems())
            .extracting(MinutesProblem::field, MinutesProblem::location, MinutesProblem::message)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("file", "document", "ফাইলটি ফাঁকা / the file is empty")));
  }

  @Test
  void readsTheSeedAsAnUploadedUtf8FileWithBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = SeedMinutes.text().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);

    ExtractedMinutes read = readers.read("minutes.txt", "text/plain", new ByteArrayInputStream(file));

    assertThat(read.meeting()).isEqualTo(new TextMinutesReader().read(SeedMinutes.text()).meeting());
  }

  @Test
  void readsUtf16AsNotepadSavesIt() {
    byte[] body = SeedMinutes.text().getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[body.length + 2];
    file[0] = (byte) 0xFF;
    file[1] = (byte) 0xFE;
    System.arraycopy(body, 0, file, 2, body.length);

    assertThat(readers.read("minutes.txt", null, new ByteArrayInputStream(file)).meeting().decisions()).hasSize(5);
  }

  @Test
  void readsADocxUpload() {
    byte[] docx = new DocxMinutesBuilder().build(SeedMinutes.text());

    assertThat(readers.read("minutes.docx", null, new ByteArrayInputStream(docx)).meeting().memoKey())
        .isEqualTo("56.04.4400.000.34.002.19.69");
  }

  @Test
  void textThatIsNotUtf8IsAFormatProblem() {
    byte[] latin1 = {'a', (byte) 0xE9, '\n'};

    assertThatThrownBy(() -> readers.read("minutes.txt", null, new ByteArrayInputStream(latin1)))
        .isInstanceOf(MinutesFormatException.class);
  }

  @Test
  void refusesFilesAboveFiveMegabytesWithoutReadingThemWhole() {
    byte[] tooLarge = new byte[MinutesReaders.MAX_BYTES + 1];
    ByteArrayInputStream in = new ByteArrayInputStream(tooLarge);

    assertThatThrownBy(() -> readers.read("minutes.txt", null, in)).isInstanceOf(MinutesTooLargeException.class);
    assertThat(MinutesReaders.MAX_BYTES).isEqualTo(5 * 1024 * 1024);
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() {
    byte[] atLimit = new byte[MinutesReaders.MAX_BYTES];
    java.util.Arrays.fill(atLimit, (byte) ' ');

    assertThatThrownBy(() -> readers.read("minutes.txt", null, new ByteArrayInputStream(atLimit)))
        .isInstanceOf(MinutesFormatException.class); // read, and found to hold no decisions
  }
}

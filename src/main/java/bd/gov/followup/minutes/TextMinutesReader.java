package bd.gov.followup.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads minutes in the plain-text layout of the seed: header lines, a tab-separated header table and decision table
 * (ক্র: / আলোচনা / সিদ্ধান্ত / বাস্তবায়নকারী, ended by a row of dashes), then the sign-off. Cells may also be typed
 * between pipes, "| ১ | … |" ({@link PipeRow}). Locations are "line N".
 */
public final class TextMinutesReader {

  public ExtractedMinutes read(String text) {
    Objects.requireNonNull(text, "text");
    String normalised = Texts.nfc(text.startsWith("\ufeff") ? text.substring(1) : text);
    // \R: also the Unicode line and paragraph separators and NEL, which a line's patterns never read past (a
    // "$" before one makes them retry every split of the spaces before it)
    String[] physical = normalised.split("\\R", -1);
    List<SourceLine> lines = new ArrayList<>(physical.length);
    for (int i = 0; i < physical.length; i++) {
      String location = "line " + (i + 1);
      String line = physical[i];
      lines.add(PipeRow.cells(line)
          .map(cells -> new SourceLine(location, cells, 0))
          .orElseGet(() -> SourceLine.ofText(location, line, 0)));
    }
    return MinutesExtractor.extract(lines);
  }

  /** Reads UTF-8 (with or without BOM) or, when a BOM says so, UTF-16 as Windows Notepad saves it. */
  public ExtractedMinutes read(InputStream in) {
    try {
      return read(decode(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String decode(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
    }
    int skip = charset == StandardCharsets.UTF_8 ? 0 : 2;
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      // Bijoy text saved as ANSI: saving it as UTF-8 would only lead to the next refusal, so say what it is now
      if (MinutesExtractor.legacyEncoded(new String(bytes, Charset.forName("windows-1252")))) {
        throw new MinutesFormatException(new MinutesProblem("file", "document", MinutesExtractor.LEGACY_FONT));
      }
      throw new MinutesFormatException(new MinutesProblem("file", "document", "ফাইলটি UTF-8 লেখা নয়; ইউনিকোড (UTF-8)"
          + " হিসেবে সংরক্ষণ করে আবার দিন / the file is not UTF-8 text: save it as Unicode (UTF-8) and upload it again"));
    }
  }
}

package bd.gov.followup.minutes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The entry point for uploaded minutes: picks the reader by file name (else content type) and refuses files above
 * {@link #MAX_BYTES} before reading them.
 */
@Component
public class MinutesReaders {

  /** Minutes are a few pages; anything larger is not minutes, and a .docx that large may be a zip bomb. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The formats we read. */
  public enum Format {
    TEXT,
    DOCX
  }

  private final TextMinutesReader text = new TextMinutesReader();
  private final DocxMinutesReader docx = new DocxMinutesReader();

  /**
   * Reads minutes uploaded as a file.
   *
   * @param fileName the uploaded file's name, or null
   * @param contentType its content type, or null; used only when the name has no extension
   * @throws UnsupportedMinutesFormatException for anything but .txt and .docx
   * @throws MinutesTooLargeException above {@link #MAX_BYTES}
   * @throws MinutesFormatException when the minutes cannot be read into a meeting
   */
  public ExtractedMinutes read(String fileName, String contentType, InputStream in) {
    Format format = formatOf(fileName, contentType);
    byte[] bytes = readAtMost(in, MAX_BYTES);
    return switch (format) {
      case TEXT -> {
        String decoded = TextMinutesReader.decode(bytes);
        // an emptied file that Notepad saved keeps its byte-order mark: empty, as a file of 0 bytes is
        if (decoded.replace("\ufeff", "").isBlank()) {
          throw emptyFile();
        }
        yield text.read(decoded);
      }
      case DOCX -> docx.read(new ByteArrayInputStream(bytes));
    };
  }

  /** A file with nothing in it, said once for the whole file. */
  public static MinutesFormatException emptyFile() {
    return new MinutesFormatException(new MinutesProblem("file", "document", "ফাইলটি ফাঁকা / the file is empty"));
  }

  /** The format an upload is in: the file's extension decides; without one, the content type. */
  public static Format formatOf(String fileName, String contentType) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (dot > slash) {
      String extension = name.substring(dot + 1);
      return switch (extension) {
        case "txt", "text" -> Format.TEXT;
        case "docx" -> Format.DOCX;
        default -> throw unsupported(fileName);
      };
    }
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/plain" -> Format.TEXT;
      case DOCX_TYPE -> Format.DOCX;
      default -> throw unsupported(fileName == null || fileName.isBlank() ? contentType : fileName);
    };
  }

  private static UnsupportedMinutesFormatException unsupported(String what) {
    String file = what == null || what.isBlank() ? "ফাইলটি" : "«" + what + "»";
    return new UnsupportedMinutesFormatException(
        file + " পড়া যায় না: কার্যবিবরণী .txt (UTF-8) বা .docx (Word) ফাইল হিসেবে দিন / "
            + (what == null || what.isBlank() ? "the file" : "'" + what + "'")
            + " cannot be read: send the minutes as a .txt (UTF-8) or .docx (Word) file");
  }


  /** Reads the stream, but never more than one byte past the limit, so a huge upload is not held in memory. */
  static byte[] readAtMost(InputStream in, int limit) {
    try {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new MinutesTooLargeException(limit);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

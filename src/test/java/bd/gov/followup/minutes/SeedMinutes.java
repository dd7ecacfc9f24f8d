package bd.gov.followup.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Jhenaidah seed minutes (the test oracle), and edits of it for the tests. */
final class SeedMinutes {

  static final String RESOURCE = "/minutes/jhenaidah-web-portal-committee-2023-11.txt";

  private SeedMinutes() {}

  static String text() {
    try (InputStream in = SeedMinutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("seed minutes missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's lines; line N of the file is index N − 1. */
  static List<String> lines() {
    return new ArrayList<>(List.of(text().split("\n", -1)));
  }

  /** The seed with line N (1-based, as locations count) replaced. */
  static String withLine(int number, String replacement) {
    List<String> lines = lines();
    lines.set(number - 1, replacement);
    return String.join("\n", lines);
  }

  /** The seed with one text replaced, which must occur in it. */
  static String replacing(String target, String replacement) {
    String text = text();
    if (!text.contains(target)) {
      throw new IllegalArgumentException("not in the seed: " + target);
    }
    return text.replace(target, replacement);
  }

  /** The seed without lines from..to (1-based, inclusive). */
  static String withoutLines(int from, int to) {
    List<String> lines = lines();
    lines.subList(from - 1, to).clear();
    return String.join("\n", lines);
  }
}

package bd.gov.followup.web;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.ExtractedMinutes;
import bd.gov.followup.minutes.MinutesProblem;
import bd.gov.followup.minutes.MinutesReaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark 5 of issue 8: a 50-decision minutes file read and validated as an import does it
 * ({@link MinutesReaders#read} then {@link MeetingValidation#problems}), as text and as .docx. The file is the
 * Jhenaidah seed minutes with its five decision rows repeated under new numbers (০১–৫০).
 */
public final class MinutesFileBench {

  /** Milliseconds per file, sorted, for {@code runs} reads of one file. */
  public record Timing(String format, int bytes, int decisions, double[] sortedMillis) {
    public double p(int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sortedMillis.length) - 1;
      return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
    }
  }

  private MinutesFileBench() {}

  public static List<Timing> run(int decisions, int runs) throws IOException {
    String text = minutes(decisions);
    byte[] txt = text.getBytes(StandardCharsets.UTF_8);
    byte[] docx = Docx.of(text);
    return List.of(time("txt", "minutes.txt", txt, decisions, runs), time("docx", "minutes.docx", docx, decisions, runs));
  }

  /** The seed minutes with their decision rows repeated until there are {@code decisions}, numbered anew. */
  static String minutes(int decisions) throws IOException {
    String seed;
    try (InputStream in = MinutesFileBench.class.getResourceAsStream("/minutes/jhenaidah-web-portal-committee-2023-11.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n", -1)));
    List<String> rows = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^[০-৯]{2}\t.*")) {
        rows.add(lines.get(i).replaceFirst("^[০-৯]{2}\t", ""));
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<String> repeated = new ArrayList<>();
    for (int n = 1; n <= decisions; n++) {
      repeated.add(BengaliDigits.toBengali(String.format("%02d", n)) + "\t" + rows.get((n - 1) % rows.size()));
    }
    List<String> out = new ArrayList<>(lines.subList(0, first));
    out.addAll(repeated);
    out.addAll(lines.subList(last + 1, lines.size()));
    return String.join("\n", out);
  }

  private static Timing time(String format, String name, byte[] file, int decisions, int runs) {
    for (int i = 0; i < 20; i++) {
      readAndValidate(name, file, decisions); // warm-up
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      readAndValidate(name, file, decisions);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Timing(format, file.length, decisions, ms);
  }

  private static void readAndValidate(String name, byte[] file, int decisions) {
    ExtractedMinutes minutes = new MinutesReaders().read(name, null, new ByteArrayInputStream(file));
    List<MinutesProblem> problems = MeetingValidation.problems(minutes.meeting());
    if (!problems.isEmpty() || minutes.meeting().decisions().size() != decisions) {
      throw new IllegalStateException(name + ": " + minutes.meeting().decisions().size() + " decisions, " + problems);
    }
  }
}

package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a secretary uploads, reading ends in minutes or in a problem the web layer can show: never any other
 * exception. Tries are kept modest so the suite stays quick on a small build machine.
 */
class MinutesReadersRobustnessPropertiesTest {

  private static final String SEED = SeedMinutes.text();
  private static final byte[] SEED_DOCX = new DocxMinutesBuilder().build(SEED);

  /** Characters and words that steer the readers into their branches: table cells, dates, labels, lists. */
  private static final List<String> VOCABULARY =
      List.of(
          "\t", "\n", "\r\n", " ", ":", "ঃ", "।", ";", ".", "/", "-", "----", "০১", "০২", "১২:০০", "ঘটিকা", "দুপুর",
          "১৯.১১.২০২৩", "৩০/০১/২০২৪", "৩২/১৩/২০২৪", "খ্রি.", "০৬ ডিসেম্বর ২০২৩", "২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ",
          "তারিখের মধ্যে", "আগামী", "সকল", "সময়সীমা", "১৫ কর্মদিবসের মধ্যে", "৭ দিনের মধ্যে", "ক্র:", "আলোচনা",
          "সিদ্ধান্ত", "বাস্তবায়নকারী", "সভাপতি", "সভার তারিখ", "সভার সময়", "স্থান", "উপস্থিতি", "সম্মেলন কক্ষ",
          "পরিশিষ্ট “ক” দ্রষ্টব্য", "মোঃ খালিদ হাসান", "অতিরিক্ত জেলা প্রশাসক", "নম্বর:", "তারিখ:",
          "৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯", "বিতরণ", "- ১। ", "জনাব", "a@b.gov.bd", "কমিটির সভার কার্যবিবরণী",
          "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "রোজ সোমবার", "নভেম্বর ২০২৩", "\ufeff", "\u00a0", "9999999999999");

  private static final String READ = "read";
  private static final String REFUSED = "refused";
  private static final String UNSUPPORTED = "unsupported";

  private final TextMinutesReader text = new TextMinutesReader();
  private final DocxMinutesReader docx = new DocxMinutesReader();

  @Property(tries = 300)
  void anyStringIsReadOrRefused(@ForAll @Size(max = 400) String input) {
    assertReadOrRefused(() -> text.read(input));
  }

  @Property(tries = 300)
  void minutesLikeNoiseIsReadOrRefused(@ForAll("minutesLikeText") String input) {
    assertReadOrRefused(() -> text.read(input));
  }

  @Property(tries = 400)
  void theSeedMutatedIsReadOrRefused(@ForAll("mutatedSeed") String input) {
    Statistics.collect(assertReadOrRefused(() -> text.read(input)));
    // the edits must leave most minutes readable, or the property would only ever test refusals
    Statistics.coverage(coverage -> coverage.check(READ).percentage(p -> p >= 20));
  }

  @Property(tries = 60)
  void theSeedMutatedAsDocxIsReadOrRefused(@ForAll("mutatedSeed") String input) {
    byte[] file = new DocxMinutesBuilder().build(input);
    Statistics.collect(assertReadOrRefused(() -> docx.read(new ByteArrayInputStream(file))));
    Statistics.coverage(coverage -> coverage.check(READ).percentage(p -> p >= 20));
  }

  /** Found by the property above: a line of only a tab before a paragraph once sent the builder round for ever. */
  @Example
  void aLineOfOnlyATabBeforeAParagraphIsBuiltAndRead() {
    List<String> lines = new ArrayList<>(Arrays.asList(SEED.split("\n", -1)));
    int bangabda = lines.indexOf(lines.stream().filter(l -> l.contains("বঙ্গাব্দ")).findFirst().orElseThrow());
    lines.add(bangabda, "\t");
    String input = String.join("\n", lines);
    byte[] file = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new DocxMinutesBuilder().build(input));
    assertThat(assertReadOrRefused(() -> docx.read(new ByteArrayInputStream(file)))).isEqualTo(READ);
  }

  @Property(tries = 200)
  void randomBytesAreNoDocx(@ForAll @Size(max = 2000) byte[] bytes) {
    assertReadOrRefused(() -> docx.read(new ByteArrayInputStream(bytes)));
  }

  @Property(tries = 200)
  void randomBytesBehindAZipSignatureAreNoDocx(@ForAll @Size(max = 2000) byte[] bytes) {
    byte[] zipLike = new byte[bytes.length + 4];
    zipLike[0] = 'P';
    zipLike[1] = 'K';
    zipLike[2] = 3;
    zipLike[3] = 4;
    System.arraycopy(bytes, 0, zipLike, 4, bytes.length);
    assertReadOrRefused(() -> docx.read(new ByteArrayInputStream(zipLike)));
  }

  @Property(tries = 300)
  void theSeedDocxDamagedIsReadOrRefused(@ForAll("damagedDocx") byte[] bytes) {
    assertReadOrRefused(() -> docx.read(new ByteArrayInputStream(bytes)));
  }

  @Property(tries = 200)
  void randomBytesUploadedAsTextAreReadOrRefused(@ForAll @Size(max = 2000) byte[] bytes) {
    MinutesReaders readers = new MinutesReaders();
    assertReadOrRefused(() -> readers.read("minutes.txt", "text/plain", new ByteArrayInputStream(bytes)));
  }

  @Provide
  Arbitrary<String> minutesLikeText() {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of(VOCABULARY)),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('ঀ', '৿').map(String::valueOf)),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars().map(String::valueOf)));
    return token.list().ofMaxSize(300).map(tokens -> String.join("", tokens));
  }

  @Provide
  Arbitrary<String> mutatedSeed() {
    Arbitrary<LineMutation> mutation =
        Combinators.combine(
                Arbitraries.of(LineMutation.Kind.values()),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.of('\t', ':', 'ঃ', '০', '৩', '9', '/', '.', ';', '।', '-', ' ', 'x', 'ক', '\n', '“'))
            .as(LineMutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(8).map(MinutesReadersRobustnessPropertiesTest::mutate);
  }

  @Provide
  Arbitrary<byte[]> damagedDocx() {
    Arbitrary<int[]> damage =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, SEED_DOCX.length - 1),
                Arbitraries.integers().between(1, 64),
                Arbitraries.integers().between(0, 255))
            .as((kind, at, length, value) -> new int[] {kind, at, length, value});
    return damage.list().ofMinSize(1).ofMaxSize(4).map(MinutesReadersRobustnessPropertiesTest::damage);
  }

  /** An edit of the seed's lines: delete, duplicate, swap, replace a character, truncate. */
  record LineMutation(Kind kind, int a, int b, char c) {
    enum Kind {
      DELETE,
      DUPLICATE,
      SWAP,
      REPLACE_CHARACTER,
      TRUNCATE
    }

    void apply(List<String> lines) {
      if (lines.isEmpty()) {
        return;
      }
      int i = a % lines.size();
      int j = b % lines.size();
      switch (kind) {
        case DELETE -> lines.remove(i);
        case DUPLICATE -> lines.add(j, lines.get(i));
        case SWAP -> {
          String line = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case REPLACE_CHARACTER -> {
          String line = lines.get(i);
          if (!line.isEmpty()) {
            int at = b % line.length();
            lines.set(i, line.substring(0, at) + c + line.substring(at + 1));
          }
        }
        case TRUNCATE -> {
          String line = lines.get(i);
          lines.set(i, line.substring(0, b % (line.length() + 1)));
          lines.subList(i + 1, lines.size()).clear();
        }
      }
    }
  }

  private static String mutate(List<LineMutation> mutations) {
    List<String> lines = new ArrayList<>(Arrays.asList(SEED.split("\n", -1)));
    mutations.forEach(m -> m.apply(lines));
    return String.join("\n", lines);
  }

  /** Overwrites, deletes, inserts or truncates bytes of the seed's .docx. */
  private static byte[] damage(List<int[]> damages) {
    byte[] bytes = SEED_DOCX.clone();
    for (int[] d : damages) {
      int at = Math.min(d[1], Math.max(bytes.length - 1, 0));
      int length = Math.min(d[2], bytes.length - at);
      switch (d[0]) {
        case 0 -> Arrays.fill(bytes, at, at + length, (byte) d[3]);
        case 1 -> {
          byte[] shorter = new byte[bytes.length - length];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + length, shorter, at, bytes.length - at - length);
          bytes = shorter;
        }
        case 2 -> {
          byte[] longer = new byte[bytes.length + length];
          System.arraycopy(bytes, 0, longer, 0, at);
          Arrays.fill(longer, at, at + length, (byte) d[3]);
          System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
          bytes = longer;
        }
        default -> bytes = Arrays.copyOf(bytes, at);
      }
    }
    return bytes;
  }

  /** Minutes, or a format problem that names its field, location and reason: nothing else. Returns which. */
  private static String assertReadOrRefused(Supplier<ExtractedMinutes> read) {
    ExtractedMinutes minutes;
    try {
      minutes = read.get();
    } catch (MinutesFormatException e) {
      assertThat(e.problems())
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.field()).isNotBlank();
                assertThat(p.location()).isNotBlank();
                assertThat(p.message()).isNotBlank();
              });
      return REFUSED;
    } catch (UnsupportedMinutesFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      return UNSUPPORTED;
    }
    Meeting meeting = minutes.meeting();
    assertThat(meeting.memoNumber()).isNotBlank();
    assertThat(meeting.decisions())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.text()).isNotBlank();
              assertThat(d.implementers()).isNotEmpty().allSatisfy(i -> assertThat(i).isNotBlank());
            });
    assertThat(minutes.warnings())
        .allSatisfy(w -> assertThat(w.location()).isNotBlank());
    return READ;
  }
}

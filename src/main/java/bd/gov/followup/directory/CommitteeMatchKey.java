package bd.gov.followup.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a meeting's committee is one the directory lists. Minutes name one committee many ways: with the district's
 * name or without it («ঝিনাইদহ জেলা উন্নয়ন সমন্বয় কমিটি»), with a joining or linking word («উন্নয়ন ও সমন্বয়»,
 * «… সংক্রান্ত কমিটি»), «জেলা পর্যায়ের», «জেলার», with «কমিটি», «কমিটির», «সভা» or none («জেলা উন্নয়ন সমন্বয় সভার
 * কার্যবিবরণী»). All of these are left out or made alike here, on the
 * directory's own words (its spellings apply). Looser than minutes.CommitteeKey, which ties a committee's meetings
 * together for carry-over and must stay as stored; what is left beyond these the file lists under {@code otherNames}.
 */
final class CommitteeMatchKey {

  // «কমিটি» and «সভা» too: a title without «কমিটি» gives the name before «সভার» (minutes.CommitteeNames)
  private static final Set<String> LEFT_OUT = composed(
      Stream.of("ও", "এবং", "সংক্রান্ত", "বিষয়ক", "সম্পর্কিত", "সংশ্লিষ্ট", "পর্যায়ের", "পর্যায়", "স্তরের", "কমিটি",
          "কমিটির", "সভা", "সভার"));
  private static final Map<String, String> ALIKE = Map.of(composed("জেলার"), composed("জেলা"));

  private final PhraseTokenizer tokenizer;
  private final DistrictName district;

  CommitteeMatchKey(PhraseTokenizer tokenizer, DistrictName district) {
    this.tokenizer = tokenizer;
    this.district = district;
  }

  /** The key of a committee's name; "" for none. */
  String of(String committee) {
    List<String> words = district.removeFrom(tokenizer.words(committee == null ? "" : committee));
    return words.stream().map(word -> ALIKE.getOrDefault(word, word)).filter(word -> !LEFT_OUT.contains(word))
        .collect(Collectors.joining(" "));
  }

  private static Set<String> composed(Stream<String> words) {
    return words.map(CommitteeMatchKey::composed).collect(Collectors.toUnmodifiableSet());
  }

  private static String composed(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC);
  }
}

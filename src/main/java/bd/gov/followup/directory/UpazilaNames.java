package bd.gov.followup.directory;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The district's upazilas by the names minutes write: as the file names them and without the district's name ("ঝিনাইদহ
 * সদর", "সদর"), found among a phrase's normalised words.
 */
final class UpazilaNames {

  /** One way to write an upazila's name. */
  record Name(List<String> words, String slug) {

    int size() {
      return words.size();
    }
  }

  /** Where a phrase names an upazila: words [from, to), with "উপজেলা" after the name when written. */
  record Place(int from, int to, String slug) {}

  private static final List<String> SCOPE_WORDS =
      Stream.of("উপজেলা", "উপজেলার").map(word -> Normalizer.normalize(word, Normalizer.Form.NFC)).toList();

  /** Longest first, so that "ঝিনাইদহ সদর" is found before "সদর". */
  private final List<Name> names;

  /** @param upazilas the district's upazilas, named as the file names them ("ঝিনাইদহ সদর", "কালীগঞ্জ") */
  UpazilaNames(PhraseTokenizer tokenizer, DistrictName district, List<Upazila> upazilas) {
    // minutes write "সদর উপজেলা" as often as "ঝিনাইদহ সদর উপজেলা"
    this.names = upazilas.stream()
        .flatMap(upazila -> {
          List<String> words = tokenizer.words(upazila.nameBn());
          return Stream.of(words, district.removeFrom(words)).map(name -> new Name(name, upazila.slug()));
        })
        .filter(name -> !name.words().isEmpty())
        .distinct()
        .sorted(Comparator.comparingInt(Name::size).reversed())
        .toList();
  }

  /** "উপজেলা" or "উপজেলার": after an upazila's name it only repeats what the name says. */
  static boolean scopeWord(String word) {
    return SCOPE_WORDS.contains(word);
  }

  /** The longest name that words [at, …) begin with, within [at, limit); null for none. */
  Name startingAt(List<String> words, int at, int limit) {
    return names.stream()
        .filter(name -> at + name.size() <= limit && words.subList(at, at + name.size()).equals(name.words()))
        .findFirst().orElse(null);
  }

  /** The longest name that ends right before {@code end}, within [floor, end); null for none. */
  Name endingAt(List<String> words, int end, int floor) {
    return names.stream()
        .filter(name -> end - name.size() >= floor && words.subList(end - name.size(), end).equals(name.words()))
        .findFirst().orElse(null);
  }

  /** The upazila whose name the words end with, or null. */
  String slugAtEnd(List<String> words) {
    Name name = endingAt(words, words.size(), 0);
    return name == null ? null : name.slug();
  }

  /** The upazila the words name somewhere, the longest name first; empty for none (a district's). */
  Optional<String> slugIn(List<String> words) {
    return names.stream()
        .filter(name -> Collections.indexOfSubList(words, name.words()) >= 0)
        .map(Name::slug)
        .findFirst();
  }
}

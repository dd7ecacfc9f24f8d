package bd.gov.followup.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the index of known phrases. A phrase the file gives that points to two different offices or sets makes the
 * file invalid: resolving it would be a guess. Variants derived from set phrases give way to what the file says.
 */
final class PhraseIndexBuilder {

  /** The word that makes a phrase mean every office of a kind: "সকল দপ্তর প্রধান", "দপ্তর প্রধান (সকল)". */
  static final String ALL = "সকল";

  /** The plural suffix of people: "উপজেলা নির্বাহী অফিসারগণ" also means every UNO. */
  static final String PLURAL = "গণ";

  /**
   * The last words of a name that names the premises, a seat, rather than a post: "জেলা প্রশাসকের কার্যালয়", "জেলা
   * তথ্য অফিস", "আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়".
   */
  static final Set<String> SEAT_WORDS = Stream.of("কার্যালয়", "অফিস", "দপ্তর", "অধিদপ্তর", "শাখা")
      .map(word -> Normalizer.normalize(word, Normalizer.Form.NFC))
      .collect(Collectors.toUnmodifiableSet());

  // the parts of a name, as "designation, office, place"
  private static final Pattern NAME_PARTS = Pattern.compile("[,;:।॥৷]");

  private final PhraseTokenizer tokenizer;
  private final DistrictName district;
  private final PhraseIndex index = new PhraseIndex();
  private final List<Derived> derived = new ArrayList<>();

  private record Derived(List<String> words, PhraseTarget target, boolean seat) {}

  PhraseIndexBuilder(PhraseTokenizer tokenizer, DistrictName district) {
    this.tokenizer = tokenizer;
    this.district = district;
  }

  /**
   * Adds a phrase the file gives.
   *
   * @param where names the office or set and field the phrase comes from, for error messages
   * @throws InvalidDirectoryException if the phrase is empty once normalised or already points elsewhere
   */
  void add(String phrase, PhraseTarget target, String where) {
    List<String> words = district.removeFrom(tokenizer.words(phrase));
    if (words.isEmpty()) {
      throw new InvalidDirectoryException(where + ": phrase '" + phrase + "' is empty once the district's name and"
          + " punctuation are taken out");
    }
    PhraseTarget known = index.get(words);
    if (known != null && !known.equals(target)) {
      throw new InvalidDirectoryException(where + ": phrase '" + phrase + "' already names " + known.describe());
    }
    boolean seat = namesASeat(phrase);
    index.put(words, target, seat);
    if (target instanceof PhraseTarget.Every && words.contains(ALL)) {
      deriveSetVariants(words, target, seat);
    }
  }

  /**
   * Whether a phrase names its office by the seat: its first part ends in one of {@link #SEAT_WORDS}. "প্রোগ্রামার,
   * তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর" begins with a post and is none: minutes write a seat after a post to say where
   * it sits.
   */
  private boolean namesASeat(String phrase) {
    List<String> firstPart = NAME_PARTS.splitAsStream(phrase).map(tokenizer::words).filter(w -> !w.isEmpty())
        .findFirst().orElse(List.of());
    return !firstPart.isEmpty() && SEAT_WORDS.contains(firstPart.get(firstPart.size() - 1));
  }

  // "সকল X", "X সকল" and "Xগণ" all mean every X: a file need not list each form
  private void deriveSetVariants(List<String> words, PhraseTarget target, boolean seat) {
    List<String> base = new ArrayList<>(words);
    base.removeIf(ALL::equals);
    if (base.isEmpty()) {
      return;
    }
    List<String> allFirst = new ArrayList<>(base);
    allFirst.add(0, ALL);
    List<String> allLast = new ArrayList<>(base);
    allLast.add(ALL);
    List<String> plural = new ArrayList<>(base);
    plural.set(plural.size() - 1, plural.get(plural.size() - 1) + PLURAL);
    derived.add(new Derived(allFirst, target, seat));
    derived.add(new Derived(allLast, target, seat));
    derived.add(new Derived(plural, target, seat));
  }

  PhraseIndex build() {
    // a derived variant that two sets would share is left out rather than guessed
    Map<List<String>, Derived> variants = new HashMap<>();
    Set<List<String>> contested = new HashSet<>();
    for (Derived variant : derived) {
      if (index.get(variant.words()) != null) {
        continue; // the file's own phrases come first
      }
      Derived other = variants.putIfAbsent(variant.words(), variant);
      if (other != null && !other.target().equals(variant.target())) {
        contested.add(variant.words());
      }
    }
    variants.forEach((words, variant) -> {
      if (!contested.contains(words)) {
        index.put(words, variant.target(), variant.seat());
      }
    });
    return index;
  }
}

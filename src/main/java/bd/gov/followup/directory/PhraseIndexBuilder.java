package bd.gov.followup.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the index of known phrases. A phrase the file gives that points to two different offices or sets makes the
 * file invalid: resolving it would be a guess. Variants derived from set phrases give way to what the file says.
 */
final class PhraseIndexBuilder {

  /** The word that makes a phrase mean every office of a kind: "সকল দপ্তর প্রধান", "দপ্তর প্রধান (সকল)". */
  static final String ALL = "সকল";

  /** The plural suffix of people: "উপজেলা নির্বাহী অফিসারগণ" also means every UNO. */
  static final String PLURAL = "গণ";

  private final PhraseTokenizer tokenizer;
  private final DistrictName district;
  private final PhraseIndex index = new PhraseIndex();
  private final List<Derived> derived = new ArrayList<>();

  private record Derived(List<String> words, PhraseTarget target) {}

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
    index.put(words, target);
    if (target instanceof PhraseTarget.Every && words.contains(ALL)) {
      deriveSetVariants(words, target);
    }
  }

  // "সকল X", "X সকল" and "Xগণ" all mean every X: a file need not list each form
  private void deriveSetVariants(List<String> words, PhraseTarget target) {
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
    derived.add(new Derived(allFirst, target));
    derived.add(new Derived(allLast, target));
    derived.add(new Derived(plural, target));
  }

  PhraseIndex build() {
    // a derived variant that two sets would share is left out rather than guessed
    Map<List<String>, PhraseTarget> variants = new HashMap<>();
    Set<List<String>> contested = new HashSet<>();
    for (Derived variant : derived) {
      if (index.get(variant.words()) != null) {
        continue; // the file's own phrases come first
      }
      PhraseTarget other = variants.putIfAbsent(variant.words(), variant.target());
      if (other != null && !other.equals(variant.target())) {
        contested.add(variant.words());
      }
    }
    variants.forEach((words, target) -> {
      if (!contested.contains(words)) {
        index.put(words, target);
      }
    });
    return index;
  }
}

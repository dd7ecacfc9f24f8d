package bd.gov.followup.directory;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Known phrases, as normalised words, and what each points to; finds the longest one starting at a word. */
final class PhraseIndex {

  /**
   * A known phrase found in a text: it covers {@code length} words.
   *
   * @param seat whether the phrase names its office by the seat, the premises ("জেলা প্রশাসকের কার্যালয়")
   */
  record Hit(int length, PhraseTarget target, boolean seat) {}

  private final Map<List<String>, PhraseTarget> targets = new HashMap<>();
  private final Set<List<String>> seats = new HashSet<>();
  private int longest;

  /** The target the words already point to, or null. */
  PhraseTarget get(List<String> words) {
    return targets.get(words);
  }

  void put(List<String> words, PhraseTarget target, boolean seat) {
    targets.put(List.copyOf(words), target);
    if (seat) {
      seats.add(List.copyOf(words));
    }
    longest = Math.max(longest, words.size());
  }

  /**
   * Whether a phrase of the office or set {@code target} names has {@code part} in it: ac-ict's "সহকারী কমিশনার
   * (আইসিটি), জেলা প্রশাসকের কার্যালয়" has its seat, "জেলা প্রশাসকের কার্যালয়".
   */
  boolean anyPhraseOfContains(PhraseTarget target, List<String> part) {
    return targets.entrySet().stream().anyMatch(
        phrase -> phrase.getValue().namesSameAs(target) && Collections.indexOfSubList(phrase.getKey(), part) >= 0);
  }

  /** The longest known phrase that starts at {@code from}, or null. */
  Hit longestAt(List<String> words, int from) {
    for (int length = Math.min(longest, words.size() - from); length > 0; length--) {
      List<String> phrase = words.subList(from, from + length);
      PhraseTarget target = targets.get(phrase);
      if (target != null) {
        return new Hit(length, target, seats.contains(phrase));
      }
    }
    return null;
  }
}

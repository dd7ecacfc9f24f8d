package bd.gov.followup.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Known phrases, as normalised words, and what each points to; finds the longest one starting at a word. */
final class PhraseIndex {

  /** A known phrase found in a text: it covers {@code length} words. */
  record Hit(int length, PhraseTarget target) {}

  private final Map<List<String>, PhraseTarget> targets = new HashMap<>();
  private int longest;

  /** The target the words already point to, or null. */
  PhraseTarget get(List<String> words) {
    return targets.get(words);
  }

  void put(List<String> words, PhraseTarget target) {
    targets.put(List.copyOf(words), target);
    longest = Math.max(longest, words.size());
  }

  /** The longest known phrase that starts at {@code from}, or null. */
  Hit longestAt(List<String> words, int from) {
    for (int length = Math.min(longest, words.size() - from); length > 0; length--) {
      PhraseTarget target = targets.get(words.subList(from, from + length));
      if (target != null) {
        return new Hit(length, target);
      }
    }
    return null;
  }
}

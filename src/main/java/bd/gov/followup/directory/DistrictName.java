package bd.gov.followup.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The district's name in phrases. Minutes add it to almost every office ("সকল দপ্তর প্রধান, ঝিনাইদহ") and leave it
 * out as often, so it is taken out of phrases before they are compared; it never tells offices of one district apart.
 */
final class DistrictName {

  private final List<String> words;

  DistrictName(PhraseTokenizer tokenizer, String nameBn) {
    this.words = tokenizer.words(nameBn);
  }

  /** Which tokens are the district's name. */
  boolean[] occurrences(List<Token> tokens) {
    boolean[] found = new boolean[tokens.size()];
    if (words.isEmpty()) {
      return found;
    }
    for (int i = 0; i + words.size() <= tokens.size(); i++) {
      if (matchesAt(tokens, i)) {
        for (int j = i; j < i + words.size(); j++) {
          found[j] = true;
        }
        i += words.size() - 1;
      }
    }
    return found;
  }

  /** The words without the district's name. */
  List<String> removeFrom(List<String> phraseWords) {
    List<String> left = new ArrayList<>(phraseWords);
    int at;
    while (!words.isEmpty() && (at = Collections.indexOfSubList(left, words)) >= 0) {
      left.subList(at, at + words.size()).clear();
    }
    return left;
  }

  private boolean matchesAt(List<Token> tokens, int from) {
    for (int j = 0; j < words.size(); j++) {
      if (!tokens.get(from + j).word().equals(words.get(j))) {
        return false;
      }
    }
    return true;
  }
}

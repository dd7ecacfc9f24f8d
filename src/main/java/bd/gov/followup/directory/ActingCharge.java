package bd.gov.followup.directory;

import java.util.List;
import java.util.stream.Stream;

/**
 * An acting holder's note after a designation ("জেলা শিক্ষা অফিসার (ভারপ্রাপ্ত)", "(চলতি দায়িত্ব)", "(অতিরিক্ত
 * দায়িত্ব)"): whoever holds the post, the office is the same, so the note neither names an office nor qualifies the
 * name before it. Only in brackets: outside them "ভারপ্রাপ্ত কর্মকর্তা" is a post of its own (a police station's
 * officer in charge) and "অতিরিক্ত" makes another post ("অতিরিক্ত জেলা প্রশাসক").
 */
final class ActingCharge {

  private final List<List<String>> notes;

  ActingCharge(PhraseTokenizer tokenizer) {
    this.notes = Stream.of("ভারপ্রাপ্ত", "চলতি দায়িত্ব", "চলতি দায়িত্বে", "অতিরিক্ত দায়িত্ব", "অতিরিক্ত দায়িত্বে")
        .map(tokenizer::words)
        .toList();
  }

  /** Sets {@code marked[i]} for each of the tokens that is part of an acting holder's note in brackets. */
  void mark(String text, List<Token> tokens, boolean[] marked) {
    for (int from = 0; from < tokens.size(); from++) {
      for (List<String> note : notes) {
        int to = from + note.size();
        if (to <= tokens.size() && words(tokens, from, to).equals(note) && bracketed(text, tokens, from, to)) {
          for (int i = from; i < to; i++) {
            marked[i] = true;
          }
        }
      }
    }
  }

  private static List<String> words(List<Token> tokens, int from, int to) {
    return tokens.subList(from, to).stream().map(Token::word).toList();
  }

  private static boolean bracketed(String text, List<Token> tokens, int from, int to) {
    return text.substring(0, tokens.get(from).start()).stripTrailing().endsWith("(")
        && text.substring(tokens.get(to - 1).end()).stripLeading().startsWith(")");
  }
}

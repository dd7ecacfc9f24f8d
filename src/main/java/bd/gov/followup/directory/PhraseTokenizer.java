package bd.gov.followup.directory;

import bd.gov.followup.minutes.BengaliDigits;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a phrase of minutes into normalised words. Known phrases and the minutes' text go through the same steps,
 * so that spelling and punctuation that do not change the meaning do not matter: punctuation, brackets and quotes
 * separate words ("অফিসার(সকল)" = "অফিসার (সকল)" = "অফিসার, সকল"), Bengali digits become ASCII, Unicode forms are
 * composed alike, and known variant spellings become one.
 */
final class PhraseTokenizer {

  /**
   * Variant spellings of ordinary Bengali words in office names, whatever the district. A district's file adds its
   * place names' variants.
   */
  static final Map<String, String> COMMON_SPELLINGS =
      Map.ofEntries(
          Map.entry("উপপরিচালক", "উপ পরিচালক"),
          Map.entry("সহকারি", "সহকারী"),
          Map.entry("দফতর", "দপ্তর"),
          Map.entry("অধিদফতর", "অধিদপ্তর"),
          Map.entry("সরকারী", "সরকারি"),
          Map.entry("ইউপি", "ইউনিয়ন পরিষদ"),
          Map.entry("ict", "আইসিটি"));

  // a blank to fill in, or a word: anything between whitespace and punctuation
  private static final Pattern TOKEN =
      Pattern.compile("(\\.{2,}|…+|_{2,})|([^\\s,;:।॥৷.!?\"'“”‘’()\\[\\]{}\\-–—/\\\\|…_]+)");

  private static final String GENITIVE = "এর";
  // between the word and "এর": spaces, or a hyphen
  private static final Pattern GENITIVE_GAP = Pattern.compile("[\\s\\u00A0]*+[\\-\\u2010\\u2013]?[\\s\\u00A0]*+");
  private static final Pattern BENGALI_ENDING = Pattern.compile("[\\u0985-\\u09B9\\u09BE-\\u09CC\\u09CE\\u09DC-\\u09DF]$");
  private static final Pattern VOWEL_ENDING = Pattern.compile("[\\u0985-\\u0994\\u09BE-\\u09CC]$");

  // invisible characters that some keyboards put inside Bengali words
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u00AD\\uFEFF]");

  private final Map<String, List<String>> spellings = new HashMap<>();

  PhraseTokenizer(Map<String, String> districtSpellings) {
    COMMON_SPELLINGS.forEach(this::addSpelling);
    districtSpellings.forEach(this::addSpelling);
  }

  private void addSpelling(String variant, String canonical) {
    List<String> canonicalWords = new ArrayList<>();
    for (String word : canonical.trim().split("\\s+")) {
      canonicalWords.add(normaliseWord(word));
    }
    spellings.put(normaliseWord(variant.trim()), List.copyOf(canonicalWords));
  }

  /** The words of a text, each with its place in the text as written. */
  List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        tokens.add(new Token(Token.BLANK, matcher.start(), matcher.end()));
        continue;
      }
      String word = normaliseWord(matcher.group(2));
      if (word.isEmpty()) {
        continue;
      }
      Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
      if (word.equals(GENITIVE) && previous != null
          && joinsGenitive(text.substring(previous.end(), matcher.start()), previous.word())) {
        tokens.set(tokens.size() - 1, new Token(withGenitive(previous.word()), previous.start(), matcher.end()));
        continue;
      }
      // a variant may stand for several words (এসবিকে → এস বি কে): each keeps the variant's place
      for (String canonical : spellings.getOrDefault(word, List.of(word))) {
        tokens.add(new Token(canonical, matcher.start(), matcher.end()));
      }
    }
    return tokens;
  }

  /**
   * "প্রশাসক এর", "প্রশাসক-এর": the genitive written apart from its word, as many offices type it, is the word's own
   * ending. Only right after a Bengali word (a space or a hyphen between), not after a number or a comma.
   */
  private static boolean joinsGenitive(String gap, String previousWord) {
    return GENITIVE_GAP.matcher(gap).matches() && BENGALI_ENDING.matcher(previousWord).find();
  }

  /** After a consonant "ের" (প্রশাসকের), after a vowel "র" (উপজেলার, আইসিটির). */
  private static String withGenitive(String word) {
    return VOWEL_ENDING.matcher(word).find() ? word + "র" : word + "ের";
  }

  /** Just the normalised words of a text. */
  List<String> words(String text) {
    return tokenize(text).stream().map(Token::word).toList();
  }

  private static String normaliseWord(String word) {
    String composed = Normalizer.normalize(INVISIBLE.matcher(word).replaceAll(""), Normalizer.Form.NFC);
    return BengaliDigits.toAscii(composed).toLowerCase(Locale.ROOT);
  }
}

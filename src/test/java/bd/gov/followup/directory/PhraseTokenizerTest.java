package bd.gov.followup.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseTokenizerTest {

  private final PhraseTokenizer tokenizer = new PhraseTokenizer(Map.of("কালিগঞ্জ", "কালীগঞ্জ"));

  @Test
  void punctuationAndBracketsSeparateWords() {
    assertThat(tokenizer.words("উপজেলা নির্বাহী অফিসার(সকল), ঝিনাইদহ।;"))
        .containsExactly("উপজেলা", "নির্বাহী", "অফিসার", "সকল", "ঝিনাইদহ");
    assertThat(tokenizer.words("“অফিস কপি”")).isEqualTo(tokenizer.words("অফিস কপি"));
  }

  @Test
  void bengaliDigitsBecomeAscii() {
    assertThat(tokenizer.words("১। ৩০/০১/২০২৪")).containsExactly("1", "30", "01", "2024");
  }

  @Test
  void variantSpellingsBecomeOne() {
    assertThat(tokenizer.words("কালিগঞ্জ")).containsExactly("কালীগঞ্জ");
    assertThat(tokenizer.words("উপপরিচালক")).containsExactly("উপ", "পরিচালক");
    assertThat(tokenizer.words("উপ-পরিচালক")).containsExactly("উপ", "পরিচালক");
    assertThat(tokenizer.words("ICT")).containsExactly("আইসিটি");
  }

  @Test
  void aFillInBlankIsAWordOfItsOwn() {
    List<Token> tokens = tokenizer.tokenize("জনাব.....ঝিনাইদহ");

    assertThat(tokens).extracting(Token::word).containsExactly("জনাব", Token.BLANK, "ঝিনাইদহ");
    assertThat(tokens.get(1).blank()).isTrue();
  }

  @Test
  void everyWordKnowsWhereItIsInTheTextAsWritten() {
    String text = "সহকারী কমিশনার, শিক্ষা";
    List<Token> tokens = tokenizer.tokenize(text);

    assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
        .containsExactly("সহকারী", "কমিশনার", "শিক্ষা");
  }

  @Test
  void nothingToSplit() {
    assertThat(tokenizer.tokenize(null)).isEmpty();
    assertThat(tokenizer.tokenize(" ,;। ")).isEmpty();
  }
}

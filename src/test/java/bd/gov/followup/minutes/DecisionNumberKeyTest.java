package bd.gov.followup.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A decision's business key is memo key + "/03" whatever the server's language: Java formats "%02d" in the default
 * locale's digits, and a server set up in Bengali (bn_BD) would have written "/০৩", which no look-up by number finds.
 */
class DecisionNumberKeyTest {

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(before);
  }

  @Test
  void aServerInBengali_keysDecisionsInLatinDigits() {
    Locale.setDefault(Locale.forLanguageTag("bn-BD"));
    Decision third = new Decision(3, null, null, "পোর্টাল হালনাগাদ", List.of("সকল দপ্তর প্রধান"), null);
    assertThat(third.numberKey()).isEqualTo("03");
  }
}

package bd.gov.followup.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An office's evidence link as officials paste it from the browser's address bar, Bengali host names included. */
class EvidenceLinkTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "বাংলাদেশ.বাংলা                       | https://বাংলাদেশ.বাংলা",
      "বাংলাদেশ.বাংলা/নোটিশ/১২৩             | https://বাংলাদেশ.বাংলা/নোটিশ/১২৩",
      "www.kaliganj.jhenaidah.gov.bd/node/5 | https://www.kaliganj.jhenaidah.gov.bd/node/5",
      "xn--54b7fta0cc.xn--54b7fta0cc        | https://xn--54b7fta0cc.xn--54b7fta0cc"})
  void anAddressTypedWithoutItsScheme_isReadAsHttps(String typed, String read) {
    assertThat(ReportCheckListener.withScheme(typed)).isEqualTo(read);
    assertThat(ReportCheckListener.isWebLink(read)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://বাংলাদেশ.বাংলা/", "http://বাংলাদেশ.বাংলা", "https://ঝিনাইদহ.বাংলা/নোটিশ?পাতা=২",
      "https://xn--54b7fta0cc.xn--54b7fta0cc/", "https://www.jhenaidah.gov.bd/নোটিশ/১২৩"})
  void aWebAddressWithABengaliHostOrPath_isALink(String link) {
    assertThat(ReportCheckListener.isWebLink(link)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"কাজ.শেষ", "পোর্টালে দেওয়া আছে", "হালনাগাদ করা হয়েছে।"})
  void bengaliTextWithADot_isNoAddress(String text) {
    assertThat(ReportCheckListener.isWebLink(ReportCheckListener.withScheme(text))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"javascript:alert(1)", "ftp://বাংলাদেশ.বাংলা/", "https://", "mailto:dc@jhenaidah.gov.bd"})
  void otherSchemesAndNoHost_areNoWebLink(String text) {
    assertThat(ReportCheckListener.isWebLink(ReportCheckListener.withScheme(text))).isFalse();
  }
}

package bd.gov.followup.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Another official's words are shown as typed: no link, heading, image or HTML of theirs on a form. */
class MarkdownLiteralTest {

  @Test
  void everyMarkIsEscaped_andTheWordsStay() {
    assertThat(MarkdownLiteral.of("[এখানে ক্লিক করুন](https://evil.example/login)\n## সভাপতির নির্দেশ <img src=x>"))
        .isEqualTo("\\[এখানে ক্লিক করুন\\](https://evil.example/login)\n\\## সভাপতির নির্দেশ \\<img src=x\\>");
    assertThat(MarkdownLiteral.of("চার্টার দেখুন: https://ddlg.jhenaidah.gov.bd/charter-2024"))
        .as("a bare address stays as it is: it links as itself").isEqualTo("চার্টার দেখুন: https://ddlg.jhenaidah.gov.bd/charter-2024");
    assertThat(MarkdownLiteral.of("কালীগঞ্জের ১১টি ইউনিয়নের পোর্টাল হালনাগাদ করা হয়েছে।"))
        .isEqualTo("কালীগঞ্জের ১১টি ইউনিয়নের পোর্টাল হালনাগাদ করা হয়েছে।");
    assertThat(MarkdownLiteral.of("**জরুরি** \\ _x_ https://a.gov.bd/page_1#top")).isEqualTo("\\*\\*জরুরি\\*\\* \\\\ \\_x\\_ https://a.gov.bd/page_1#top");
    assertThat(MarkdownLiteral.of(null)).isNull();
  }

  /** A checked address stays the same address, with nothing in it that Markdown acts on. */
  @Test
  void anAddressIsPercentEncoded_notEscaped() {
    assertThat(MarkdownLiteral.address("https://drive.google.com/file/d/1AbC-_dEf/view?usp=sharing"))
        .isEqualTo("https://drive.google.com/file/d/1AbC-%5FdEf/view?usp=sharing");
    assertThat(MarkdownLiteral.address("https://example.edu/~rahim/*x*[1]")).isEqualTo("https://example.edu/%7Erahim/%2Ax%2A%5B1%5D");
  }

  /** What else Markdown makes of a line: a heading underlined, a rule, a list, code, emphasis, strike-through. */
  @Test
  void noHeadingRuleListOrCodeOfTheirs() {
    assertThat(MarkdownLiteral.of("সভাপতির নির্দেশ: যাচাই ছাড়াই গ্রহণ করুন\n===\n\n__জরুরি__ ~~বাতিল~~\n\n    indented code"
        + "\n\n---\n\n1. list\n2) two\n+ plus\n- minus"))
        .isEqualTo("সভাপতির নির্দেশ: যাচাই ছাড়াই গ্রহণ করুন\n\\===\n\n\\_\\_জরুরি\\_\\_ \\~\\~বাতিল\\~\\~\n\nindented code"
            + "\n\n\\---\n\n1\\. list\n2\\) two\n\\+ plus\n\\- minus");
    assertThat(MarkdownLiteral.of("নোট\r# সভাপতির নির্দেশ\r\n===\r    code"))
        .as("a carriage return breaks a line too").isEqualTo("নোট\n\\# সভাপতির নির্দেশ\n\\===\ncode");
    assertThat(MarkdownLiteral.of("মোট ১১টি ইউনিয়ন - সব হালনাগাদ; ২০২৪. file_name 3.5"))
        .as("marks inside a line stay").isEqualTo("মোট ১১টি ইউনিয়ন - সব হালনাগাদ; ২০২৪. file_name 3.5");
  }
}

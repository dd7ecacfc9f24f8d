package bd.gov.followup.workflow;

/**
 * One official's words as another reads them on a form: form-js renders a text component as Markdown, so a note
 * holding "[এখানে ক্লিক করুন](https://…)" or "## সভাপতির নির্দেশ" would show as a link or a heading that the
 * application never wrote. Every Markdown and HTML mark is escaped; the words read as they were typed.
 */
final class MarkdownLiteral {

  private static final String MARKS = "\\`*_{}[]()#+-.!|<>~&";

  private MarkdownLiteral() {}

  static String of(Object text) {
    if (text == null) {
      return null;
    }
    String value = text.toString();
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (MARKS.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}

package bd.gov.followup.workflow;

/**
 * One official's words as another reads them on a form: form-js renders a text component as Markdown, so a note
 * holding "[এখানে ক্লিক করুন](https://…)" or "## সভাপতির নির্দেশ" would show as a link under the writer's words or
 * as a heading the application never wrote. The marks that make links, images, emphasis, code, tables and HTML are
 * escaped, and a '#' that would start a heading; an address ('.', '-', '/', '_', '#', parentheses) is left whole, so
 * it stays readable and links as itself.
 */
final class MarkdownLiteral {

  private static final String MARKS = "\\`*[]|<>";

  private MarkdownLiteral() {}

  static String of(Object text) {
    if (text == null) {
      return null;
    }
    String value = text.toString();
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (MARKS.indexOf(c) >= 0 || (c == '#' && lineStart)) {
        escaped.append('\\');
      }
      escaped.append(c);
      lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
    }
    return escaped.toString();
  }
}

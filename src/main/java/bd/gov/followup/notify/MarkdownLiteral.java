package bd.gov.followup.notify;

/**
 * One official's words as another reads them on a form: form-js renders a text component as Markdown, so a note
 * holding "[এখানে ক্লিক করুন](https://…)", "## সভাপতির নির্দেশ" or a line underlined with "===" would show as a link
 * under the writer's words or as a heading the application never wrote. The marks that make links, images,
 * emphasis, strike-through, code, tables and HTML are escaped, and at a line's start those that make headings,
 * rules, lists and quotes; a line's indentation is dropped (four spaces after a blank line make code). An address
 * ('.', '-', '/', '#', parentheses, an '_' inside a word) is left whole, so it stays readable and links as itself.
 */
public final class MarkdownLiteral {

  private static final String MARKS = "\\`*[]|<>~";
  /** at a line's start: a heading, a setext underline or rule, a list item */
  private static final String LINE_MARKS = "#=-+";

  private MarkdownLiteral() {}

  public static String of(Object text) {
    if (text == null) {
      return null;
    }
    // the webapps' Markdown takes a lone carriage return for a line break too
    String[] lines = text.toString().split("\r\n|\r|\n", -1);
    StringBuilder escaped = new StringBuilder(text.toString().length() + 16);
    for (int n = 0; n < lines.length; n++) {
      if (n > 0) {
        escaped.append('\n');
      }
      String line = lines[n].stripLeading();
      int numberEnd = 0;
      while (numberEnd < line.length() && Character.isDigit(line.charAt(numberEnd))) {
        numberEnd++;
      }
      boolean numbered = numberEnd > 0 && numberEnd < line.length()
          && (line.charAt(numberEnd) == '.' || line.charAt(numberEnd) == ')'); // "1. " starts a list
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (MARKS.indexOf(c) >= 0 || i == 0 && LINE_MARKS.indexOf(c) >= 0 || numbered && i == numberEnd
            || c == '_' && !insideWord(line, i)) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * A checked web address as a link of its own: the marks Markdown would act on are percent-encoded, which leaves
   * the address what it was (a backslash would stay in a link and break it).
   */
  public static String address(String url) {
    StringBuilder encoded = new StringBuilder(url.length() + 8);
    for (char c : url.toCharArray()) {
      if (MARKS.indexOf(c) >= 0 || c == '_') {
        encoded.append('%').append(String.format(java.util.Locale.ROOT, "%02X", (int) c));
      } else {
        encoded.append(c);
      }
    }
    return encoded.toString();
  }

  /** "page_1", "charter_2024": an '_' between letters or digits emphasises nothing */
  private static boolean insideWord(String line, int i) {
    return i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
        && Character.isLetterOrDigit(line.charAt(i + 1));
  }
}

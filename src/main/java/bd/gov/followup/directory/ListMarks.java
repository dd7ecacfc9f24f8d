package bd.gov.followup.directory;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter or number that lists an implementer ("(ক) উপজেলা নির্বাহী অফিসার (সকল)", "খ) …", "গ. …", "১) …", "i) …"):
 * it orders the list and names no one, so its words neither name an office nor qualify the name after them.
 *
 * <p>Only at the start of an implementer (of the text, or after ';' or a line break), and only a lone consonant,
 * number, roman numeral or Latin letter closed by a bracket, or by a full stop and a space: a letter that is part of
 * a name ("এস.বি.কে") or a word ("কর)") is not a list's. Vowels are left out: «ও» joins, «অ.» abbreviates অতিরিক্ত.
 */
final class ListMarks {

  // a Bengali consonant with its nukta (ড়, য় decomposed or not), a number, a roman numeral or one Latin letter
  private static final String ITEM =
      "(?:[\\u0995-\\u09B9]\\u09BC?|[\\u09DC\\u09DD\\u09DF]|[0-9০-৯]{1,3}|(?i:iv|ix|vi{0,3}|i{1,3}|x)|[a-zA-Z])";

  private static final String MARK = "(?:\\(\\s*" + ITEM + "\\s*\\)|" + ITEM + "\\s*\\)|" + ITEM + "[.।](?=\\s))";

  // one or more marks ("১। (ক) …") after the start of an implementer and any bullet before them
  private static final Pattern MARKS =
      Pattern.compile("(?:^|(?<=[;\\n]))[\\s\\-–—•*]*((?:" + MARK + "\\s*)+)");

  private ListMarks() {}

  /** Sets {@code marked[i]} for each of the tokens that is part of a list's mark. */
  static void mark(String text, List<Token> tokens, boolean[] marked) {
    Matcher marks = MARKS.matcher(text);
    while (marks.find()) {
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        marked[i] |= token.start() >= marks.start(1) && token.end() <= marks.end(1);
      }
    }
  }
}

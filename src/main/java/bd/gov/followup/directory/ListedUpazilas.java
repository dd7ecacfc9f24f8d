package bd.gov.followup.directory;

import bd.gov.followup.directory.UpazilaNames.Name;
import bd.gov.followup.directory.UpazilaNames.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Upazilas listed beside the one a post or a set is written with: "উপজেলা নির্বাহী অফিসার, মহেশপুর ও কোটচাঁদপুর", "…,
 * ঝিনাইদহ সদর/ কালীগঞ্জ/ শৈলকুপা", "কালীগঞ্জ ও শৈলকুপা উপজেলার সকল ইউনিয়ন পরিষদ", where a reader takes the post or set
 * in each. The names are joined by «ও», «এবং», a comma or a slash, each maybe with "উপজেলা"; never across ';' or a
 * line, where another implementer begins. A name written together with a word that is no upazila's is part of
 * another name ("কোটচাঁদপুর পৌরসভা"), and the list ends before it.
 */
final class ListedUpazilas {

  private static final Pattern ANOTHER_IMPLEMENTER = Pattern.compile("[;\\n।॥৷]");

  // between two names without «ও»
  private static final Pattern LISTED = Pattern.compile("[,/&]");

  // after (before) a name, where the name ends (begins)
  private static final Pattern NAME_END = Pattern.compile("[,;:।॥৷/&)\\n]");
  private static final Pattern NAME_START = Pattern.compile("[,;:।॥৷/&(\\n]");

  private final UpazilaNames names;

  ListedUpazilas(UpazilaNames names) {
    this.names = names;
  }

  /** The upazilas listed after words [.., at), before word {@code limit}, in the order written. */
  List<Place> after(List<Token> tokens, int at, int limit, String text) {
    List<String> words = words(tokens);
    List<Place> listed = new ArrayList<>();
    int end = at < limit && UpazilaNames.scopeWord(words.get(at)) ? at + 1 : at; // "…, কালীগঞ্জ উপজেলা ও …"
    while (true) {
      boolean joined = end < limit && ImplementerResolver.CONNECTORS.contains(words.get(end));
      int from = joined ? end + 1 : end;
      Name name = from < limit && listedAt(tokens, end - 1, from, joined, text)
          ? names.startingAt(words, from, limit) : null;
      if (name == null) {
        break;
      }
      end = from + name.size();
      end = end < limit && UpazilaNames.scopeWord(words.get(end)) ? end + 1 : end;
      listed.add(new Place(from, end, name.slug()));
    }
    while (!listed.isEmpty() && !endsAName(tokens, listed.get(listed.size() - 1).to(), text)) {
      listed.remove(listed.size() - 1);
    }
    return listed;
  }

  /** The upazilas listed before word {@code at}, from word {@code floor} on, in the order written. */
  List<Place> before(List<Token> tokens, int at, int floor, String text) {
    List<String> words = words(tokens);
    List<Place> listed = new ArrayList<>();
    int start = at;
    while (true) {
      boolean joined = start - 1 >= floor && ImplementerResolver.CONNECTORS.contains(words.get(start - 1));
      int end = joined ? start - 1 : start;
      int nameEnd = end - 1 >= floor && UpazilaNames.scopeWord(words.get(end - 1)) ? end - 1 : end;
      Name name = nameEnd > floor && listedAt(tokens, end - 1, start, joined, text)
          ? names.endingAt(words, nameEnd, floor) : null;
      if (name == null) {
        break;
      }
      start = nameEnd - name.size();
      listed.add(0, new Place(start, end, name.slug()));
    }
    while (!listed.isEmpty() && !beginsAName(tokens, listed.get(0).from(), text)) {
      listed.remove(0);
    }
    return listed;
  }

  /** Whether words {@code last} and {@code next} are two items of one list: joined by «ও», a comma or a slash. */
  private static boolean listedAt(List<Token> tokens, int last, int next, boolean joined, String text) {
    String gap = between(tokens, last, next, text);
    return !ANOTHER_IMPLEMENTER.matcher(gap).find() && (joined || LISTED.matcher(gap).find());
  }

  private static boolean endsAName(List<Token> tokens, int end, String text) {
    return end == tokens.size() || ImplementerResolver.CONNECTORS.contains(tokens.get(end).word())
        || NAME_END.matcher(between(tokens, end - 1, end, text)).find();
  }

  private static boolean beginsAName(List<Token> tokens, int from, String text) {
    return from == 0 || ImplementerResolver.CONNECTORS.contains(tokens.get(from - 1).word())
        || NAME_START.matcher(between(tokens, from - 1, from, text)).find();
  }

  /** The text between word {@code last} and word {@code next}; empty between the words of one spelling variant. */
  private static String between(List<Token> tokens, int last, int next, String text) {
    int end = tokens.get(last).end();
    return text.substring(end, Math.max(end, tokens.get(next).start()));
  }

  private static List<String> words(List<Token> tokens) {
    return tokens.stream().map(Token::word).toList();
  }
}

package bd.gov.followup.directory;

import bd.gov.followup.directory.UpazilaNames.Place;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Maps the implementer phrases of a decision (বাস্তবায়নকারী) to offices.
 *
 * <p>Known phrases are found first, longest first from left to right, so that words inside an office's name
 * ("তথ্য ও যোগাযোগ") are never taken for connectors. What is left between them is dropped only when it is a connector,
 * the district's name or a list number; anything else goes back as written, for the secretary to decide. A list's
 * letter before an implementer ({@link ListMarks}) and an acting holder's note after a post ({@link ActingCharge}) are
 * left out of the comparison, as the district's name is.
 *
 * <p>"জেলা" and "উপজেলা" are dropped only right after the district's or an upazila's name ("ঝিনাইদহ জেলা",
 * "কালীগঞ্জ উপজেলা"), where they repeat what that name says. Elsewhere they set a scope ("সকল দপ্তর প্রধান (জেলা ও
 * উপজেলা)") that a set may not cover, so they count as words like any other.
 *
 * <p>An office named by its seat ("জেলা প্রশাসকের কার্যালয়") right after a designation says where that officer sits:
 * it names no implementer of its own (see {@link #readSeatsAfterDesignations}).
 *
 * <p>An upazila's name right after a set ("ইউনিয়ন পরিষদ (সকল), কালীগঞ্জ") or right before it ("কালীগঞ্জ উপজেলার সকল
 * ইউনিয়ন পরিষদ") limits the set to its members in that upazila. The district's name limits nothing: it is the whole
 * set. Several upazilas listed there ("কালীগঞ্জ ও শৈলকুপা উপজেলার সকল ইউনিয়ন পরিষদ", "উপজেলা নির্বাহী অফিসার, মহেশপুর ও
 * কোটচাঁদপুর") take the set or post in each ({@link #inListedUpazilas}).
 */
final class ImplementerResolver {

  /** Words that join or honour offices but name none (composed as the tokenizer composes words). */
  static final Set<String> FILLERS =
      Stream.of("ও", "এবং", "জনাব", "মহোদয়", "মহোদয়া")
          .map(ImplementerResolver::composed)
          .collect(Collectors.toUnmodifiableSet());

  private static final String DISTRICT_WORD = composed("জেলা");
  private static final String UPAZILA_WORD = composed("উপজেলা");

  // ';' separates implementers in minutes: two unknown ones become two entries
  private static final Pattern IMPLEMENTER_SEPARATOR = Pattern.compile("[;\\n]");

  // between two words, any of these ends a name: a word across them does not qualify the other; a line break too, as
  // it separates implementers
  private static final Pattern NAME_BREAK = Pattern.compile("[,;:।॥৷\\n]");

  // trimmed from both ends of what is left unresolved
  private static final Pattern EDGE = Pattern.compile(
      "^(?:[\\s,;:]|(?:ও|এবং)(?=\\s|$))+" // leading separators and connectors
          + "|(?:[\\s,;:]|(?<=\\s|^)(?:ও|এবং))+$"); // trailing ones

  private final PhraseTokenizer tokenizer;
  private final DistrictName district;
  private final PhraseIndex index;
  private final ActingCharge actingCharge;
  private final UpazilaNames upazilaNames;
  private final ListedUpazilas listedUpazilas;

  /** @param upazilas the district's upazilas, named as the file names them ("ঝিনাইদহ সদর", "কালীগঞ্জ") */
  ImplementerResolver(PhraseTokenizer tokenizer, DistrictName district, PhraseIndex index, List<Upazila> upazilas) {
    this.tokenizer = tokenizer;
    this.district = district;
    this.index = index;
    this.actingCharge = new ActingCharge(tokenizer);
    this.upazilaNames = new UpazilaNames(tokenizer, district, upazilas);
    this.listedUpazilas = new ListedUpazilas(upazilaNames);
  }

  private static String composed(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC);
  }

  /** @param committeeSecretary the office «সদস্য সচিব» names: the meeting's committee's member-secretary */
  Resolution resolve(List<String> phrases, Office committeeSecretary) {
    Set<Office> offices = new LinkedHashSet<>();
    Office lead = null;
    List<String> unresolved = new ArrayList<>();
    for (String phrase : phrases) {
      for (Part part : parts(phrase, committeeSecretary)) {
        if (part instanceof Part.Named named) {
          offices.add(named.office());
          lead = lead == null ? named.office() : lead;
        } else if (part instanceof Part.Members members) {
          offices.addAll(members.offices());
        } else if (part instanceof Part.Unknown unknown) {
          unresolved.add(unknown.text());
        }
      }
    }
    return new Resolution(List.copyOf(offices), lead, unresolved);
  }

  /** What one phrase names, in the order it names it. */
  private sealed interface Part {
    record Named(Office office) implements Part {}

    record Members(List<Office> offices) implements Part {}

    record Unknown(String text) implements Part {}
  }

  /**
   * A known phrase found in the text: words [from, to) of the words compared.
   *
   * @param seat whether the phrase names its office by the seat ("জেলা প্রশাসকের কার্যালয়")
   */
  private record Match(int from, int to, PhraseTarget target, boolean seat) {

    Match widened(int from, int to, PhraseTarget target) {
      return new Match(from, to, target, seat);
    }
  }

  private List<Part> parts(String text, Office committeeSecretary) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Token> tokens = tokenizer.tokenize(text);
    boolean[] districtName = district.occurrences(tokens);
    // a list's letter, an acting holder's note: not compared, so that the name beside them is read as without them
    boolean[] marked = new boolean[tokens.size()];
    ListMarks.mark(text, tokens, marked);
    actingCharge.mark(text, tokens, marked);
    // words that only repeat a place's name: never an implementer, never a qualifier of a known phrase
    boolean[] placeName = new boolean[tokens.size()];
    List<Token> compared = new ArrayList<>();
    List<Boolean> comparedPlaceName = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      placeName[i] = districtName[i] || scopeOfPlaceBefore(tokens, districtName, i, text);
      if (!districtName[i] && !marked[i]) {
        compared.add(tokens.get(i));
        comparedPlaceName.add(placeName[i]);
      }
    }
    List<Match> matches = limitSetsToUpazilas(findKnownPhrases(compared), compared, text);
    dropQualifiedMatches(matches, compared, comparedPlaceName, text);
    readSeatsAfterDesignations(matches, compared, comparedPlaceName, text);
    readRolesInBrackets(matches, compared, text);
    return partsInOrder(text, tokens, placeName, marked, compared, matches, committeeSecretary);
  }

  /** Whether token i is "জেলা" right after the district's name or "উপজেলা" right after an upazila's name. */
  private boolean scopeOfPlaceBefore(List<Token> tokens, boolean[] districtName, int i, String text) {
    String word = tokens.get(i).word();
    boolean districtWord = word.equals(DISTRICT_WORD);
    if (i == 0 || (!districtWord && !word.equals(UPAZILA_WORD))) {
      return false;
    }
    // words of one spelling variant share their place: no gap between them
    int gapStart = Math.min(tokens.get(i - 1).end(), tokens.get(i).start());
    if (!text.substring(gapStart, tokens.get(i).start()).isBlank()) {
      return false;
    }
    if (districtWord) {
      return districtName[i - 1];
    }
    List<String> before = tokens.subList(0, i).stream().map(Token::word).toList();
    return upazilaNames.slugAtEnd(before) != null;
  }

  /** The upazila a text names ("…কার্যালয়, কালীগঞ্জ, ঝিনাইদহ"), the longest name first; empty for none (a district's). */
  Optional<String> upazilaIn(String text) {
    return upazilaNames.slugIn(tokenizer.words(text == null ? "" : text));
  }

  private List<Match> findKnownPhrases(List<Token> compared) {
    List<String> words = compared.stream().map(Token::word).toList();
    List<Match> matches = new ArrayList<>();
    int at = 0;
    while (at < words.size()) {
      PhraseIndex.Hit hit = index.longestAt(words, at);
      if (hit == null) {
        at++;
      } else {
        matches.add(new Match(at, at + hit.length(), hit.target(), hit.seat()));
        at += hit.length();
      }
    }
    return matches;
  }

  /**
   * Takes an upazila's name beside a set into the set's match, which then stands for the set's members there. A set
   * with no member there is no match: its words go back as written, neither the whole set nor nothing. Further
   * upazilas listed beside it take the same post or set there ({@link #inListedUpazilas}).
   */
  private List<Match> limitSetsToUpazilas(List<Match> matches, List<Token> compared, String text) {
    List<Match> limited = new ArrayList<>();
    int claimed = 0; // words before this belong to an earlier match
    for (int m = 0; m < matches.size(); m++) {
      Match match = matches.get(m);
      Match next = m + 1 < matches.size() ? matches.get(m + 1) : null;
      int free = next != null ? next.from() : compared.size();
      Place place = null;
      String upazila = null;
      if (match.target() instanceof PhraseTarget.Every) {
        place = placeAfter(match, free, compared, text);
        place = place != null ? place : placeBefore(match, claimed, compared, text);
        upazila = place == null ? null : place.slug();
      } else if (match.target() instanceof PhraseTarget.Single single && single.office().upazila() != null) {
        place = ownPlace(single, match, next, claimed, free, compared, text);
        upazila = single.office().upazila();
      }
      PhraseTarget there = match.target();
      if (place != null && there instanceof PhraseTarget.Every every) {
        List<Office> members = membersIn(every, place.slug());
        there = members.isEmpty() ? null : new PhraseTarget.Every(every.set(), members);
      }
      int floor = claimed;
      claimed = place == null ? match.to() : place.to();
      if (there == null) {
        continue;
      }
      Match read = place == null ? match : match.widened(place.from(), place.to(), there);
      limited.add(read);
      for (Match listed : inListedUpazilas(read, match.target(), upazila, floor, free, compared, text)) {
        limited.add(listed);
        claimed = Math.max(claimed, listed.to());
      }
    }
    limited.sort(Comparator.comparingInt(Match::from));
    return limited;
  }

  /** The office's own upazila named beside it, or null ({@link #ownUpazila}). */
  private Place ownPlace(
      PhraseTarget.Single single, Match match, Match next, int claimed, int free, List<Token> compared, String text) {
    Place place = ownUpazila(single, placeAfter(match, free, compared, text));
    if (place != null && next != null && next.target() instanceof PhraseTarget.Every) {
      // "…, কালীগঞ্জ, কালীগঞ্জ উপজেলার সকল ইউনিয়ন পরিষদ": a name the next set takes as its own is the set's
      Place setsPlace = placeBefore(next, match.to(), compared, text);
      place = setsPlace != null && setsPlace.from() < place.to() ? null : place;
    }
    return place != null ? place : ownUpazila(single, placeBefore(match, claimed, compared, text));
  }

  private static List<Office> membersIn(PhraseTarget.Every every, String upazila) {
    return every.members().stream().filter(o -> upazila.equals(o.upazila())).toList();
  }

  /**
   * The same post or set in each further upazila listed beside the one a match is written with: "উপজেলা নির্বাহী
   * অফিসার, মহেশপুর ও কোটচাঁদপুর" is the UNO of each, "কালীগঞ্জ ও শৈলকুপা উপজেলার সকল ইউনিয়ন পরিষদ" the unions of
   * both. A post there is the directory's own phrase with the other upazila's name in place of the first, and must
   * name an office of that upazila; a set must have members there. The list stops at the first that is neither, and
   * the rest is asked about.
   *
   * @param all what the match's phrase names before any upazila limits it
   * @param upazila the upazila the match names, or null
   */
  private List<Match> inListedUpazilas(
      Match match, PhraseTarget all, String upazila, int floor, int free, List<Token> compared, String text) {
    if (upazila == null) {
      return List.of();
    }
    List<String> written = words(compared, match.from(), match.to());
    if (!written.isEmpty() && UpazilaNames.scopeWord(written.get(written.size() - 1))) {
      written = written.subList(0, written.size() - 1);
    }
    UpazilaNames.Name last = upazilaNames.endingAt(written, written.size(), 0);
    UpazilaNames.Name first = upazilaNames.startingAt(written, 0, written.size());
    List<Match> listed = new ArrayList<>();
    if (last != null && last.slug().equals(upazila)) {
      List<String> post = written.subList(0, written.size() - last.size());
      for (Place place : listedUpazilas.after(compared, match.to(), free, text)) {
        Match there = inUpazila(all, place, post, List.of(), compared);
        if (there == null) {
          break;
        }
        listed.add(there);
      }
    }
    if (first != null && first.slug().equals(upazila)) {
      List<String> post = written.subList(first.size(), written.size());
      List<Place> before = listedUpazilas.before(compared, match.from(), floor, text);
      for (int p = before.size() - 1; p >= 0; p--) { // nearest first: the list stops at the first unknown
        Match there = inUpazila(all, before.get(p), List.of(), post, compared);
        if (there == null) {
          break;
        }
        listed.add(there);
      }
    }
    return listed;
  }

  /** The post (the words around the upazila's name) or set in the upazila named at {@code place}, or null. */
  private Match inUpazila(
      PhraseTarget all, Place place, List<String> postBefore, List<String> postAfter, List<Token> compared) {
    if (all instanceof PhraseTarget.Every every) {
      List<Office> members = membersIn(every, place.slug());
      return members.isEmpty()
          ? null : new Match(place.from(), place.to(), new PhraseTarget.Every(every.set(), members), false);
    }
    List<String> name = words(compared, place.from(), place.to());
    if (UpazilaNames.scopeWord(name.get(name.size() - 1))) {
      name = name.subList(0, name.size() - 1);
    }
    List<String> phrase = new ArrayList<>(postBefore);
    phrase.addAll(name);
    phrase.addAll(postAfter);
    PhraseTarget there = index.get(phrase);
    return there instanceof PhraseTarget.Single single && place.slug().equals(single.office().upazila())
        ? new Match(place.from(), place.to(), single, false) : null;
  }

  /**
   * The upazila named beside a single office ("শিলাইদহ ইউনিয়ন পরিষদ, কুমারখালী", "কুমারখালী উপজেলার শিলাইদহ ইউনিয়ন
   * পরিষদ") when it is the office's own: it says where the office is, and is no implementer of its own. Another
   * upazila's name stays as written, and the secretary is asked.
   */
  private static Place ownUpazila(PhraseTarget.Single single, Place place) {
    return place != null && place.slug().equals(single.office().upazila()) ? place : null;
  }

  // "(সকল), কালীগঞ্জ", "(সকল), কালীগঞ্জ উপজেলা": the match widened by it; not across ';', where another
  // implementer starts
  private Place placeAfter(Match match, int free, List<Token> compared, String text) {
    int at = match.to();
    UpazilaNames.Name name = upazilaNames.startingAt(words(compared, 0, compared.size()), at, free);
    if (name == null || IMPLEMENTER_SEPARATOR.matcher(gap(compared, at - 1, text)).find()) {
      return null;
    }
    int end = at + name.size();
    if (end < free && compared.get(end).word().equals(UPAZILA_WORD)) {
      end++;
    }
    return new Place(match.from(), end, name.slug());
  }

  // "কালীগঞ্জ উপজেলার সকল …", "কালীগঞ্জ উপজেলার … (সকল)": only written together with the set, as one name
  private Place placeBefore(Match match, int claimed, List<Token> compared, String text) {
    int end = match.from();
    if (end > claimed && UpazilaNames.scopeWord(compared.get(end - 1).word())) {
      end--;
    }
    UpazilaNames.Name name = upazilaNames.endingAt(words(compared, 0, compared.size()), end, claimed);
    if (name == null) {
      return null;
    }
    int from = end - name.size();
    String gap = text.substring(compared.get(from).end(), compared.get(match.from()).start());
    return NAME_BREAK.matcher(gap).find() ? null : new Place(from, match.to(), name.slug());
  }

  private static List<String> words(List<Token> tokens, int from, int to) {
    return tokens.subList(from, to).stream().map(Token::word).toList();
  }

  /**
   * A known phrase written together with an unknown word ("অতিরিক্ত জেলা প্রশাসক" when only "জেলা প্রশাসক" is known)
   * names some other office: it is left unresolved rather than read as the shorter one.
   */
  private void dropQualifiedMatches(
      List<Match> matches, List<Token> compared, List<Boolean> placeName, String text) {
    boolean dropped = true;
    while (dropped) {
      dropped = matches.removeIf(
          match -> qualifiedBy(match.from() - 1, match.from(), matches, compared, placeName, text)
              || qualifiedBy(match.to(), match.to() - 1, matches, compared, placeName, text));
    }
  }

  private boolean qualifiedBy(
      int neighbour, int edge, List<Match> matches, List<Token> compared, List<Boolean> placeName, String text) {
    if (neighbour < 0 || neighbour >= compared.size() || inMatch(neighbour, matches)) {
      return false;
    }
    Token word = compared.get(neighbour);
    Token edgeWord = compared.get(edge);
    int gapStart = Math.min(word.end(), edgeWord.end());
    int gapEnd = Math.max(word.start(), edgeWord.start());
    boolean joined = gapStart >= gapEnd || !NAME_BREAK.matcher(text.substring(gapStart, gapEnd)).find();
    return joined && meaningful(word, placeName.get(neighbour));
  }

  /**
   * An office named by its seat right after a designation ("রেভিনিউ ডেপুটি কালেক্টর, জেলা প্রশাসকের কার্যালয়") says
   * where that officer sits, not that the office's head implements too (here the DC, who chairs the committee). After
   * a designation the directory does not know, the seat goes back with it, to be asked about whole; after an office
   * that sits there it only repeats where ("সহকারী কমিশনার, আইসিটি শাখা, জেলা প্রশাসকের কার্যালয়"); after one that
   * does not, it is either another implementer or a wrong seat, and is asked about. After «ও» or a ';' it is an
   * implementer.
   */
  private void readSeatsAfterDesignations(
      List<Match> matches, List<Token> compared, List<Boolean> placeName, String text) {
    for (int m = matches.size() - 1; m >= 0; m--) {
      Match seat = matches.get(m);
      int before = seat.from() - 1;
      if (!seat.seat() || before < 0 || IMPLEMENTER_SEPARATOR.matcher(gap(compared, before, text)).find()) {
        continue;
      }
      Match designation = m > 0 && matches.get(m - 1).to() == seat.from() ? matches.get(m - 1) : null;
      if (designation == null) {
        if (meaningful(compared.get(before), placeName.get(before))) {
          matches.remove(m); // an unknown designation: both go back as written
        }
      } else if (!designation.seat()) { // two seats in a row are two offices
        matches.remove(m);
        if (index.anyPhraseOfContains(designation.target(), words(compared, seat.from(), seat.to()))) {
          matches.set(m - 1, designation.widened(designation.from(), seat.to(), designation.target()));
        }
      }
    }
  }

  /**
   * «সদস্য সচিব» and an office beside it in brackets ("উপপরিচালক, স্থানীয় সরকার (সদস্য সচিব)", "সদস্য সচিব (উপপরিচালক,
   * স্থানীয় সরকার)") say that this office is the member-secretary: they name that office, not the committee's secretary
   * as well, who may be another office.
   */
  private static void readRolesInBrackets(List<Match> matches, List<Token> compared, String text) {
    for (int m = matches.size() - 1; m > 0; m--) {
      Match left = matches.get(m - 1);
      Match right = matches.get(m);
      boolean leftRole = left.target() instanceof PhraseTarget.CommitteeSecretary;
      boolean rightRole = right.target() instanceof PhraseTarget.CommitteeSecretary;
      if (leftRole != rightRole && left.to() == right.from() && gap(compared, left.to() - 1, text).contains("(")) {
        Match office = leftRole ? right : left;
        matches.set(m - 1, office.widened(left.from(), right.to(), office.target()));
        matches.remove(m);
      }
    }
  }

  /** The text between word {@code at} and the next; empty between the words of one spelling variant. */
  private static String gap(List<Token> tokens, int at, String text) {
    int end = tokens.get(at).end();
    return text.substring(end, Math.max(end, tokens.get(at + 1).start()));
  }

  private static boolean inMatch(int word, List<Match> matches) {
    return matches.stream().anyMatch(m -> m.from() <= word && word < m.to());
  }

  private List<Part> partsInOrder(
      String text, List<Token> tokens, boolean[] placeName, boolean[] marked, List<Token> compared,
      List<Match> matches, Office committeeSecretary) {
    List<Part> parts = new ArrayList<>();
    int leftFrom = 0;
    for (Match match : matches) {
      int start = compared.get(match.from()).start();
      addUnknown(parts, text, tokens, placeName, marked, leftFrom, start);
      if (match.target() instanceof PhraseTarget.Single single) {
        parts.add(new Part.Named(single.office()));
      } else if (match.target() instanceof PhraseTarget.Every every) {
        parts.add(new Part.Members(every.members()));
      } else if (match.target() instanceof PhraseTarget.CommitteeSecretary) {
        parts.add(new Part.Named(committeeSecretary));
      } // a phrase that names no office ("অফিস কপি") adds nothing
      leftFrom = compared.get(match.to() - 1).end();
    }
    addUnknown(parts, text, tokens, placeName, marked, leftFrom, text.length());
    return parts;
  }

  /** Adds what is left in text[from, to), one entry per implementer, unless it is only connectors and the like. */
  private static void addUnknown(
      List<Part> parts, String text, List<Token> tokens, boolean[] placeName, boolean[] marked, int from, int to) {
    if (from >= to) {
      return;
    }
    Matcher pieces = IMPLEMENTER_SEPARATOR.matcher(text.substring(from, to));
    int pieceStart = from;
    while (true) {
      boolean found = pieces.find();
      int pieceEnd = found ? from + pieces.start() : to;
      if (hasMeaningfulToken(tokens, placeName, marked, pieceStart, pieceEnd)) {
        int start = afterLeadingPlaceAndConnectors(tokens, placeName, pieceStart, pieceEnd);
        parts.add(new Part.Unknown(EDGE.matcher(text.substring(start, pieceEnd)).replaceAll("")));
      }
      if (!found) {
        return;
      }
      pieceStart = from + pieces.end();
    }
  }

  /**
   * Where what is left starts once a place name that ends the implementer before it, and the connector after it, are
   * dropped: after "সকল দপ্তর প্রধান" the rest of "…, ঝিনাইদহ ও পরিচালক, শিল্পকলা একাডেমি, ঝিনাইদহ" is the director, not
   * "ঝিনাইদহ ও পরিচালক, …"; a place name not followed by a connector is part of what follows it.
   */
  private static int afterLeadingPlaceAndConnectors(List<Token> tokens, boolean[] placeName, int from, int to) {
    boolean placeSeen = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.start() < from || token.end() > to) {
        continue;
      }
      if (placeName[i]) {
        placeSeen = true;
      } else if (placeSeen && CONNECTORS.contains(token.word())) {
        return token.end(); // "ঝিনাইদহ ও …": the place closed the implementer before
      } else {
        return from; // "ঝিনাইদহ পৌরসভা", "ঝিনাইদহ জেলা পরিষদ": the place is part of the name
      }
    }
    return from;
  }

  static final Set<String> CONNECTORS =
      Stream.of("ও", "এবং").map(ImplementerResolver::composed).collect(Collectors.toUnmodifiableSet());

  private static boolean hasMeaningfulToken(
      List<Token> tokens, boolean[] placeName, boolean[] marked, int from, int to) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.start() >= from && token.end() <= to && meaningful(token, placeName[i] || marked[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word left over could name someone: a blank to fill in does, a connector or list number does not. */
  private static boolean meaningful(Token token, boolean placeNameOrMark) {
    if (token.blank()) {
      return true;
    }
    return !placeNameOrMark && !FILLERS.contains(token.word()) && !token.word().chars().allMatch(Character::isDigit);
  }
}

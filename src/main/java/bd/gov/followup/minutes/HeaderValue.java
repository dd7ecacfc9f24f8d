package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A header table value read by its shape, not its label: a date, a time with ঘটিকা, a place (কক্ষ, মিলনায়তন), a
 * name (মোঃ, জনাব), a designation (প্রশাসক, অফিসার). The seed's labels are shifted by a row, so labels only break
 * ties for values without a shape of their own.
 *
 * @param invalidDate a date-shaped text that is no real day, or null
 * @param banglaDate the Bangabda date the value writes beside (or instead of) a Gregorian one, as written, or null
 * @param banglaGregorian that Bangabda date in the Gregorian calendar, or null when it names no real day
 * @param unknown what is left that has no recognisable shape, or null
 */
record HeaderValue(
    LocalDate date,
    String invalidDate,
    String banglaDate,
    LocalDate banglaGregorian,
    LocalTime time,
    String name,
    String designation,
    String place,
    boolean attendance,
    String unknown) {

  private static final List<String> PLACE_WORDS =
      List.of("কক্ষ", "মিলনায়তন", "হলরুম", "হল রুম", "অডিটোরিয়াম", "সার্কিট হাউস", "অনলাইন", "ভার্চুয়াল", "জুম", "zoom",
              "online")
          .stream()
          .map(Texts::nfc)
          .toList();
  private static final List<String> DESIGNATION_WORDS =
      List.of("প্রশাসক", "কমিশনার", "কর্মকর্তা", "অফিসার", "প্রোগ্রামার", "পরিচালক", "সচিব", "প্রকৌশলী", "চেয়ারম্যান",
              "মেয়র", "সুপার", "প্রধান", "ইউএনও", "অধ্যক্ষ", "সহকারী", "অতিরিক্ত", "উপদেষ্টা", "মন্ত্রী")
          .stream()
          .map(Texts::nfc)
          .toList();
  static final List<String> HONORIFICS =
      List.of("মোঃ", "মো:", "মো.", "মোছাঃ", "মোসাঃ", "মোহাম্মদ", "মুহাম্মদ", "জনাব", "বেগম", "ড.", "ডঃ", "ড:", "ডাঃ",
              "ডা.", "প্রফেসর", "অধ্যাপক", "সৈয়দ", "শেখ", "Md.", "Dr.", "Mr.", "Mrs.", "Ms.")
          .stream()
          .map(Texts::nfc)
          .toList();
  private static final List<String> TITLES = List.of("জনাব", "জনাবা").stream().map(Texts::nfc).toList();
  private static final Pattern ATTENDANCE =
      Pattern.compile(
          Texts.nfc(
              "পরিশিষ্ট[\\s\u00a0]*+[-–—:ঃ]?[\\s\u00a0]*+[\"“”'‘’]?[\\s\u00a0]*+[ক-হ]?[\\s\u00a0]*+[\"“”'‘’]?"
                  + "[\\s\u00a0]*+(?:দ্রষ্টব্য)?|দ্রষ্টব্য"));
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\([\\s\u00a0,]*+\\)");
  private static final Pattern DAY_PART_WORDS = Pattern.compile(Texts.nfc(
      "(?<![\\p{L}\\p{M}])(?:বেলা|সকাল|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত|ঘটিকায়|ঘটিকা|টায়|টা)(?![\\p{L}\\p{M}])"));
  private static final Pattern WEEKDAY_WORDS =
      Pattern.compile(
          Texts.nfc("রোজ|(?:রবি|রোব|সোম|মঙ্গল|বুধ|বৃহস্পতি|বৃহষ্পতি|শুক্র|শনি)বার|(?i:(?:sun|mon|tues|wednes|thurs|fri|satur)day)"));

  Set<HeaderKind> kinds() {
    Set<HeaderKind> kinds = EnumSet.noneOf(HeaderKind.class);
    if (date != null || invalidDate != null || banglaDate != null) {
      kinds.add(HeaderKind.DATE);
    }
    if (time != null) {
      kinds.add(HeaderKind.TIME);
    }
    if (name != null) {
      kinds.add(HeaderKind.NAME);
    }
    if (designation != null) {
      kinds.add(HeaderKind.DESIGNATION);
    }
    if (place != null) {
      kinds.add(HeaderKind.PLACE);
    }
    if (attendance) {
      kinds.add(HeaderKind.ATTENDANCE);
    }
    return kinds;
  }

  static HeaderValue of(String value) {
    String rest = value;
    LocalDate date = null;
    String invalidDate = null;
    Optional<DateMention> mention = DateFinder.gregorian(rest).stream().findFirst();
    if (mention.isPresent()) {
      DateMention m = mention.get();
      date = m.date();
      invalidDate = m.valid() ? null : rest.substring(m.start(), m.end());
      rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
    }
    // letters write the Bangabda date beside the Gregorian one, and some only the Bangabda one
    String banglaDate = null;
    LocalDate banglaGregorian = null;
    Optional<DateFinder.BanglaMention> bangla = DateFinder.bangla(rest).stream().findFirst();
    if (bangla.isPresent()) {
      DateFinder.BanglaMention b = bangla.get();
      banglaDate = Texts.strip(rest.substring(b.start(), b.end()));
      banglaGregorian = b.date() == null ? null : b.date().toGregorian();
      rest = rest.substring(0, b.start()) + " " + rest.substring(b.end());
    }
    LocalTime time = null;
    Optional<TimeMention> t = TimeFinder.first(rest);
    if (t.isPresent()) {
      time = t.get().time();
      rest = rest.substring(0, t.get().start()) + " " + rest.substring(t.get().end());
      rest = DAY_PART_WORDS.matcher(rest).replaceAll(" "); // "বেলা ১১.০০ টা": the time was read, its words with it
    }
    var attendanceMatcher = ATTENDANCE.matcher(rest);
    boolean attendance = attendanceMatcher.find();
    if (attendance) {
      rest = attendanceMatcher.replaceAll(" ");
    }
    if (date != null || banglaGregorian != null) {
      rest = WEEKDAY_WORDS.matcher(rest).replaceAll(" ");
      rest = EMPTY_BRACKETS.matcher(rest).replaceAll(" "); // what held the weekday: "২৪/১১/২০২৬ খ্রি. (মঙ্গলবার)"
    }
    rest = withoutEdgePunctuation(rest);
    String name = null;
    String designation = null;
    String place = null;
    String unknown = null;
    String[] lines = rest.split("\n", 2);
    if (!rest.isEmpty()) {
      if (containsAny(rest, PLACE_WORDS)) {
        place = rest;
      } else if (lines.length == 2 && isNameLine(lines[0]) && containsAny(lines[1], DESIGNATION_WORDS)) {
        // a Word cell with the name in one paragraph and the designation in the next
        name = withoutTitle(lines[0]);
        designation = lines[1];
      } else if (startsWithHonorific(rest)) {
        int comma = rest.indexOf(',');
        if (comma > 0 && containsAny(rest.substring(comma + 1), DESIGNATION_WORDS)) {
          name = withoutTitle(rest.substring(0, comma));
          designation = rest.substring(comma + 1);
        } else {
          name = withoutTitle(rest);
        }
      } else if (containsAny(rest, DESIGNATION_WORDS)) {
        designation = rest;
      } else {
        unknown = rest;
      }
    }
    designation = designation == null ? null : oneLine(designation);
    return new HeaderValue(date, invalidDate, banglaDate, banglaGregorian, time, name, designation, place, attendance, unknown);
  }

  /**
   * The name without "জনাব"/"জনাবা", a form of address the signature block does not write; মোঃ, মোছাঃ and বেগম are
   * kept, as they are part of the name.
   */
  static String withoutTitle(String name) {
    String s = Texts.strip(name);
    for (String title : TITLES) {
      if (s.startsWith(title) && s.length() > title.length()
          && (Texts.isSpace(s.charAt(title.length())) || s.charAt(title.length()) == '.')) {
        String rest = Texts.strip(s.substring(title.length() + 1));
        return rest.isEmpty() ? s : rest;
      }
    }
    return s;
  }

  /** A first line that is a name: short, no digits, no designation word. */
  private static boolean isNameLine(String line) {
    String s = Texts.strip(line);
    return !s.isEmpty() && s.length() <= 60 && !Texts.hasDigit(s) && !containsAny(s, DESIGNATION_WORDS);
  }

  /** A designation written over several lines (Word paragraphs), as one: "উপজেলা নির্বাহী অফিসার, ঝিনাইদহ সদর". */
  private static String oneLine(String designation) {
    List<String> parts = designation.lines().map(Texts::withoutEndPunctuation).filter(l -> !l.isEmpty()).toList();
    return String.join(", ", parts);
  }

  /** Without the commas, dashes and colons left at either end when a date or time is cut out of the value. */
  private static String withoutEdgePunctuation(String text) {
    String s = Texts.withoutTrailing(text, ",;।:–-/");
    int start = 0;
    while (start < s.length() && (",;।:ঃ–-/".indexOf(s.charAt(start)) >= 0 || Texts.isSpace(s.charAt(start)))) {
      start++;
    }
    return s.substring(start);
  }

  static boolean startsWithHonorific(String text) {
    return HONORIFICS.stream().anyMatch(text::startsWith);
  }

  static boolean looksLikeDesignation(String text) {
    return containsAny(text, DESIGNATION_WORDS);
  }

  private static boolean containsAny(String text, List<String> words) {
    // without the joiners old typing habits put in a conjunct ("কক্\u200Cষ"): they change its look, not the word
    String lower = text.replace("\u200c", "").replace("\u200d", "").toLowerCase(java.util.Locale.ROOT);
    return words.stream().anyMatch(lower::contains);
  }
}

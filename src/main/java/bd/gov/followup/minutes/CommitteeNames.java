package bd.gov.followup.minutes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committee's name from the minutes' title. The name is what links a meeting to the committee's earlier ones (its
 * open decisions carry over by it), so it must not keep the month or date of one meeting: "নভেম্বর/২০২৬ মাসের মাসিক
 * রাজস্ব সভার কার্যবিবরণী" and December's name the same committee, "মাসিক রাজস্ব".
 */
final class CommitteeNames {

  private static final String S = "[\\s\u00a0]*+";
  private static final Pattern TITLE = Pattern.compile(Texts.nfc("কার্য[\\s\u00a0]?বিবরণ[ীি]"));
  private static final Pattern SUBJECT = Pattern.compile(Texts.nfc("^বিষয়" + S + "[:ঃ]" + S));
  private static final String COMMITTEE = Texts.nfc("কমিটি");
  /** "গত", then a month and year ("নভেম্বর/২০২৬", "১১/২০২৬", "২০২৬ সালের নভেম্বর") or a month before "মাস". */
  private static final Pattern MONTH =
      Pattern.compile(
          Texts.nfc(
              "^(?:গত" + S + ")?(?:(?<word>[\\p{L}\\p{M}]++)\\.?" + S + "[/,'’‘-]?" + S + "(?<year>[0-9]{4}|[0-9]{2})"
                  + "(?![0-9])|[0-9]{1,2}" + S + "[/.-]" + S + "[0-9]{4}(?![0-9])"
                  + "|[0-9]{4}" + S + "(?:সালের|সনের|খ্রিস্টাব্দের|খ্রিষ্টাব্দের)" + S + "(?<after>[\\p{L}\\p{M}]++)"
                  + "|(?<bare>[\\p{L}\\p{M}]++)(?=" + S + "মাস))"));
  /**
   * What joins the date to the name: era, weekday, "মাসের", "তারিখে", "অনুষ্ঠিত", "এর", a word in brackets and
   * punctuation.
   */
  private static final Pattern JOINER =
      Pattern.compile(
          Texts.nfc(
              "^" + S + "(?:(?:খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রীষ্টাব্দ|খ্রিঃ|খ্রি:|খ্রীঃ|খ্রি\\.?|খ্রী\\.?|ইং\\.?|বঙ্গাব্দ"
                  + "|রোজ|(?:রবি|রোব|সোম|মঙ্গল|বুধ|বৃহস্পতি|বৃহষ্পতি|শুক্র|শনি)বার|মাসের|মাসে|মাস"
                  + "|তারিখের|তারিখে|তারিখ|সালের|এর|অনুষ্ঠিতব্য|অনুষ্ঠিত)(?![\\p{L}\\p{M}])"
                  // a word in brackets after the date qualifies that meeting ("(বিশেষ)", "(মঙ্গলবার)"), not the name
                  + "|\\([^()]{1,20}\\)|[-,():ঃ/])"));
  private static final Pattern GOT = Pattern.compile(Texts.nfc("^গত" + S));
  /**
   * "জেলা প্রশাসক, ঝিনাইদহ এর সভাপতিত্বে অনুষ্ঠিত …", "জনাব …-এর সভাপতিত্বে গত …": who chaired this meeting, said
   * before the committee's name, is not part of it.
   */
  private static final Pattern CHAIRED_BY =
      Pattern.compile(Texts.nfc("^[^\\n]{1,200}?সভাপতিত্বে(?![\\p{L}\\p{M}])" + S
          + "(?:অনুষ্ঠিত(?:ব্য)?(?![\\p{L}\\p{M}])" + S + ")?"));
  private static final Pattern MEETING_OF = Pattern.compile(Texts.nfc("(?<![\\p{L}\\p{M}])সভার(?![\\p{L}\\p{M}])"));

  private CommitteeNames() {}

  /** "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভার …" → "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটি". */
  static String of(String title) {
    String t = withoutChair(SUBJECT.matcher(Texts.strip(title)).replaceFirst(""));
    String name = nameIn(withoutLeadingPeriod(t));
    return name != null ? name : nameIn(t); // "নভেম্বর/২০২৬ মাসের সভার কার্যবিবরণী" names no more than that
  }

  private static String nameIn(String t) {
    int at = t.indexOf(COMMITTEE);
    if (at >= 0) {
      return Texts.strip(t.substring(0, at + COMMITTEE.length()));
    }
    Matcher m = TITLE.matcher(t);
    String beforeMinutes = m.find() ? t.substring(0, m.start()) : t;
    // "জেলা উন্নয়ন সমন্বয় সভার অক্টোবর ২০২৬ মাসে অনুষ্ঠিত সভার": the name ends before a meeting's date
    Matcher meeting = MEETING_OF.matcher(beforeMinutes);
    while (meeting.find()) {
      String named = Texts.strip(beforeMinutes.substring(0, meeting.start()));
      if (!named.isEmpty() && periodEnd(Texts.strip(beforeMinutes.substring(meeting.end()))) > 0) {
        return Texts.withoutEndPunctuation(named);
      }
    }
    String committee = Texts.strip(beforeMinutes.replaceAll(Texts.nfc("(সভার|সভা)[\\s\u00a0]*$"), ""));
    return committee.isEmpty() ? null : Texts.withoutEndPunctuation(committee);
  }

  private static String withoutChair(String title) {
    Matcher chaired = CHAIRED_BY.matcher(title);
    if (!chaired.lookingAt()) {
      return title;
    }
    String rest = Texts.strip(title.substring(chaired.end()));
    return rest.isEmpty() ? title : rest;
  }

  /**
   * The title without the month or date of the meeting it starts with ("সেপ্টেম্বর/২০২৬ মাসের …", "গত ০৫ নভেম্বর
   * ২০২৬ খ্রিঃ তারিখে অনুষ্ঠিত …"); unchanged when nothing would be left of it.
   */
  static String withoutLeadingPeriod(String title) {
    int end = periodEnd(title);
    if (end == 0) {
      return title;
    }
    Matcher joiner = JOINER.matcher(title);
    while (joiner.region(end, title.length()).lookingAt()) {
      end = joiner.end();
    }
    String rest = Texts.strip(title.substring(end));
    return rest.isEmpty() ? title : rest;
  }

  /** Where a leading date or month-and-year ends (after "গত"), or 0 when the title starts with neither. */
  private static int periodEnd(String title) {
    Matcher got = GOT.matcher(title);
    int from = got.lookingAt() ? got.end() : 0;
    String rest = title.substring(from);
    List<DateMention> dates = DateFinder.gregorian(rest);
    if (!dates.isEmpty() && dates.get(0).start() == 0) {
      return from + dates.get(0).end();
    }
    List<DateFinder.BanglaMention> banglaDates = DateFinder.bangla(rest);
    if (!banglaDates.isEmpty() && banglaDates.get(0).start() == 0) {
      return from + banglaDates.get(0).end();
    }
    Matcher m = MONTH.matcher(BengaliDigits.toAscii(title));
    if (!m.lookingAt()) {
      return 0;
    }
    String word = m.group("word") != null ? m.group("word") : m.group("after") != null ? m.group("after") : m.group("bare");
    boolean month = word == null || MonthNames.gregorian(word) != 0 || MonthNames.bangla(word) != 0;
    return month ? m.end() : 0;
  }
}

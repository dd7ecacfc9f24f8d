package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the lines of minutes, from either reader, into a meeting: the decision table splits them into the header
 * above and the sign-off below; each part has its own extractor.
 */
final class MinutesExtractor {

  /** Minutes typed in Bijoy: every later check would fail, each for a reason of its own; one answer instead. */
  static final String LEGACY_FONT = "ফাইলে কোনো বাংলা ইউনিকোড অক্ষর নেই: লেখাটি সম্ভবত বিজয় (সুতনিএমজে)"
      + " ফন্টে লেখা। ইউনিকোডে রূপান্তর করে (যেমন অভ্রর ইউনিকোড কনভার্টার বা নিকস-এ) আবার দিন / the file holds no"
      + " Bengali Unicode: probably typed in Bijoy (SutonnyMJ); convert it to Unicode and upload it again";

  /**
   * Bengali saved as UTF-8, then opened as Windows' ANSI (Windows-1252) and saved again: each letter is now two or
   * three Latin ones, "à¦¸à¦­à¦¾" for "সভা". Not Bijoy, and no font converter mends it: the original file does.
   */
  static final String UTF8_READ_AS_ANSI = "ফাইলের বাংলা লেখা ভেঙে «à¦…» ধরনের অক্ষর হয়ে গেছে: ইউনিকোড (UTF-8)"
      + " লেখাটি কোনো সময় Windows-1252 (ANSI) হিসেবে খুলে আবার সংরক্ষণ করা হয়েছে। মূল ফাইলটি দিন, অথবা ফাইলটি"
      + " UTF-8 হিসেবে খুলে ঠিক বাংলা দেখা গেলে তবে সংরক্ষণ করুন / the Bengali in the file has turned into «à¦…»:"
      + " UTF-8 text was opened as Windows-1252 (ANSI) and saved again; upload the original file";

  /** "à¦" and "à§": how the first two bytes of every Bengali letter in UTF-8 read in Windows-1252. */
  private static final java.util.regex.Pattern BENGALI_READ_AS_ANSI = java.util.regex.Pattern.compile("à[¦§]");

  private MinutesExtractor() {}

  static ExtractedMinutes extract(List<SourceLine> lines) {
    Findings findings = new Findings();
    if (legacyEncoded(lines)) {
      // Bijoy/SutonnyMJ keep Bengali as Latin letters: every later check would fail, each for a reason of its own
      findings.problem("document", "document", utf8ReadAsAnsi(lines) ? UTF8_READ_AS_ANSI : LEGACY_FONT);
      throw findings.failure();
    }
    Optional<DecisionTable> found = DecisionTable.locate(lines, findings);
    if (found.isEmpty()) {
      found = DecisionParagraphs.locate(lines, findings);
    }
    if (found.isEmpty()) {
      found = DecisionTable.locateTypedWithSpaces(lines, findings);
    }
    List<SourceLine> head = found.map(t -> lines.subList(0, t.headerIndex())).orElse(lines);
    List<SourceLine> tail = found.map(t -> lines.subList(t.end(), lines.size())).orElse(List.of());
    MeetingHeader header = new HeaderExtractor(findings).extract(head);
    SignOff signOff = new SignOffExtractor(findings).extract(head, tail, header.chairName());
    if (found.isEmpty()) {
      findings.problem(
          "decisions", "document", "সিদ্ধান্তের সারণি (ক্র / আলোচনা / সিদ্ধান্ত / বাস্তবায়নকারী) পাওয়া যায়নি, ক্রমিক"
              + " নম্বরযুক্ত সিদ্ধান্তের অনুচ্ছেদও (১. বিষয় / সিদ্ধান্ত: … / বাস্তবায়নকারী: …) নয়। সারণির ঘরগুলো ট্যাব"
              + " বা ওয়ার্ডের সারণি দিয়ে আলাদা করুন, অথবা প্রতিটি সিদ্ধান্ত এভাবে লিখুন / no decision table (ক্র /"
              + " আলোচনা / সিদ্ধান্ত / বাস্তবায়নকারী) and no numbered decision paragraphs were found: separate the table's"
              + " cells by tabs or use a Word table, or write each decision that way");
      throw findings.failure();
    }
    DecisionTable table = found.get();
    if (table.rows().isEmpty()) {
      findings.problem("decisions", table.headerLocation(), "সিদ্ধান্তের সারণিতে কোনো সিদ্ধান্ত নেই; শিরোনামের নিচে"
          + " প্রতিটি সিদ্ধান্ত ক্রমিক নম্বরসহ এক সারিতে লিখুন / the decision table has no decision: write each decision"
          + " in a row of its own under the header, with its number");
    }
    LocalDate deadlineBase = signOff.issueDate() != null ? signOff.issueDate() : header.date();
    DecisionExtractor.Decisions decisions = new DecisionExtractor(findings).extract(table.rows(), deadlineBase);
    Person chair = chair(header, signOff.signatories(), findings);
    Meeting meeting =
        new Meeting(
            header.committee(),
            header.office(),
            chair,
            header.date(),
            header.time(),
            header.place(),
            signOff.memoNumber(),
            signOff.issueDate(),
            signOff.issueDateBangla(),
            signOff.signatories(),
            signOff.distribution(),
            decisions.list(),
            decisions.meetingDeadline());
    return findings.result(meeting);
  }

  /**
   * The chair: the name from the header table, with the email (and, if the header lacks it, the designation) of the
   * signature block that bears the same name.
   */
  private static Person chair(MeetingHeader header, List<Person> signatories, Findings findings) {
    Optional<Person> signed =
        header.chairName() == null
            ? Optional.empty()
            : signatories.stream().filter(p -> sameName(p.name(), header.chairName())).findFirst();
    if (header.chairName() == null && header.chairDesignation() != null) {
      return chairByDesignation(Texts.withoutEndPunctuation(header.chairDesignation()), signatories, findings);
    }
    if (header.chairName() == null) {
      if (signatories.isEmpty()) {
        findings.warn("chair", "document", "সভাপতির নাম পাওয়া যায়নি");
        return null;
      }
      findings.warn("chair", "document", "সভাপতির নাম সারণিতে নেই; প্রথম স্বাক্ষরকারীকে সভাপতি ধরা হয়েছে");
      return signatories.get(0);
    }
    String designation =
        header.chairDesignation() != null
            ? Texts.withoutEndPunctuation(header.chairDesignation())
            : signed.map(Person::designation).orElse(null);
    if (header.chairDesignation() != null
        && signed.map(Person::designation).filter(d -> !sameDesignation(d, designation)).isPresent()) {
      findings.warn(
          "chair.designation", "document", "সভাপতির পদবি সারণিতে আর স্বাক্ষরে আলাদা: «" + signed.get().designation() + "»");
    }
    return new Person(header.chairName(), designation, signed.map(Person::email).orElse(null));
  }

  /**
   * A chair the header names only by designation ("সভাপতি: উপজেলা নির্বাহী অফিসার, কোটচাঁদপুর"): the signatory of
   * that designation, else the designation alone, which the secretary can complete.
   */
  private static Person chairByDesignation(String designation, List<Person> signatories, Findings findings) {
    Optional<Person> signed =
        signatories.stream().filter(p -> sameDesignation(p.designation(), designation)).findFirst();
    if (signed.isPresent()) {
      findings.warn("chair", "document", "সভাপতির নাম সারণিতে নেই; একই পদবির স্বাক্ষরকারী «" + signed.get().name()
          + "»-কে সভাপতি ধরা হয়েছে");
      return new Person(signed.get().name(), designation, signed.get().email());
    }
    findings.warn("chair", "document", "সভাপতির নাম পাওয়া যায়নি; শুধু পদবি «" + designation + "» রাখা হয়েছে");
    return new Person(null, designation, null);
  }

  /** A designation is the same when one goes on from the other: a signature block adds the district below it. */
  private static boolean sameDesignation(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = nameKey(withoutCommitteeChair(a));
    String y = nameKey(withoutCommitteeChair(b));
    return x.startsWith(y) || y.startsWith(x);
  }

  /**
   * A post signed with the committee's chair beside it, "জেলা প্রশাসক ও সভাপতি, জেলা আইন-শৃঙ্খলা কমিটি, ঝিনাইদহ": the
   * post is "জেলা প্রশাসক, ঝিনাইদহ", as the header names it.
   */
  private static String withoutCommitteeChair(String designation) {
    return COMMITTEE_CHAIR.matcher(designation).replaceFirst("");
  }

  private static final java.util.regex.Pattern COMMITTEE_CHAIR = java.util.regex.Pattern.compile(
      Texts.nfc("[\\s\u00a0]+(?:ও|এবং)[\\s\u00a0]+সভাপতি(?:[\\s\u00a0]*,[^,]*কমিটি)?"));

  /** Names compare without spaces and abbreviation marks: "মোঃ" and "মো:" are the same. */
  static boolean sameName(String a, String b) {
    return a != null && b != null && nameKey(a).equals(nameKey(b));
  }

  /** Also without a leading জনাব, জনাবা or বেগম: "বেগম নাসরিন সুলতানা" signs as "নাসরিন সুলতানা". */
  private static String nameKey(String name) {
    String key = name.replaceAll("[\\s\u00a0.:ঃ,।()]", "").toLowerCase(Locale.ROOT);
    return key.replaceFirst(ADDRESS, "");
  }

  private static final String ADDRESS = Texts.nfc("^(?:জনাবা|জনাব|বেগম)(?=.)");

  /**
   * Minutes with letters in plenty but not one Bengali character: Bengali typed in a legacy ASCII font (Bijoy's
   * SutonnyMJ), which reads as "Rb¨" here. Minutes in English are not what this reader reads either.
   */
  static boolean legacyEncoded(List<SourceLine> lines) {
    return legacyEncoded(String.join("\n", lines.stream().flatMap(line -> line.cells().stream()).toList()));
  }

  /**
   * Latin letters that are Bengali UTF-8 read as Windows-1252: most of the letters come in the pairs every Bengali
   * letter turns into. Bijoy's Latin letters make such a pair rarely, if ever.
   */
  static boolean utf8ReadAsAnsi(List<SourceLine> lines) {
    int pairs = 0;
    int letters = 0;
    for (SourceLine line : lines) {
      for (String cell : line.cells()) {
        var m = BENGALI_READ_AS_ANSI.matcher(cell);
        while (m.find()) {
          pairs++;
        }
        letters += (int) cell.codePoints().filter(Character::isLetter).count();
      }
    }
    return pairs >= 10 && pairs * 4 >= letters;
  }

  /** The same of a text: no Bengali character, and at least 40 letters. */
  static boolean legacyEncoded(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0980' && c <= '\u09FF') {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 40;
  }
}

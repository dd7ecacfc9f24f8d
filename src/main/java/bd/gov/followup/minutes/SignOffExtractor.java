package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines outside the decision table that close the minutes: memo number (নম্বর:), issue date (তারিখ:)
 * in both calendars, signature blocks, and the distribution list (বিতরণ).
 */
final class SignOffExtractor {

  private static final String S = "[\\s\u00a0]*";
  private static final Pattern MEMO_LABEL =
      Pattern.compile(Texts.nfc("^(স্মারক" + S + "(?:নং|নম্বর)?|নম্বর|নং|নাম্বার)" + S + "([:ঃ\\-–])?" + S + "(.*)$"));
  private static final String MEMO_WORD = Texts.nfc("স্মারক");
  private static final Pattern MEMO_NUMBER = Pattern.compile("^[0-9০-৯]+(?:[./-][0-9০-৯]+){3,}");
  /** The same with a space typed around a separator ("…২৩. ৪৫৯", "…/২০২৩ - ১২"): still one number. */
  private static final Pattern MEMO_NUMBER_SPACED =
      Pattern.compile("^[0-9০-৯]+(?:" + S + "[./-]" + S + "[0-9০-৯]+){3,}");
  private static final Pattern ISSUE_DATE_LABEL = Pattern.compile(Texts.nfc("(?:^|[\\s\u00a0])তারিখ" + S + "[:ঃ]" + S));
  private static final Pattern DISTRIBUTION = Pattern.compile(Texts.nfc("^(?:বিতরণ|অনুলিপি)"));
  /** The word inside a heading: "সদয় জ্ঞাতার্থে/কার্যার্থে বিতরণ:"; not "বিতরণে", a word of the text. */
  private static final Pattern DISTRIBUTION_WORD =
      Pattern.compile(Texts.nfc("(?<![\\p{L}\\p{M}])(?:বিতরণ|অনুলিপি)(?![\\p{L}\\p{M}&&[^ঃ]])"
          // a memo's own way to head its list: "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো:"
          + "|(?<![\\p{L}\\p{M}])(?:প্রেরণ[\\s\u00a0]+করা[\\s\u00a0]+হ(?:লো|ল|ইল|য়)|প্রেরিত[\\s\u00a0]+হ(?:লো|ল))"
          + "(?![\\p{L}\\p{M}])"));
  /**
   * What a recipient is sent the minutes for, written after its name: "জেলা প্রশাসক, ঝিনাইদহ মহোদয়ের সদয় অবগতির
   * জন্য", "(সদয় জ্ঞাতার্থে)". Not part of whom to send them to.
   */
  private static final Pattern PURPOSE =
      Pattern.compile(Texts.nfc("[\\s\u00a0,]*(?<![\\p{L}\\p{M}])\\(?(?:মহোদয়(?:ের|া|ার)?[\\s\u00a0]*)?(?:এর[\\s\u00a0]+)?"
          + "(?:সদয়[\\s\u00a0]+)?(?:অবগতি|জ্ঞাতার্থে|কার্যার্থে|প্রয়োজনীয়[\\s\u00a0]+ব্যবস্থা)[^()]*\\)?$"
          + "|[\\s\u00a0,]+মহোদয়(?:া)?$"));
  private static final int MAX_HEADING = 100;
  private static final int MAX_RECIPIENT = 300;
  private static final Pattern ENTRY =
      Pattern.compile("^[-–—•*]?" + S + "([0-9০-৯]{1,3})" + S + "[।.)ঃ:]" + S + "(.*)$");
  // starts only at a token's start and bounded like real addresses, so a long run of letters stays linear
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}");
  private static final Pattern PHONE = Pattern.compile(Texts.nfc("^(?:ফোন|টেলিফোন|মোবাইল|ফ্যাক্স|phone|tel|fax|mobile)"),
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile("^[^:ঃ\\t]{1,30}[:ঃ]");
  private static final int MAX_DESIGNATION_LINES = 3;
  private static final String AND = Texts.nfc("এবং");
  private static final String ALSO = Texts.nfc("ও");

  private final Findings findings;

  SignOffExtractor(Findings findings) {
    this.findings = findings;
  }

  /**
   * @param head the lines above the decision table (a memo number may stand at the top)
   * @param tail the lines below it
   * @param chairName the chair's name in the header, or null: a signature may write it without honorific or brackets
   */
  SignOff extract(List<SourceLine> head, List<SourceLine> tail, String chairName) {
    List<SourceLine> outside = new ArrayList<>(tail);
    outside.addAll(head);
    String memo = memoNumber(outside);
    List<SignatureDate> signatureDates = signatureDates(tail);
    // "তারিখ:" below the table is the issue date; above it, only beside a memo number (else it is the meeting's)
    LocalDate issueDate = issueDate(tail, false);
    issueDate = issueDate != null ? issueDate : issueDate(head, true);
    String banglaWritten = null;
    BanglaDate bangla = null;
    String banglaLocation = null;
    for (SourceLine line : outside) {
      List<DateFinder.BanglaMention> found = line.isRow() ? List.of() : DateFinder.bangla(line.cell(0));
      if (!found.isEmpty()) {
        DateFinder.BanglaMention first = found.get(0);
        banglaWritten = Texts.strip(line.cell(0).substring(first.start(), first.end()));
        bangla = first.date();
        banglaLocation = line.location();
        if (bangla == null) {
          findings.warn("issueDateBangla", banglaLocation, "«" + banglaWritten + "» বাংলা পঞ্জিকার কোনো সঠিক দিন নয়");
        }
        break;
      }
    }
    if (issueDate == null && !signatureDates.isEmpty()) {
      issueDate = signatureDates.get(0).date();
      findings.warn("issueDate", signatureDates.get(0).location(), "‘তারিখ:’ লাইন নেই; স্বাক্ষরের তারিখটি জারির তারিখ ধরা হয়েছে");
    }
    if (issueDate == null && bangla != null) {
      issueDate = bangla.toGregorian();
      findings.warn("issueDate", banglaLocation, "খ্রিস্টীয় তারিখ নেই; বাংলা তারিখ থেকে হিসাব করা হয়েছে");
    }
    if (issueDate == null) {
      findings.warn("issueDate", "document", "জারির তারিখ পাওয়া যায়নি");
    } else {
      if (bangla != null && !bangla.toGregorian().equals(issueDate)) {
        findings.warn(
            "issueDateBangla",
            banglaLocation,
            "«" + banglaWritten + "» হলো " + BengaliDates.format(bangla.toGregorian()) + ", কিন্তু জারির তারিখ "
                + BengaliDates.format(issueDate)
                // a misread year (০০২৪) has no Bangabda date: the warning says so without it
                + (BanglaDate.covers(issueDate)
                    ? "; " + BengaliDates.format(issueDate) + " = " + BanglaDate.of(issueDate).format() : ""));
      }
      for (SignatureDate d : signatureDates) {
        if (!d.date().equals(issueDate)) {
          findings.warn(
              "issueDate",
              d.location(),
              "স্বাক্ষরের তারিখ " + BengaliDates.format(d.date()) + ", কিন্তু জারির তারিখ " + BengaliDates.format(issueDate));
        }
      }
    }
    return new SignOff(memo, issueDate, banglaWritten, signatories(tail, chairName), distribution(tail));
  }

  private String memoNumber(List<SourceLine> lines) {
    String unreadableAt = null;
    for (SourceLine line : lines) {
      Matcher m = MEMO_LABEL.matcher(labelText(line));
      if (!m.matches()) {
        continue;
      }
      String value = Texts.strip(m.group(3));
      String number = memoNumberIn(value, line.location());
      if (number != null) {
        return number;
      }
      if (m.group(2) != null && unreadableAt == null) {
        unreadableAt = line.location(); // a labelled line whose value is no memo number
      }
    }
    // only when no line has a number of digits, so that every memo number read before is read the same
    for (SourceLine line : lines) {
      Matcher m = MEMO_LABEL.matcher(labelText(line));
      String number = m.matches() && (m.group(2) != null || m.group(1).startsWith(MEMO_WORD))
          ? LetteredMemoNumber.at(Texts.strip(m.group(3))) : null;
      if (number != null) {
        findings.warn("memoNumber", line.location(), "স্মারক নম্বরে অঙ্কের সঙ্গে বর্ণও আছে: «" + number + "»; নম্বরটি"
            + " পুরো পড়া হয়েছে কি না মিলিয়ে দেখুন: সভা ও এর সিদ্ধান্তগুলো এই নম্বরেই নিবন্ধিত হবে");
        return number;
      }
    }
    if (unreadableAt != null) {
      findings.problem("memoNumber", unreadableAt, "স্মারক নম্বর পড়া যায়নি (যেমন: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯) / the memo"
          + " number cannot be read (e.g. 56.04.4400.000.34.002.19.69)");
    } else {
      // the meeting is registered under it: without one nothing could be found again, so say where it goes
      findings.problem("memoNumber", "document", "স্মারক নম্বর পাওয়া যায়নি; স্বাক্ষরের নিচে «নম্বর: ৫৬.০৪.৪৪০০.০০০.৩৪.০০২.১৯.৬৯»"
          + " এর মতো একটি লাইন লিখুন / the memo number is missing; write a line such as «নম্বর: 56.04.4400.000.34.002.19.69»"
          + " under the signature");
    }
    return null;
  }

  /**
   * The memo number at the start of a labelled value. A space typed around a separator must not cut it short: the
   * rest would be lost without a word, and two meetings differing only there would get one key. Spaces are dropped,
   * with a warning, unless what follows the spaced separator is a date ("… ৬৯ - ০৬/১২/২০২৩").
   */
  private String memoNumberIn(String value, String location) {
    Matcher strict = MEMO_NUMBER.matcher(value);
    String number = strict.find() ? strict.group() : null;
    int from = number == null ? 0 : number.length();
    // a date written after the number, in either calendar and in any form, is no part of it: the number ends before
    int upTo = value.length();
    for (DateMention date : DateFinder.gregorian(value)) {
      if (date.start() >= from) {
        upTo = Math.min(upTo, date.start());
      }
    }
    for (DateFinder.BanglaMention date : DateFinder.bangla(value)) {
      if (date.start() >= from) {
        upTo = Math.min(upTo, date.start());
      }
    }
    Matcher spaced = MEMO_NUMBER_SPACED.matcher(value.substring(0, upTo));
    if (!spaced.find() || spaced.end() <= from) {
      return number;
    }
    String joined = spaced.group().replaceAll(S, "");
    findings.warn("memoNumber", location,
        "স্মারক নম্বরের ভেতরের ফাঁকা স্থান বাদ দিয়ে পড়া হয়েছে: «" + joined + "» (লেখা ছিল «" + spaced.group() + "»)");
    return joined;
  }

  /** The first Gregorian date on a "তারিখ:" line (also after a memo number on the same line). */
  private LocalDate issueDate(List<SourceLine> lines, boolean onlyBesideMemoNumber) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      String text = labelText(line);
      Matcher label = ISSUE_DATE_LABEL.matcher(text);
      boolean besideMemoNumber = MEMO_LABEL.matcher(text).matches();
      if (!label.find() || (label.start() > 0 || onlyBesideMemoNumber) && !besideMemoNumber) {
        continue;
      }
      String value = text.substring(label.end());
      Optional<DateMention> date = DateFinder.gregorian(value).stream().filter(DateMention::valid).findFirst();
      if (date.isPresent()) {
        HeaderExtractor.checkWeekday(findings, "issueDate", value, date.get().date(), line.location());
        return date.get().date();
      }
      SourceLine below = gregorianBelowLabel(lines, i);
      if (below != null) {
        return DateFinder.whole(below.cell(0)).orElseThrow();
      }
    }
    return null;
  }

  /**
   * "তারিখ: ২১ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ" over "০৬ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ", as government letters stack the two dates:
   * the next written line, when it is a date alone and the label's own line holds no Gregorian date; else null.
   */
  private static SourceLine gregorianBelowLabel(List<SourceLine> lines, int labelIndex) {
    SourceLine labelLine = lines.get(labelIndex);
    if (labelLine.isRow()) {
      return null;
    }
    Matcher label = ISSUE_DATE_LABEL.matcher(labelLine.cell(0));
    if (!label.find() || !DateFinder.gregorian(labelLine.cell(0).substring(label.end())).isEmpty()) {
      return null;
    }
    for (int j = labelIndex + 1; j < lines.size(); j++) {
      SourceLine next = lines.get(j);
      if (!next.isBlank()) {
        return !next.isRow() && DateFinder.whole(next.cell(0)).isPresent() ? next : null;
      }
    }
    return null;
  }

  private record SignatureDate(LocalDate date, String location) {}

  /** Lines that are only a date: the date beside a signature. */
  private static List<SignatureDate> signatureDates(List<SourceLine> tail) {
    List<SignatureDate> dates = new ArrayList<>();
    Set<SourceLine> belowLabels = new HashSet<>();
    for (int i = 0; i < tail.size(); i++) {
      SourceLine below = gregorianBelowLabel(tail, i);
      if (below != null) {
        belowLabels.add(below); // the issue date's second half, not a date beside a signature
      }
    }
    for (SourceLine line : tail) {
      if (!line.isRow() && !belowLabels.contains(line)) {
        DateFinder.whole(line.cell(0)).ifPresent(d -> dates.add(new SignatureDate(d, line.location())));
      }
    }
    return dates;
  }

  /**
   * A signature block: a name (মোঃ …, "(…)", the chair's name, or the line after a signature date), then its
   * designation lines, then an email.
   */
  private static List<Person> signatories(List<SourceLine> tail, String chairName) {
    List<Person> people = new ArrayList<>();
    boolean afterSignatureDate = false;
    for (int i = 0; i < tail.size(); i++) {
      SourceLine line = tail.get(i);
      if (line.isBlank()) {
        continue;
      }
      String text = line.cell(0);
      String bracketed = bracketedName(tail, i);
      boolean name =
          !line.isRow()
              && text.length() <= 60
              && (HeaderValue.startsWithHonorific(text)
                  || bracketed != null
                  || chairsName(tail, i, chairName)
                  || (afterSignatureDate && isPlain(line) && !Texts.hasDigit(text) && text.length() <= 40));
      text = bracketed != null ? bracketed : text;
      afterSignatureDate = !line.isRow() && DateFinder.whole(text).isPresent();
      if (!name) {
        continue;
      }
      int j = nextNonBlank(tail, i + 1);
      List<String> designation = new ArrayList<>();
      boolean joining = false; // after a line "ও": the office and the committee's chair are one designation
      while (j < tail.size() && isPlain(tail.get(j)) && (designation.size() < MAX_DESIGNATION_LINES || joining)) {
        String part = Texts.withoutEndPunctuation(tail.get(j).cell(0));
        if ((part.equals(ALSO) || part.equals(AND)) && !designation.isEmpty()) {
          designation.set(designation.size() - 1, designation.get(designation.size() - 1) + " " + part);
          joining = true;
        } else if (joining) {
          designation.set(designation.size() - 1, designation.get(designation.size() - 1) + " " + part);
          joining = false;
        } else {
          designation.add(part);
        }
        j++;
      }
      String email = null;
      for (int k = nextNonBlank(tail, j), seen = 0; k < tail.size() && seen < 3; k = nextNonBlank(tail, k + 1), seen++) {
        Matcher m = EMAIL.matcher(tail.get(k).text());
        if (m.find()) {
          email = m.group();
          j = k + 1;
          break;
        }
        if (!PHONE.matcher(tail.get(k).cell(0)).find()) {
          break;
        }
      }
      designation.removeIf(String::isEmpty);
      people.add(
          new Person(
              Texts.withoutEndPunctuation(text), designation.isEmpty() ? null : String.join(", ", designation), email));
      i = j - 1;
    }
    return people;
  }

  /**
   * The name of a signature written in brackets, "(মোহাম্মদ আবু সাঈদ)", above its designation; null for any other
   * line (a bracketed note is not followed by a designation).
   */
  private static String bracketedName(List<SourceLine> tail, int i) {
    SourceLine line = tail.get(i);
    String text = line.cell(0);
    if (line.isRow() || !text.startsWith("(") || !text.endsWith(")")) {
      return null;
    }
    String inner = Texts.strip(text.substring(1, text.length() - 1));
    int next = nextNonBlank(tail, i + 1);
    boolean name = !inner.isEmpty() && inner.length() <= 40 && !Texts.hasDigit(inner) && inner.indexOf('(') < 0
        && !HeaderValue.looksLikeDesignation(inner);
    return name && next < tail.size() && isPlain(tail.get(next))
        && HeaderValue.looksLikeDesignation(tail.get(next).cell(0)) ? inner : null;
  }

  /**
   * The chair's name as the header gives it, written plain ("ফারজানা ইয়াসমিন") above a designation: a signature
   * name, though it has no honorific or brackets to tell it from a line of the designation.
   */
  private static boolean chairsName(List<SourceLine> tail, int i, String chairName) {
    int next = nextNonBlank(tail, i + 1);
    return chairName != null && !tail.get(i).isRow() && MinutesExtractor.sameName(tail.get(i).cell(0), chairName)
        && next < tail.size() && isPlain(tail.get(next)) && HeaderValue.looksLikeDesignation(tail.get(next).cell(0));
  }

  /** A line that can be part of a designation: not a date, label, list entry, email, name or long sentence. */
  private static boolean isPlain(SourceLine line) {
    if (line.isRow() || line.isBlank()) {
      return false;
    }
    String text = line.cell(0);
    return text.length() <= 120
        && !EMAIL.matcher(text).find()
        && !text.contains("http")
        && !LABEL.matcher(text).find()
        && !ENTRY.matcher(text).matches()
        && !distributionHeading(text)
        && !HeaderValue.startsWithHonorific(text)
        && DateFinder.gregorian(text).isEmpty()
        && DateFinder.bangla(text).isEmpty();
  }

  private static int nextNonBlank(List<SourceLine> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /**
   * The numbered entries after the distribution heading, and after any later one (a copy list, অনুলিপি), without their
   * number and the list's own punctuation (; এবং ।). The minutes are mailed to these lists: minutes without one reach
   * nobody, which the secretary is told. An unnumbered line inside a list (one the numbering goes on after) is no end
   * of it: the rest of an entry cut at a comma, or a recipient written without a number, read with a warning.
   */
  private List<Recipient> distribution(List<SourceLine> tail) {
    List<Recipient> recipients = new ArrayList<>();
    int i = 0;
    while (i < tail.size() && !isDistributionHeading(tail, i)) {
      i++;
    }
    if (i == tail.size()) {
      findings.warn("distribution", lastLineOf(tail), "বিতরণ তালিকা (বিতরণ: ১। …) পাওয়া যায়নি; কার্যবিবরণী বিতরণ"
          + " তালিকার প্রাপকদেরই পাঠানো হয়, তাই এখন কেউ তা পাবেন না। তালিকাটি যোগ করুন");
      return recipients;
    }
    String heading = tail.get(i).location();
    List<Entry> entries = new ArrayList<>();
    Integer lastNumber = null;
    for (i++; i < tail.size(); i++) {
      SourceLine line = tail.get(i);
      if (line.isBlank()) {
        continue;
      }
      Matcher m = line.isRow() ? null : ENTRY.matcher(line.cell(0));
      if (m != null && m.matches()) {
        lastNumber = Integer.parseInt(BengaliDigits.toAscii(m.group(1)));
        entries.add(new Entry(lastNumber, m.group(2), line.location()));
        continue;
      }
      Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      boolean inList = last != null && !line.isRow() && !isDistributionHeading(tail, i)
          && numberingGoesOn(tail, i + 1, lastNumber);
      if (inList && cutAtAComma(last.text())) {
        last.wrapsOnto(line.cell(0)); // "৪। উপপরিচালক, জেলা পরিসংখ্যান কার্যালয়," then "ঝিনাইদহ;"
        continue;
      }
      if (inList) {
        entries.add(new Entry(0, line.cell(0), line.location()));
        findings.warn("distribution", line.location(), "বিতরণ তালিকার এই প্রাপকের ক্রমিক নম্বর নেই; তালিকার অংশ হিসেবে"
            + " প্রাপক ধরা হয়েছে: «" + DecisionTable.abbreviate(line.cell(0)) + "»");
        continue;
      }
      // minutes often have a second list, "অনুলিপি (সদয় অবগতির জন্য):", after the first or after a signature:
      // its recipients are sent the minutes too
      while (i < tail.size() && !isDistributionHeading(tail, i)) {
        i++;
      }
    }
    for (Entry entry : entries) {
      String text = Texts.withoutEndPunctuation(entry.text());
      if (text.endsWith(AND) && (text.length() == AND.length() || Texts.isSpace(text.charAt(text.length() - AND.length() - 1))
          || text.charAt(text.length() - AND.length() - 1) == '।')) {
        text = Texts.withoutEndPunctuation(text.substring(0, text.length() - AND.length()));
      }
      // a recipient is a line of a list: only such a line is searched (the pattern is quadratic on a megabyte run)
      String named = text.length() > MAX_RECIPIENT
          ? text : Texts.withoutEndPunctuation(PURPOSE.matcher(text).replaceFirst(""));
      text = named.isEmpty() ? text : named;
      if (text.isEmpty()) {
        findings.warn("distribution", entry.location(), "বিতরণ তালিকার এই ক্রমিকে কোনো প্রাপক লেখা নেই");
        continue;
      }
      recipients.add(new Recipient(entry.number(), text, null));
    }
    if (recipients.isEmpty()) {
      findings.warn("distribution", heading, "বিতরণ তালিকায় ক্রমিক নম্বরসহ (১। …) কোনো প্রাপক পড়া যায়নি; কার্যবিবরণী"
          + " কেউ পাবেন না। প্রাপকদের ১।, ২। … দিয়ে লিখুন");
    }
    return recipients;
  }

  /** A list entry as written: its number (0 when it has none) and its text, maybe over more than one line. */
  private static final class Entry {
    private final int number;
    private final String location;
    private String text;

    Entry(int number, String text, String location) {
      this.number = number;
      this.text = text;
      this.location = location;
    }

    int number() {
      return number;
    }

    String text() {
      return text;
    }

    String location() {
      return location;
    }

    void wrapsOnto(String more) {
      text = Texts.strip(text) + " " + Texts.strip(more);
    }
  }

  private static final int MAX_UNNUMBERED_LINES = 5;

  /**
   * Whether the list's next numbered entry, after at most a few unnumbered lines and before any heading, numbers on
   * from {@code last}: the lines before it are still the list's (after the list, a signature or a copy list
   * starting at ১ follows).
   */
  private static boolean numberingGoesOn(List<SourceLine> tail, int from, Integer last) {
    if (last == null) {
      return false;
    }
    for (int j = from, unnumbered = 0; j < tail.size() && unnumbered <= MAX_UNNUMBERED_LINES; j++) {
      SourceLine line = tail.get(j);
      if (line.isBlank()) {
        continue;
      }
      if (line.isRow() || isDistributionHeading(tail, j)) {
        return false;
      }
      Matcher m = ENTRY.matcher(line.cell(0));
      if (m.matches()) {
        return Integer.parseInt(BengaliDigits.toAscii(m.group(1))) == last + 1;
      }
      unnumbered++;
    }
    return false;
  }

  /** Whether an entry's line stops at a comma: "৪। উপপরিচালক, জেলা পরিসংখ্যান কার্যালয়," goes on on the next line. */
  private static boolean cutAtAComma(String text) {
    return Texts.strip(text).endsWith(",");
  }

  /**
   * The distribution list's heading: a line that starts with বিতরণ or অনুলিপি, or a short one that has the word and
   * ends with a colon or stands above the first entry ("সদয় জ্ঞাতার্থে/কার্যার্থে বিতরণ:").
   */
  private static boolean isDistributionHeading(List<SourceLine> tail, int i) {
    SourceLine line = tail.get(i);
    if (line.isRow()) {
      return false;
    }
    String text = line.cell(0);
    if (distributionHeading(text)) {
      return true;
    }
    int next = nextNonBlank(tail, i + 1);
    return text.length() <= MAX_HEADING
        && DISTRIBUTION_WORD.matcher(text).find()
        && next < tail.size()
        && !tail.get(next).isRow()
        && ENTRY.matcher(tail.get(next).cell(0)).matches();
  }

  private static boolean distributionHeading(String text) {
    return DISTRIBUTION.matcher(text).find()
        || text.length() <= MAX_HEADING && DISTRIBUTION_WORD.matcher(text).find() && Texts.withoutTrailing(text, ")")
            .matches("(?s).*[:ঃ]|.*[:ঃ][\\s\u00a0]*\\(.*");
  }

  /** Where the sign-off ends (a missing list belongs there), or "document" when nothing follows the table. */
  private static String lastLineOf(List<SourceLine> tail) {
    for (int i = tail.size() - 1; i >= 0; i--) {
      if (!tail.get(i).isBlank()) {
        return tail.get(i).location();
      }
    }
    return "document";
  }

  /**
   * A row "label | value" read like a line "label: value"; a Word cell's paragraphs ("তারিখ: ১৬ অগ্রহায়ণ ১৪৩৩
   * বঙ্গাব্দ" over "০১ ডিসেম্বর ২০২৬ খ্রিস্টাব্দ") as one line, as a line's label reads its value to the line's end.
   */
  private static String labelText(SourceLine line) {
    if (!line.isRow()) {
      return line.cell(0);
    }
    String label = Texts.withoutTrailing(line.cell(0), ":ঃ");
    return (label + ": " + String.join(" ", line.cells().subList(1, line.cells().size()))).replace('\n', ' ');
  }
}

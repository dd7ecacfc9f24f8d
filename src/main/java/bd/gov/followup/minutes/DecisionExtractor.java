package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of the decision table into decisions: topic and discussion, implementers as written, and
 * deadlines. Only a decision about the time limit of the others sets the meeting's deadline; any other decision's
 * date or span is its own, even when it is addressed to all offices (সকল দপ্তর).
 */
final class DecisionExtractor {

  /** The decisions, and the meeting's general deadline if one decision sets it. */
  record Decisions(List<Decision> list, LocalDate meetingDeadline) {}

  // ';' as the minutes separate implementers, a line break as a Word cell's paragraphs do; never "ও"
  private static final Pattern IMPLEMENTER_SEPARATOR = Pattern.compile("[;\n]");
  /** A list item's mark at a line's start: "২।", "(খ)", "গ)", "iii)", "-", "•". */
  private static final Pattern LIST_MARK = Pattern.compile(
      "^(?:[-–—•*▪]|\\(?\\s*(?:[0-9০-৯]{1,3}|\\p{IsBengali}|[ivxIVX]{1,4}|[a-zA-Z])\\s*[।.)ঃ:](?![\\p{M}]))");
  private static final String DEADLINE_TOPIC = Texts.nfc("সময়সীমা");
  private static final String ALL_DECISIONS = Texts.nfc("সকল সিদ্ধান্ত");
  /** "সকল ওয়েব পোর্টাল হালনাগাদের জন্য সময়সীমা": a time limit for all of it */
  private static final Pattern FOR_ALL = Pattern.compile(Texts.nfc(
      "(?<![\\p{L}\\p{M}])(?:সকল|সব|সমস্ত)(?![\\p{L}\\p{M}])"));
  /** "সময়সীমা নির্ধারণ", "বাস্তবায়নের সময়সীমা": a topic that is the time limit and nothing else */
  private static final String TIME_LIMIT_WORD =
      "(?:সিদ্ধান্ত(?:সমূহ|গুলো|গুলোর|সমূহের)?|বাস্তবায়ন(?:ের)?|কার্যক্রম(?:ের)?|কাজের|নির্ধারণ|সময়সীমা|এর|জন্য|ও)";
  private static final Pattern TIME_LIMIT_ONLY = Pattern.compile(Texts.nfc(
      "^" + TIME_LIMIT_WORD + "(?:[\\s\u00a0,:ঃ।-]+" + TIME_LIMIT_WORD + ")*+[\\s\u00a0,:ঃ।-]*$"));
  private static final Pattern EARLIER_MINUTES =
      Pattern.compile(Texts.nfc("(গত|পূর্ববর্তী|পূর্বের|আগের)\\s+সভার\\s+কার্যবিবরণী"));
  // how minutes say the previous minutes were confirmed: দৃঢ়ীকরণ, দৃঢ়ীকৃত, দৃঢ়করণ, অনুমোদন, অনুমোদিত
  private static final Pattern CONFIRMED = Pattern.compile(Texts.nfc("দৃঢ়ী?ক|অনুমোদ"));

  /**
   * A decision that seems to give a deadline none was read from; warned of once the meeting's deadline is known.
   *
   * @param what the words that look like a deadline, or null for a time-limit decision that gives none
   */
  private record Unread(String field, String location, String label, String what) {}

  private final Findings findings;
  private final List<Unread> unread = new ArrayList<>();
  private LocalDate meetingDeadline;
  /** the label of the decision that gave the meeting's deadline ("সিদ্ধান্ত ০৫: "), for the warnings that apply it */
  private String meetingDeadlineFrom;
  private Integer meetingWorkingDays;

  DecisionExtractor(Findings findings) {
    this.findings = findings;
  }

  /**
   * @param deadlineBase the date a span of calendar days counts from (the issue date, else the meeting date)
   */
  Decisions extract(List<DecisionTable.Row> rows, LocalDate deadlineBase) {
    List<Decision> decisions = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      DecisionTable.Row row = rows.get(i);
      int number = row.number() != null ? row.number() : i + 1;
      String field = "decisions[" + i + "]";
      if (!numbers.add(number)) {
        findings.warn(field + ".number", row.location(), "সিদ্ধান্ত " + numbered(number) + " দুইবার আছে");
      } else if (i > 0 && number != decisions.get(i - 1).number() + 1) {
        findings.warn(field + ".number", row.location(), "সিদ্ধান্তের ক্রমিক নম্বর ধারাবাহিক নয়");
      }
      findings.decisionAt(number, row.location());
      decisions.add(decision(row, number, field, findings.decisionTextPlace(i, row.location()), deadlineBase));
    }
    if (meetingWorkingDays != null) {
      // a span for all has no date to put in Meeting.deadline: each decision without a deadline of its own gets it
      Integer span = meetingWorkingDays;
      decisions.replaceAll(
          d ->
              d.deadline() == null && d.deadlineWorkingDays() == null
                  ? new Decision(d.number(), d.topic(), d.discussion(), d.text(), d.implementers(), null, span)
                  : d);
    }
    unread.forEach(this::warnUnread);
    return new Decisions(decisions, meetingDeadline);
  }

  /** @param place where the decision's text is: its row, or a paragraph's সিদ্ধান্ত line */
  private Decision decision(
      DecisionTable.Row row, int number, String field, String place, LocalDate deadlineBase) {
    String label = "সিদ্ধান্ত " + numbered(number) + ": ";
    String topic = null;
    String discussion = row.discussion();
    int colon = Texts.labelColon(discussion);
    if (!Texts.strip(row.topic()).isEmpty()) {
      topic = Texts.strip(row.topic()); // a subject column of its own
      discussion = Texts.strip(discussion).isEmpty() ? null : Texts.strip(discussion);
    } else if (colon > 0) {
      topic = Texts.strip(discussion.substring(0, colon));
      discussion = Texts.strip(discussion.substring(colon + 1));
    } else if (isSubject(discussion)) {
      // an "আলোচ্য বিষয়" column holds the subject alone ("খাস জমি উদ্ধার"): the decision's title, not a discussion
      topic = Texts.strip(discussion);
      discussion = null;
    }
    String text = row.decision();
    if (text.isEmpty()) {
      findings.problem(field + ".text", place, label + "সিদ্ধান্তের ঘর ফাঁকা; সিদ্ধান্তটি লিখুন / decision "
          + String.format(java.util.Locale.ROOT, "%02d", number) + ": the decision's cell is empty; write the decision");
    }
    List<String> implementers =
        IMPLEMENTER_SEPARATOR
            .splitAsStream(joinedAtCommas(row.implementers()))
            .map(Texts::withoutEndPunctuation)
            .filter(s -> !s.isEmpty())
            .toList();
    if (implementers.isEmpty()) {
      findings.problem(field + ".implementers", place, withoutImplementers(number));
    }

    if (confirmsEarlierMinutes(topic, text)) {
      findings.warn(field, row.location(), label + "আগের সভার কার্যবিবরণী দৃঢ়ীকরণের মতো দেখায়। কোনো দপ্তরের করণীয়"
          + " না থাকলে নিচের «সিদ্ধান্তসমূহ» ঘর থেকে এটি মুছে দিন; নইলে এটিও অন্য সিদ্ধান্তের মতো অনুসরণ করা হবে");
    }
    boolean forAll = isAboutTheTimeLimit(topic, text);
    String deadlineField = forAll ? "deadline" : field + ".deadline";
    WrittenDeadline inText =
        WrittenDeadline.read(DeadlineText.of(text), deadlineBase, findings, deadlineField, row.location(), label);
    WrittenDeadline inCell =
        row.deadline().isEmpty()
            ? WrittenDeadline.NONE
            : WrittenDeadline.read(
                DeadlineText.ofCell(row.deadline()),
                deadlineBase,
                findings,
                field + ".deadline",
                row.location(),
                label + "সময়সীমার ঘরে ");
    if (forAll && !inText.dates().isEmpty()) {
      setMeetingDeadline(inText.first(), row.location(), label);
    } else if (forAll && inText.workingDays() != null && meetingWorkingDays == null) {
      meetingWorkingDays = inText.workingDays();
    }
    if (!inCell.isEmpty() && !inText.isEmpty() && !inCell.agreesWith(inText)) {
      findings.warn(field + ".deadline", row.location(),
          label + "সময়সীমার ঘরে আর সিদ্ধান্তের লেখায় আলাদা সময়সীমা; ঘরেরটি এই সিদ্ধান্তের সময়সীমা ধরা হয়েছে");
    }
    // the cell is this decision's own; a time-limit decision's date in its text is the meeting's, not its own
    WrittenDeadline written = inCell.isEmpty() ? inText : inCell;
    LocalDate own = written == inText && forAll ? null : written.first();
    Integer workingDays = written.workingDays();
    if (own == null && workingDays == null) {
      noteUnread(inText, inCell, text, row, forAll, field, deadlineField, label);
    }
    return new Decision(number, topic, discussion, text, implementers, own, workingDays);
  }

  /** Remembers a decision whose text or cell looks like a deadline that nothing was read from. */
  private void noteUnread(
      WrittenDeadline inText,
      WrittenDeadline inCell,
      String text,
      DecisionTable.Row row,
      boolean forAll,
      String field,
      String deadlineField,
      String label) {
    // a সময়সীমা cell is there to hold a deadline: any words in it that give none ("চলমান", "আগামী সভার পূর্বে") are
    // said, not dropped; a dash is an empty cell
    String written = Texts.strip(row.deadline());
    String cell = inCell.reported() ? null
        : DeadlineHint.inCell(row.deadline()) != null ? DeadlineHint.inCell(row.deadline())
        : written.codePoints().anyMatch(Character::isLetter) ? written : null;
    String words = inText.reported() || !inText.isEmpty() ? null : DeadlineHint.in(text);
    if (cell != null) {
      unread.add(new Unread(field + ".deadline", row.location(), label, "সময়সীমার ঘরের «" + cell + "»"));
    } else if (words != null) {
      unread.add(new Unread(deadlineField, row.location(), label, "«" + words + "»"));
    } else if (forAll && inText.isEmpty() && !inText.reported()) {
      unread.add(new Unread(deadlineField, row.location(), label, null));
    }
  }

  private void warnUnread(Unread u) {
    String applies;
    if (meetingDeadline != null) {
      applies = "সভার সাধারণ সময়সীমা " + BengaliDates.formatShort(meetingDeadline)
          + (meetingDeadlineFrom == null ? "" : " (" + Texts.withoutTrailing(meetingDeadlineFrom, ":") + "-এ দেওয়া)");
    } else if (meetingWorkingDays != null) {
      applies = "সভার সাধারণ সময়সীমা (জারির তারিখ থেকে " + BengaliDigits.of(meetingWorkingDays) + " কর্মদিবস)";
    } else {
      applies = "অ্যাপ্লিকেশনের ডিফল্ট সময়সীমা";
    }
    String message =
        u.what() == null
            ? "সময়সীমার এই সিদ্ধান্ত থেকে কোনো তারিখ বা মেয়াদ পড়া যায়নি; নিজের সময়সীমা ছাড়া সিদ্ধান্তগুলোতে " + applies
                + " প্রযোজ্য হবে"
            : u.what() + " সময়সীমার মতো দেখায়, কিন্তু তা থেকে সময়সীমা পড়া যায়নি; এই সিদ্ধান্তে " + applies
                + " প্রযোজ্য হবে";
    findings.warn(u.field(), u.location(), u.label() + message);
  }

  /**
   * The implementers' lines with a line cut at a comma joined to the next: "পুলিশ সুপার," over "ঝিনাইদহ" (a Word
   * cell's two paragraphs, a text table's continuation row, a paragraph's next line) is one office, as a designation
   * and its place are written. A next line that starts a list item of its own ("২। …", "(খ) …") stays its own.
   */
  static String joinedAtCommas(String implementers) {
    String[] lines = implementers.split("\n", -1);
    StringBuilder joined = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = Texts.strip(lines[i]);
      boolean goesOn = Texts.strip(lines[i - 1]).endsWith(",") && !line.isEmpty()
          && !LIST_MARK.matcher(line).lookingAt();
      joined.append(goesOn ? " " : "\n").append(goesOn ? line : lines[i]);
    }
    return joined.toString();
  }

  /**
   * The refusal of a decision that names no implementer, at its decision: where the offices go, in both languages,
   * as the paragraph reader's other refusals say which label to write.
   */
  private static String withoutImplementers(int number) {
    return "সিদ্ধান্ত " + numbered(number) + ": বাস্তবায়নকারী লেখা নেই। সিদ্ধান্তের নিচের লাইনে «বাস্তবায়নে: …» (বা"
        + " «বাস্তবায়নকারী: …», «দায়িত্ব: …») দিয়ে দপ্তরগুলোর নাম লিখুন, সারণি হলে বাস্তবায়নকারীর ঘরে / decision "
        + String.format(java.util.Locale.ROOT, "%02d", number) + " names no implementer: write the offices on the"
        + " line under the decision after 'বাস্তবায়নে:' (or 'বাস্তবায়নকারী:', 'দায়িত্ব:'); in a table, in the"
        + " implementers' column";
  }

  /** "০৩", as the minutes and every other message number a decision. */
  private static String numbered(int number) {
    return BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", number));
  }

  /** A few words without a sentence's end: a subject, as the agenda names it. */
  private static boolean isSubject(String cell) {
    String text = Texts.strip(cell);
    return !text.isEmpty() && text.length() <= 60 && text.indexOf('\n') < 0 && text.indexOf('।') < 0
        && !text.endsWith(".") && text.split("\\s+").length <= 8;
  }

  /**
   * Whether a row records that the meeting confirmed the previous minutes (most minutes' first item, "বিগত সভার
   * কার্যবিবরণী দৃঢ়ীকরণ"): a formality with nothing for an office to do, though it often names the secretary.
   */
  static boolean confirmsEarlierMinutes(String topic, String text) {
    String said = (topic == null ? "" : topic + " ") + text;
    return EARLIER_MINUTES.matcher(said).find() && CONFIRMED.matcher(said).find();
  }

  /**
   * Whether a decision sets the time limit for the others: its topic is the সময়সীমা (the seed's ০৫, "সকল ওয়েব
   * পোর্টাল হালনাগাদের জন্য সময়সীমা", "সময়সীমা নির্ধারণ"), or its text speaks of all decisions ("সভার সকল সিদ্ধান্ত …
   * তারিখের মধ্যে"). A topic about one task's time limit ("ই-নামজারি আবেদন নিষ্পত্তির সময়সীমা") is that decision's
   * own. "সকল" in the text alone names who acts ("সকল দপ্তর"), not whose deadline it is.
   */
  private static boolean isAboutTheTimeLimit(String topic, String text) {
    return (topic != null && topic.contains(DEADLINE_TOPIC)
            && (FOR_ALL.matcher(topic).find() || TIME_LIMIT_ONLY.matcher(Texts.strip(topic)).matches()))
        || text.contains(ALL_DECISIONS);
  }

  private void setMeetingDeadline(LocalDate date, String location, String label) {
    if (meetingDeadline == null) {
      meetingDeadline = date;
      meetingDeadlineFrom = label;
    } else if (!meetingDeadline.equals(date)) {
      findings.warn("deadline", location, label + "সভার সাধারণ সময়সীমা আগেই অন্য তারিখে দেওয়া আছে; প্রথমটি নেওয়া হয়েছে");
    }
  }
}

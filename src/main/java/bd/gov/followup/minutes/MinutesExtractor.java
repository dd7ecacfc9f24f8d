package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of minutes, from either reader, into a meeting: the decision table splits them into the header
 * above and the sign-off below; each part has its own extractor.
 */
final class MinutesExtractor {

  private static final Pattern IMPLEMENTER_SEPARATOR = Pattern.compile("[;\n]");
  private static final String DEADLINE_TOPIC = Texts.nfc("সময়সীমা");
  private static final String ALL = Texts.nfc("সকল");

  private MinutesExtractor() {}

  static ExtractedMinutes extract(List<SourceLine> lines) {
    Findings findings = new Findings();
    Optional<DecisionTable> found = DecisionTable.locate(lines, findings);
    List<SourceLine> head = found.map(t -> lines.subList(0, t.headerIndex())).orElse(lines);
    List<SourceLine> tail = found.map(t -> lines.subList(t.end(), lines.size())).orElse(List.of());
    MeetingHeader header = new HeaderExtractor(findings).extract(head);
    SignOff signOff = new SignOffExtractor(findings).extract(head, tail);
    if (found.isEmpty()) {
      findings.problem(
          "decisions", "document", "সিদ্ধান্তের সারণি (ক্র / আলোচনা / সিদ্ধান্ত / বাস্তবায়নকারী) পাওয়া যায়নি");
      throw findings.failure();
    }
    DecisionTable table = found.get();
    if (table.rows().isEmpty()) {
      findings.problem("decisions", table.headerLocation(), "সিদ্ধান্তের সারণিতে কোনো সিদ্ধান্ত নেই");
    }
    LocalDate deadlineBase = signOff.issueDate() != null ? signOff.issueDate() : header.date();
    Decisions decisions = decisions(table.rows(), deadlineBase, findings);
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

  private record Decisions(List<Decision> list, LocalDate meetingDeadline) {}

  private static Decisions decisions(List<DecisionTable.Row> rows, LocalDate deadlineBase, Findings findings) {
    List<Decision> decisions = new ArrayList<>();
    LocalDate meetingDeadline = null;
    Integer meetingWorkingDays = null;
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      DecisionTable.Row row = rows.get(i);
      String field = "decisions[" + i + "]";
      int number = row.number() != null ? row.number() : i + 1;
      if (!numbers.add(number)) {
        findings.warn(field + ".number", row.location(), "সিদ্ধান্ত " + BengaliDigits.of(number) + " দুইবার আছে");
      } else if (i > 0 && number != decisions.get(i - 1).number() + 1) {
        findings.warn(field + ".number", row.location(), "সিদ্ধান্তের ক্রমিক নম্বর ধারাবাহিক নয়");
      }
      String topic = null;
      String discussion = row.discussion();
      int colon = Texts.labelColon(discussion);
      if (colon > 0) {
        topic = Texts.strip(discussion.substring(0, colon));
        discussion = Texts.strip(discussion.substring(colon + 1));
      }
      String text = row.decision();
      List<String> implementers =
          IMPLEMENTER_SEPARATOR.splitAsStream(row.implementers())
              .map(Texts::withoutEndPunctuation)
              .filter(s -> !s.isEmpty())
              .toList();
      String label = "সিদ্ধান্ত " + BengaliDigits.of(number) + ": ";
      if (text.isEmpty()) {
        findings.problem(field + ".text", row.location(), label + "সিদ্ধান্তের ঘর ফাঁকা");
      }
      if (implementers.isEmpty()) {
        findings.problem(field + ".implementers", row.location(), label + "বাস্তবায়নকারী লেখা নেই");
      }

      boolean forAll = (topic != null && topic.contains(DEADLINE_TOPIC)) || text.contains(ALL);
      String deadlineField = forAll ? "deadline" : field + ".deadline";
      DeadlineText deadline = DeadlineText.of(text);
      if (deadline.notADate() != null) {
        findings.problem(deadlineField, row.location(), label + "সময়সীমা «" + deadline.notADate() + "» কোনো সঠিক তারিখ নয়");
      }
      if (deadline.undated() != null) {
        findings.warn(
            deadlineField, row.location(), label + "«" + deadline.undated() + "» থেকে সময়সীমার তারিখ পাওয়া যায়নি");
      }
      List<LocalDate> dates = new ArrayList<>(deadline.dates());
      if (deadline.calendarDays() != null) {
        if (deadlineBase == null) {
          findings.warn(deadlineField, row.location(), label + "দিনের হিসাবের সময়সীমা গোনার তারিখ (জারির তারিখ) নেই");
        } else {
          dates.add(deadlineBase.plusDays(deadline.calendarDays()));
        }
      }
      if (dates.stream().distinct().count() > 1) {
        findings.warn(deadlineField, row.location(), label + "একাধিক সময়সীমা লেখা আছে; প্রথমটি নেওয়া হয়েছে");
      }
      LocalDate own = null;
      Integer workingDays = dates.isEmpty() ? deadline.workingDays() : null;
      if (!dates.isEmpty() && forAll) {
        if (meetingDeadline != null && !meetingDeadline.equals(dates.get(0))) {
          findings.warn("deadline", row.location(), label + "সভার সাধারণ সময়সীমা আগেই অন্য তারিখে দেওয়া আছে; প্রথমটি নেওয়া হয়েছে");
        } else {
          meetingDeadline = dates.get(0);
        }
      } else if (!dates.isEmpty()) {
        own = dates.get(0);
      } else if (workingDays != null && forAll && meetingWorkingDays == null) {
        meetingWorkingDays = workingDays;
      }
      decisions.add(
          new Decision(number, topic, discussion, text, implementers, own, workingDays));
    }
    if (meetingWorkingDays != null) {
      // a span for all decisions has no date to put in Meeting.deadline: each decision without its own gets it
      Integer span = meetingWorkingDays;
      decisions.replaceAll(
          d -> d.deadline() == null && d.deadlineWorkingDays() == null
              ? new Decision(d.number(), d.topic(), d.discussion(), d.text(), d.implementers(), null, span)
              : d);
    }
    return new Decisions(decisions, meetingDeadline);
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
        && signed.map(Person::designation).filter(d -> !sameName(d, designation)).isPresent()) {
      findings.warn(
          "chair.designation", "document", "সভাপতির পদবি সারণিতে আর স্বাক্ষরে আলাদা: «" + signed.get().designation() + "»");
    }
    return new Person(header.chairName(), designation, signed.map(Person::email).orElse(null));
  }

  /** Names compare without spaces and abbreviation marks: "মোঃ" and "মো:" are the same. */
  private static boolean sameName(String a, String b) {
    return a != null && b != null && nameKey(a).equals(nameKey(b));
  }

  private static String nameKey(String name) {
    return name.replaceAll("[\\s\u00a0.:ঃ,।()]", "").toLowerCase(Locale.ROOT);
  }
}

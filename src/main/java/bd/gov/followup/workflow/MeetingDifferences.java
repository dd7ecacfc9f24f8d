package bd.gov.followup.workflow;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where minutes sent under a registered memo number differ from the registered ones, as the secretary names the
 * parts: the secretary who imports a corrected file learns what the correction was, not only that it was refused.
 */
final class MeetingDifferences {

  private MeetingDifferences() {}

  /** "স্থান / place", "সিদ্ধান্ত ০৩ / decision 03", …; empty when none is found (a difference of layout only). */
  static List<String> between(Meeting registered, Meeting given) {
    List<String> parts = new ArrayList<>();
    differs(parts, registered, given, Meeting::committee, "কমিটি / committee");
    differs(parts, registered, given, Meeting::office, "দপ্তর / office");
    differs(parts, registered, given, Meeting::chair, "সভাপতি / chair");
    differs(parts, registered, given, Meeting::date, "সভার তারিখ / meeting date");
    differs(parts, registered, given, Meeting::time, "সময় / time");
    differs(parts, registered, given, Meeting::place, "স্থান / place");
    differs(parts, registered, given, Meeting::issueDate, "জারির তারিখ / issue date");
    differs(parts, registered, given, Meeting::signatories, "স্বাক্ষরকারী / signatories");
    differs(parts, registered, given, Meeting::distribution, "বিতরণ তালিকা / distribution list");
    differs(parts, registered, given, Meeting::deadline, "সাধারণ সময়সীমা / general deadline");
    differs(parts, registered, given, Meeting::reminderDays, "তাগিদের দিন / reminder days");
    Map<Integer, Decision> before = byNumber(registered.decisions());
    Map<Integer, Decision> after = byNumber(given.decisions());
    if (before.size() != after.size()) {
      parts.add("সিদ্ধান্তের সংখ্যা " + BengaliDigits.of(before.size()) + " → " + BengaliDigits.of(after.size())
          + " / number of decisions " + before.size() + " → " + after.size());
    }
    TreeMap<Integer, Boolean> numbers = new TreeMap<>();
    before.keySet().forEach(n -> numbers.put(n, true));
    after.keySet().forEach(n -> numbers.put(n, true));
    for (int number : numbers.keySet()) {
      if (!Objects.equals(before.get(number), after.get(number))) {
        String two = String.format(java.util.Locale.ROOT, "%02d", number);
        parts.add("সিদ্ধান্ত " + BengaliDigits.toBengali(two) + " / decision " + two);
      }
    }
    return parts;
  }

  private static <T> void differs(List<String> parts, Meeting registered, Meeting given, Function<Meeting, T> part,
      String name) {
    if (!Objects.equals(part.apply(registered), part.apply(given))) {
      parts.add(name);
    }
  }

  private static Map<Integer, Decision> byNumber(List<Decision> decisions) {
    Map<Integer, Decision> map = new TreeMap<>();
    for (Decision decision : decisions == null ? List.<Decision>of() : decisions) {
      map.putIfAbsent(decision.number(), decision);
    }
    return map;
  }
}

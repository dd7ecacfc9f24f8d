package bd.gov.followup.web;

import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.directory.Resolution;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.ExtractedMinutes;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Implementers the office directory does not know, said when the minutes come in. Each one stops its decision at the
 * secretary's "name the office" task once it starts; read from a file, the secretary can still spell the office as
 * the directory has it in the review, before anything starts.
 */
@Component
class UnknownImplementers {

  private final OfficeDirectory directory;

  UnknownImplementers(OfficeDirectory directory) {
    this.directory = directory;
  }

  /** For minutes read from a file: at each decision's row, to be corrected in the secretary's review. */
  List<MinutesWarning> inFile(ExtractedMinutes extracted) {
    List<MinutesWarning> warnings = new ArrayList<>();
    List<Decision> decisions = extracted.meeting().decisions();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      List<String> unknown = unknown(decision);
      if (!unknown.isEmpty()) {
        warnings.add(new MinutesWarning("decisions[" + i + "].implementers", extracted.placeOf(decision.number()),
            message(decision, unknown) + "; যাচাইয়ে দপ্তরের নাম নির্দেশিকার মতো লিখুন, নইলে সিদ্ধান্ত শুরু হলে সচিবকে"
                + " দপ্তর নির্ধারণ করতে হবে"));
      }
    }
    return warnings;
  }

  /** For a meeting sent as JSON, which starts at once: at the decision's implementers, by JSON pointer. */
  List<MinutesWarning> inJson(Meeting meeting) {
    List<MinutesWarning> warnings = new ArrayList<>();
    List<Decision> decisions = meeting.decisions();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      List<String> unknown = unknown(decision);
      if (!unknown.isEmpty()) {
        warnings.add(new MinutesWarning("decisions[" + i + "].implementers", "/decisions/" + i + "/implementers",
            message(decision, unknown) + "; সচিবকে দপ্তর নির্ধারণ করতে হবে (কাজ: «অজানা বাস্তবায়নকারী নির্ধারণ»)"
                + " / no office in the directory; the secretary names the office"));
      }
    }
    return warnings;
  }

  private List<String> unknown(Decision decision) {
    if (decision == null || decision.implementers().isEmpty()) {
      return List.of(); // an empty list is the validation's problem, not an unknown office
    }
    Resolution resolution = directory.resolve(decision.implementers());
    return resolution.unresolved();
  }

  private static String message(Decision decision, List<String> unknown) {
    return "সিদ্ধান্ত " + BengaliDigits.toBengali(decision.numberKey()) + ": বাস্তবায়নকারী "
        + unknown.stream().map(u -> "«" + u + "»").collect(Collectors.joining(", "))
        + " নির্দেশিকার কোনো দপ্তরের সাথে মেলেনি";
  }
}

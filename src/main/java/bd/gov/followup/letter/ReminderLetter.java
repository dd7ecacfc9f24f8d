package bd.gov.followup.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reminder letter (তাগিদপত্র) in the official form, before rendering.
 *
 * @param issuingOffice the letterhead's office line ("জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ")
 * @param memoNumber this letter's memo number (স্মারক নম্বর), ASCII or Bengali digits
 * @param date the letter's date; printed in both calendars
 * @param subject the subject line without "বিষয়:"
 * @param referenceMemo the memo number of the original minutes (সূত্র)
 * @param meetingTitle the meeting whose decision this is
 * @param decisionTitle "সিদ্ধান্ত ০৩: …"
 * @param decisionText the decision as the minutes state it
 * @param deadline the deadline that passed
 * @param deadlineMoved why the deadline is not the date the minutes set (it fell on a holiday), or empty
 * @param addressees the offices the letter is addressed to, in order
 * @param remarks the reviewer's words to add, or empty
 * @param signatory the signature block's lines (designation, office, email)
 * @param acceptanceOwed the addressee is the lead, which has not yet accepted the decision and named the offices:
 *     it owes that, not an update
 * @param copies who receives a copy for information (অনুলিপি), in order; the office copy is added when printed
 */
public record ReminderLetter(
    String issuingOffice,
    String memoNumber,
    LocalDate date,
    String subject,
    String referenceMemo,
    String meetingTitle,
    String decisionTitle,
    String decisionText,
    LocalDate deadline,
    String deadlineMoved,
    List<String> addressees,
    String remarks,
    List<String> signatory,
    boolean acceptanceOwed,
    List<String> copies) {

  public ReminderLetter {
    Objects.requireNonNull(memoNumber, "memoNumber");
    Objects.requireNonNull(date, "date");
    addressees = List.copyOf(addressees);
    signatory = List.copyOf(signatory);
    copies = copies == null ? List.of() : List.copyOf(copies);
    remarks = remarks == null ? "" : remarks.strip();
    deadlineMoved = deadlineMoved == null ? "" : deadlineMoved.strip();
    if (addressees.isEmpty()) {
      throw new IllegalArgumentException("a reminder letter is addressed to at least one office");
    }
  }
}

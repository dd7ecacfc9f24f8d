package bd.gov.followup.letter;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.directory.Upazila;
import bd.gov.followup.minutes.BengaliDigits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Drafts reminder letters from a decision and the directory: who signs, from which office, to whom. */
@Component
public class ReminderLetters {

  private final OfficeDirectory directory;

  public ReminderLetters(OfficeDirectory directory) {
    this.directory = directory;
  }

  /**
   * @param signer the reviewer's office (the chair, or a UNO)
   * @param signerName the name of the user who chose the letter, when that user works in the signing office; else
   *     null: the designation signs alone
   * @param memoNumber the meeting's memo number as its minutes write it: the letter cites it, and its own number is
   *     made of it (never the memo key, whose "-" for "/" makes a number no letter bore)
   * @param copyIds the offices that receive a copy for information (the secretary, the chair of a UNO's letter, the
   *     lead when not addressed); addressees and the signer are left out
   * @param sequence the how-manieth letter for this decision (1, 2, …): part of the memo number
   */
  public ReminderLetter draft(String signer, String signerName, String memoNumber, int decisionNumber,
      String meetingTitle, String decisionTitle, String decisionText, LocalDate deadline, String deadlineMoved,
      List<String> addresseeIds, List<String> copyIds, String remarks, LocalDate date, int sequence,
      boolean acceptanceOwed) {
    List<String> addressees = new ArrayList<>();
    for (String id : addresseeIds) {
      addressees.add(directory.office(id).map(Office::nameBn).orElse(id));
    }
    List<String> copies = copyIds.stream().filter(java.util.Objects::nonNull).distinct()
        .filter(id -> !addresseeIds.contains(id) && !id.equals(signer))
        .map(id -> directory.office(id).map(Office::nameBn).orElse(id)).toList();
    List<String> signature = new ArrayList<>();
    if (signerName != null && !signerName.isBlank()) {
      signature.add(signerName.strip());
    }
    signature.addAll(signatory(signer));
    String memo = memoOf(memoNumber, decisionNumber, sequence);
    String subject = acceptanceOwed
        ? decisionTitle + " গ্রহণ ও বাস্তবায়নকারী দপ্তর নিশ্চিতকরণে তাগিদ।"
        : decisionTitle + " বাস্তবায়নের হালনাগাদ তথ্য প্রেরণে তাগিদ।";
    return new ReminderLetter(issuingOffice(signer), memo, date, subject, memoNumber, meetingTitle, decisionTitle,
        decisionText, deadline, deadlineMoved, addressees, remarks, signature, acceptanceOwed, copies);
  }

  /** The letterhead's office line: a UNO writes from the upazila office, everyone else from the DC office. */
  String issuingOffice(String signer) {
    Office office = directory.office(signer).orElse(null);
    if (office != null && office.id().startsWith("uno-") && office.upazila() != null) {
      String upazila = directory.upazila(office.upazila()).map(Upazila::nameBn).orElse(office.upazila());
      return "উপজেলা নির্বাহী অফিসারের কার্যালয়, " + upazila + ", " + directory.nameBn();
    }
    return "জেলা প্রশাসকের কার্যালয়, " + directory.nameBn();
  }

  private List<String> signatory(String signer) {
    Office office = directory.office(signer).orElse(null);
    if (office == null) {
      return List.of(signer);
    }
    List<String> lines = new ArrayList<>(List.of(office.nameBn().split(",\\s*", 2)));
    if (office.email() != null && !office.email().isBlank()) {
      lines.add("ই-মেইল: " + office.email());
    }
    return lines;
  }

  /**
   * "তাগিদপত্র-৫৬.০৪…-০৩-১.html": the attachment's name, made of the memo <em>key</em> ({@code memoOf(memoKey, …)}): an
   * id, by which the letter's page finds it (ReminderLetterController), also for letters drafted before the letter
   * cited the memo number as written.
   */
  public static String fileName(String letterMemo) {
    return "তাগিদপত্র-" + BengaliDigits.toBengali(letterMemo.replace('/', '-')) + ".html";
  }

  /**
   * A letter's own memo number: the meeting's, the decision's, the letter's number among the decision's
   * ("…/৩১২/০১-১"); of the memo key, the attachment's name ({@link #fileName}).
   */
  public static String memoOf(String memo, int decisionNumber, int sequence) {
    return memo + "/" + String.format(java.util.Locale.ROOT, "%02d", decisionNumber) + "-" + sequence;
  }
}

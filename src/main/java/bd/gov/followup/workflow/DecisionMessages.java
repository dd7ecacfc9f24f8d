package bd.gov.followup.workflow;

import java.time.LocalDate;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.notify.MailProperties;
import bd.gov.followup.notify.Message;
import org.springframework.stereotype.Component;

/** The Bengali wording of reminders and escalations, in the register of a district office. */
@Component
public class DecisionMessages {

  private final MailProperties mail;

  public DecisionMessages(MailProperties mail) {
    this.mail = mail;
  }

  /** A lead is named (from the minutes, or by the secretary): it is to accept the decision and confirm its offices. */
  public Message leadAsked(DecisionSummary decision, String leadName) {
    String deadline = DecisionTexts.day(decision.deadline());
    boolean passed = passed(decision);
    return new Message(
        "গ্রহণের অনুরোধ: " + decision.title() + " — সময়সীমা " + deadline + (passed ? " অতিক্রান্ত" : ""),
        salutation(leadName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title()
            + " বাস্তবায়নে আপনার দপ্তরকে মূল বাস্তবায়নকারী করা হয়েছে।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + "সময়সীমা: " + deadline + (passed ? " (অতিক্রান্ত)" : "") + "\n" + moved(decision) + "\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্তটি গ্রহণ করে বাস্তবায়নকারী দপ্তরসমূহ নিশ্চিত করুন (আপনার দপ্তরের না হলে"
            + " কারণসহ ফেরত দিন): " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The minutes name an implementer the directory does not know: the secretary names the office (and the lead) before
   * anyone can be asked.
   */
  public Message unresolvedImplementerAsked(DecisionSummary decision, String secretaryName, String unresolved) {
    return new Message(
        "বাস্তবায়নকারী নির্ধারণের অনুরোধ: " + decision.title(),
        salutation(secretaryName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " এর বাস্তবায়নকারী দপ্তর নির্দেশিকায় পাওয়া যায়নি: «"
            + unresolved + "»। দপ্তর নির্ধারণ না হওয়া পর্যন্ত কারও কাছে অনুরোধ যাবে না।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + "সময়সীমা: " + DecisionTexts.day(decision.deadline()) + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে বাস্তবায়নকারী দপ্তর ও মূল বাস্তবায়নকারী নির্ধারণ করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The lead confirmed the offices: each is asked for its update, with the lead's note when it wrote one. A lead that
   * accepted late asks after the deadline: the mail says it has passed, and asks for the update at once.
   */
  public Message officeAsked(DecisionSummary decision, String officeName, String leadName, String leadNote) {
    String deadline = DecisionTexts.day(decision.deadline());
    boolean passed = passed(decision);
    return new Message(
        "তথ্য প্রদানের অনুরোধ: " + decision.title() + " — সময়সীমা " + deadline + (passed ? " অতিক্রান্ত" : ""),
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title()
            + " বাস্তবায়নে আপনার দপ্তরের হালনাগাদ তথ্য চাওয়া হয়েছে (মূল বাস্তবায়নকারী: " + leadName + ")।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + (leadNote == null || leadNote.isBlank() ? "" : "মূল বাস্তবায়নকারীর নির্দেশনা: " + leadNote.strip() + "\n")
            + "সময়সীমা: " + deadline + (passed ? " (অতিক্রান্ত)" : "") + "\n" + moved(decision) + "\n"
            + (passed ? "অনুগ্রহপূর্বক জরুরি ভিত্তিতে টাস্কলিস্টে তথ্য দাখিল করুন: "
                : "অনুগ্রহপূর্বক সময়সীমার মধ্যে টাস্কলিস্টে তথ্য দাখিল করুন: ") + tasklist() + "\n"
            + reference(decision));
  }

  /** An office's report came in: its verifier is asked to accept it or send it back. */
  public Message verificationAsked(DecisionSummary decision, String verifierName, String officeName, String summary) {
    return new Message(
        "যাচাইয়ের অনুরোধ: " + decision.title() + " — " + officeName,
        salutation(verifierName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে " + officeName
            + " হালনাগাদ তথ্য দাখিল করেছে" + (passed(decision) ? " (সময়সীমার পরে)" : "") + "।\n\n"
            + "কী করা হয়েছে: " + (summary == null ? "—" : summary.strip()) + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে তথ্য যাচাই করুন (গ্রহণ অথবা কারণসহ ফেরত): " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The decision was closed or settled: whoever still had work on it is told how, and why its task went away.
   *
   * @param kind how it was settled (the process variable closeKind): {@code implemented} (a later meeting declared it
   *     done), {@code continued} (a decision of that meeting took its work over), else closed as not implemented
   */
  public Message decisionClosed(DecisionSummary decision, String officeName, String reason, String kind) {
    String subject;
    String how;
    String next;
    switch (kind) {
      case "implemented" -> {
        subject = "সিদ্ধান্ত বাস্তবায়িত হিসেবে নিষ্পন্ন: ";
        how = " পরবর্তী সভার ঘোষণা অনুযায়ী বাস্তবায়িত হিসেবে নিষ্পন্ন করা হয়েছে।\n\n";
        next = "এ বিষয়ে আপনার দপ্তরের আর কোনো কাজ বাকি নেই; টাস্কলিস্ট থেকে কাজটি সরিয়ে নেওয়া হয়েছে।\n";
      }
      case "continued" -> {
        subject = "সিদ্ধান্ত পরবর্তী সভার সিদ্ধান্তে অব্যাহত: ";
        how = " পরবর্তী সভার সিদ্ধান্তে অব্যাহত রাখা হয়েছে; এ সিদ্ধান্তের কাজটি বন্ধ হলো।\n\n";
        next = "টাস্কলিস্ট থেকে এ সিদ্ধান্তের কাজটি সরিয়ে নেওয়া হয়েছে; কাজ চলবে পরবর্তী সভার সিদ্ধান্তের আওতায় (আপনার দপ্তরকে"
            + " সেখানে অনুরোধ করা হলে নতুন কাজটি টাস্কলিস্টে আসবে)।\n";
      }
      default -> {
        subject = "সিদ্ধান্ত বন্ধ: ";
        how = " অবাস্তবায়িত হিসেবে বন্ধ করা হয়েছে।\n\n";
        next = "এ বিষয়ে আপনার দপ্তরের আর কোনো কাজ বাকি নেই; টাস্কলিস্ট থেকে কাজটি সরিয়ে নেওয়া হয়েছে।\n";
      }
    }
    return new Message(
        subject + decision.title(),
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + how
            + (reason == null || reason.isBlank() ? "" : "কারণ: " + reason.strip() + "\n\n")
            + next
            + reference(decision));
  }

  /** Whether the decision's deadline day is over (a deadline of today has not passed). */
  private static boolean passed(DecisionSummary decision) {
    return decision.deadline() != null && decision.deadline().isBefore(DeadlineClock.today());
  }

  /**
   * The chair made another office the lead: it takes over the acceptance, or (once accepted) the verification of the
   * offices' reports.
   */
  public Message leadReassigned(DecisionSummary decision, String newLeadName, String previousLeadName,
      boolean accepted, String reviewerRemarks) {
    return new Message(
        "মূল বাস্তবায়নকারী পরিবর্তন: " + decision.title(),
        salutation(newLeadName)
            + "সভাপতির সিদ্ধান্তক্রমে \"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে "
            + previousLeadName + "-এর স্থলে আপনার দপ্তরকে মূল বাস্তবায়নকারী করা হয়েছে।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + "সময়সীমা: " + DecisionTexts.day(decision.deadline()) + (passed(decision) ? " (অতিক্রান্ত)" : "") + "\n"
            + moved(decision) + remarks(reviewerRemarks) + "\n"
            + (accepted
                ? "দপ্তরগুলোর দাখিল করা হালনাগাদ তথ্য এখন আপনি যাচাই করবেন: "
                : "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্তটি গ্রহণ করে বাস্তবায়নকারী দপ্তরসমূহ নিশ্চিত করুন: ")
            + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The chair made another office the lead: the lead it replaces is told who leads now, with the chair's remarks, and
   * which of its tasks went to the new lead (they left its Tasklist without a word otherwise); its own report, if it
   * still owes one, stays.
   *
   * @param verificationsTaken the verifications of offices' reports that went to the new lead
   */
  public Message leadReplaced(DecisionSummary decision, String formerLeadName, String newLeadName, String reviewerRemarks,
      boolean acceptanceTaken, int verificationsTaken, boolean ownReportOwed) {
    return new Message(
        "মূল বাস্তবায়নকারী পরিবর্তন: " + decision.title() + " — নতুন মূল বাস্তবায়নকারী " + newLeadName,
        salutation(formerLeadName)
            + "সভাপতির সিদ্ধান্তক্রমে \"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে "
            + "আপনার দপ্তরের স্থলে " + newLeadName + "-কে মূল বাস্তবায়নকারী করা হয়েছে।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + remarks(reviewerRemarks) + "\n"
            + (acceptanceTaken ? "সিদ্ধান্তটি গ্রহণ ও বাস্তবায়নকারী দপ্তর নিশ্চিত করার কাজটি আপনার টাস্কলিস্ট থেকে সরিয়ে নতুন মূল"
                + " বাস্তবায়নকারীকে দেওয়া হয়েছে।\n" : "")
            + (verificationsTaken > 0 ? "দপ্তরের দাখিল করা হালনাগাদ তথ্য যাচাইয়ের " + BengaliDigits.of(verificationsTaken)
                + "টি কাজ আপনার টাস্কলিস্ট থেকে সরিয়ে নতুন মূল বাস্তবায়নকারীকে দেওয়া হয়েছে; এখন থেকে যাচাই তাঁরাই করবেন।\n" : "")
            + (ownReportOwed ? "আপনার দপ্তরের নিজের হালনাগাদ তথ্য দাখিলের কাজটি টাস্কলিস্টে আগের মতোই থাকছে; অনুগ্রহপূর্বক"
                + " তা দাখিল করুন: " + tasklist() + "\n" : "")
            + reference(decision));
  }

  /**
   * The chair extended the deadline: to each office that still owes work on the decision, and to its lead, with the
   * chair's remarks; their tasks fall due on the new date.
   */
  public Message deadlineExtended(DecisionSummary decision, String officeName, LocalDate previous, String reviewerRemarks) {
    return new Message(
        "সময়সীমা বৃদ্ধি: " + decision.title() + " — নতুন সময়সীমা " + DecisionTexts.day(decision.deadline()),
        salutation(officeName)
            + "সভাপতির সিদ্ধান্তক্রমে \"" + decision.meetingTitle() + "\" এর " + decision.title()
            + " বাস্তবায়নের সময়সীমা " + DecisionTexts.day(previous) + " থেকে বাড়িয়ে " + DecisionTexts.day(decision.deadline())
            + " করা হয়েছে।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + "সময়সীমা: " + DecisionTexts.day(decision.deadline()) + "\n" + moved(decision) + remarks(reviewerRemarks) + "\n"
            + "অনুগ্রহপূর্বক নতুন সময়সীমার মধ্যে টাস্কলিস্টে আপনার কাজটি সম্পন্ন করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * Every reviewer's remarks, named and dated, a line each, as the progress report gives them
   * (ReviewerRemarksRecord), or nothing.
   */
  private static String remarks(String reviewerRemarks) {
    return reviewerRemarks == null || reviewerRemarks.isBlank() ? ""
        : "পর্যালোচনাকারীদের মন্তব্য:\n" + reviewerRemarks.strip() + "\n";
  }

  /** Before the deadline: the office has not reported yet. */
  public Message reminder(DecisionSummary decision, String officeName) {
    return new Message(
        "তাগিদ: " + decision.title() + " — সময়সীমা " + DecisionTexts.day(decision.deadline()),
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title()
            + " বাস্তবায়নের হালনাগাদ তথ্য এখনো দাখিল করা হয়নি।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + "সময়সীমা: " + DecisionTexts.day(decision.deadline()) + "\n" + moved(decision) + "\n"
            + "অনুগ্রহপূর্বক সময়সীমার মধ্যে টাস্কলিস্টে তথ্য দাখিল করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /** After the deadline: a daily reminder. */
  public Message overdueReminder(DecisionSummary decision, String officeName) {
    return new Message(
        "মেয়াদোত্তীর্ণ: " + decision.title() + " — সময়সীমা " + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত",
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হয়েছে, কিন্তু হালনাগাদ তথ্য পাওয়া যায়নি।\n"
            + moved(decision) + "\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n\n"
            + "অনুগ্রহপূর্বক জরুরি ভিত্তিতে টাস্কলিস্টে তথ্য দাখিল করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The lead has not accepted the decision yet, so no office has been asked: the reminder says what the lead owes,
   * not a report. Before the deadline and after.
   */
  public Message acceptanceReminder(DecisionSummary decision, String leadName, boolean overdue) {
    return holdUpReminder(decision, leadName, overdue, "গ্রহণ বাকি", "গ্রহণের তাগিদ",
        " আপনার দপ্তর এখনো গ্রহণ করেনি এবং বাস্তবায়নকারী দপ্তরগুলো নিশ্চিত করেনি; তাই কোনো দপ্তরের কাছে হালনাগাদ তথ্যের"
            + " অনুরোধ যায়নি।",
        "সিদ্ধান্তটি গ্রহণ করে দপ্তরগুলো নিশ্চিত করুন");
  }

  /** An implementer the directory did not know still waits for the secretary to name its office. */
  public Message unresolvedImplementerReminder(DecisionSummary decision, String secretaryName, boolean overdue) {
    return holdUpReminder(decision, secretaryName, overdue, "বাস্তবায়নকারী নির্ধারণ বাকি", "বাস্তবায়নকারী নির্ধারণের তাগিদ",
        " এর বাস্তবায়নকারী এখনো নির্ধারণ করা হয়নি; তাই কোনো দপ্তরের কাছে অনুরোধ যায়নি।",
        "বাস্তবায়নকারী দপ্তর নির্ধারণ করুন");
  }

  /** A step that holds up every office (the lead's acceptance, the secretary's naming): what is owed, and why. */
  private Message holdUpReminder(DecisionSummary decision, String name, boolean overdue, String overdueSubject,
      String subject, String what, String action) {
    String deadline = DecisionTexts.day(decision.deadline());
    return new Message(
        (overdue ? "মেয়াদোত্তীর্ণ, " + overdueSubject : subject) + ": " + decision.title() + " — সময়সীমা " + deadline,
        salutation(name)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + what + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + "সময়সীমা: " + deadline + (overdue ? " (অতিক্রান্ত)" : "") + "\n" + moved(decision) + "\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে " + action + ": " + tasklist() + "\n"
            + reference(decision));
  }

  /** The lead handed the decision back as not its office's: the secretary names another lead. */
  public Message leadHandedBack(DecisionSummary decision, String secretaryName, String leadName, String reason) {
    return new Message(
        "মূল বাস্তবায়নকারী ফেরত দিয়েছে: " + decision.title(),
        salutation(secretaryName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " " + leadName
            + " তাদের দপ্তরের নয় বলে ফেরত দিয়েছে।\n\nকারণ: " + reason + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে অন্য মূল বাস্তবায়নকারী ও দপ্তর নির্ধারণ করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * An office a verifier asked after the lead's acceptance: the office whose work it is, in a withdrawn office's place,
   * or one the decision had left out.
   *
   * @param insteadOf the withdrawn office it is asked in place of, or null
   * @param by who asked it, as the decision's record names them ("যাচাইকারী", "সদস্য-সচিব", …)
   */
  public Message officeAskedLater(DecisionSummary decision, String officeName, String leadName, String leadNote,
      String insteadOf, String by) {
    Message asked = officeAsked(decision, officeName, leadName, leadNote);
    String why = insteadOf == null
        ? "এ সিদ্ধান্তে আপনার দপ্তর আগে যুক্ত ছিল না; " + by + " এখন যুক্ত করেছেন।\n"
        : insteadOf + " জানিয়েছে কাজটি তাদের নয়; যাচাইকারী একমত হয়ে তাদের বদলে আপনার দপ্তরকে যুক্ত করেছেন।\n";
    String greeting = salutation(officeName);
    String body = asked.body().startsWith(greeting)
        ? greeting + why + asked.body().substring(greeting.length()) : asked.body() + "\n" + why;
    return new Message(asked.subject(), body);
  }

  /** An office says the work is not its own: its verifier agrees (the office is withdrawn) or sends it back. */
  public Message withdrawalAsked(DecisionSummary decision, String verifierName, String officeName, String reason) {
    return new Message(
        "প্রত্যাহারের অনুরোধ যাচাই: " + decision.title() + " — " + officeName,
        salutation(verifierName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে " + officeName
            + " জানিয়েছে যে কাজটি তাদের দপ্তরের নয়।\n\nকারণ: " + (reason == null ? "—" : reason.strip()) + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্ত দিন (একমত হলে দপ্তরটির অংশ প্রত্যাহার, প্রয়োজনে যে দপ্তরের কাজ তাকে অনুরোধ;"
            + " একমত না হলে কারণসহ ফেরত): " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The verifier agreed that the work is not the office's: its part of the decision ended (it has no task left).
   *
   * @param askedInstead the offices asked in its place, by name, or null for none
   */
  public Message withdrawalAgreed(DecisionSummary decision, String officeName, String askedInstead) {
    return new Message(
        "দপ্তরের অংশ প্রত্যাহৃত: " + decision.title(),
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে কাজটি আপনার দপ্তরের নয় বলে"
            + " আপনার জানানো কারণে যাচাইকারী একমত হয়েছেন: এ সিদ্ধান্তে আপনার দপ্তরের অংশ প্রত্যাহার করা হয়েছে। এ বিষয়ে আর তাগিদ"
            + " বা এসকেলেশন হবে না।\n"
            + (askedInstead == null ? "" : "আপনার দপ্তরের বদলে অনুরোধ করা হয়েছে: " + askedInstead + "\n")
            + "\nসিদ্ধান্ত: " + decision.text() + "\n"
            + reference(decision));
  }

  /** The verifier does not agree that the work is not the office's: it reports after all, told why. */
  public Message withdrawalRefused(DecisionSummary decision, String officeName, String reason) {
    return new Message(
        "প্রত্যাহারের অনুরোধ ফেরত: " + decision.title() + " — সময়সীমা " + DecisionTexts.day(decision.deadline()),
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে কাজটি আপনার দপ্তরের নয় বলে"
            + " আপনার অনুরোধে যাচাইকারী একমত হননি।\n\nকারণ: " + reason + "\n\n"
            + "সময়সীমা: " + DecisionTexts.day(decision.deadline()) + "\n" + moved(decision) + "\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে হালনাগাদ তথ্য দাখিল করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /** The verifier sent an office's report back: the office is told why, and that its task waits again. */
  public Message reportReturned(DecisionSummary decision, String officeName, String reason) {
    return new Message(
        "প্রতিবেদন ফেরত: " + decision.title() + " — সময়সীমা " + DecisionTexts.day(decision.deadline()),
        salutation(officeName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে আপনার দাখিল করা হালনাগাদ তথ্য "
            + "যাচাইকারী ফেরত পাঠিয়েছেন।\n\nফেরতের কারণ: " + reason + "\n\n"
            + "সময়সীমা: " + DecisionTexts.day(decision.deadline()) + "\n" + moved(decision) + "\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে সংশোধিত তথ্য আবার দাখিল করুন: " + tasklist() + "\n"
            + reference(decision));
  }

  /** Reports are in but not yet verified: the lead (the verifier) is reminded, before the deadline and after. */
  /** @param withdrawals whether some of the offices ask to be withdrawn rather than sent an update */
  public Message verificationReminder(DecisionSummary decision, String verifierName, String offices,
      boolean withdrawals, boolean overdue) {
    String deadline = DecisionTexts.day(decision.deadline());
    return new Message(
        (overdue ? "মেয়াদোত্তীর্ণ, যাচাই বাকি: " : "যাচাইয়ের তাগিদ: ") + decision.title() + " — সময়সীমা " + deadline,
        salutation(verifierName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title()
            + " বাস্তবায়নে নিম্নোক্ত দপ্তরের দাখিল করা হালনাগাদ তথ্য" + (withdrawals ? " বা প্রত্যাহারের অনুরোধ" : "")
            + " এখনো যাচাই করা হয়নি:\n" + offices + "\n\n"
            + "সময়সীমা: " + deadline + (overdue ? " (অতিক্রান্ত)" : "") + "\n" + moved(decision) + "\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে তথ্য যাচাই করুন (গ্রহণ অথবা কারণসহ ফেরত): " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The deadline passed: the matter goes to the reviewer (a UNO for its offices, or the chair) to decide.
   *
   * @param reportsOnly whether every office listed owes its report; else the list says what each owes (the lead's
   *     acceptance, the secretary's naming of an office), and no office has been asked for a report yet
   */
  public Message escalation(DecisionSummary decision, String reviewerName, String lateOffices, int workingDaysLate,
      boolean toUno, boolean reportsOnly) {
    return new Message(
        "পর্যালোচনার জন্য উপস্থাপন: " + decision.title() + " — " + BengaliDigits.of(workingDaysLate) + " কর্মদিবস বিলম্ব",
        salutation(reviewerName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হয়েছে (" + BengaliDigits.of(workingDaysLate)
            + " কর্মদিবস)। "
            + (reportsOnly ? "নিম্নোক্ত দপ্তর এখনো হালনাগাদ তথ্য দাখিল করেনি:\n" : "নিম্নোক্ত দপ্তরের কাজ এখনো বাকি:\n")
            + lateOffices + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n\n"
            + (toUno
                ? "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্ত দিন — আপনার দপ্তরগুলোকে তাগিদপত্র প্রেরণ অথবা সভাপতির নিকট উপস্থাপন: "
                : "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্ত দিন — সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন, তাগিদপত্র প্রেরণ অথবা "
                    + "অবাস্তবায়িত হিসেবে বন্ধ: ")
            + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The chair's review of the late decision is still open, every fifth working day: the offices are reminded daily
   * meanwhile, but only the chair can extend, reassign or close it.
   */
  public Message reviewPending(DecisionSummary decision, String chairName, int workingDaysOpen) {
    return new Message(
        "পর্যালোচনা অপেক্ষমাণ: " + decision.title() + " — " + BengaliDigits.of(workingDaysOpen) + " কর্মদিবস",
        salutation(chairName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হওয়ায় এটি " + BengaliDigits.of(workingDaysOpen)
            + " কর্মদিবস ধরে আপনার পর্যালোচনার অপেক্ষায় আছে। দপ্তরগুলোকে প্রতিদিন তাগিদ দেওয়া হচ্ছে।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্ত দিন — সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন, তাগিদপত্র প্রেরণ অথবা "
            + "অবাস্তবায়িত হিসেবে বন্ধ: " + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The deadline passed with every office's report in, but some not yet verified: the chair is told whose
   * verification is outstanding (a reminder letter to the offices would reach nobody).
   */
  /** @param unverified one line per verifier: the offices whose reports it has still to verify, and its name */
  public Message escalationAwaitingVerification(
      DecisionSummary decision, String chairName, String unverified, boolean withdrawals, int workingDaysLate) {
    return new Message(
        "পর্যালোচনার জন্য উপস্থাপন: " + decision.title() + " — " + BengaliDigits.of(workingDaysLate) + " কর্মদিবস বিলম্ব",
        salutation(chairName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হয়েছে (" + BengaliDigits.of(workingDaysLate)
            + " কর্মদিবস)। সকল দপ্তর হালনাগাদ তথ্য দাখিল" + (withdrawals ? " অথবা প্রত্যাহারের অনুরোধ" : "")
            + " করেছে, কিন্তু নিম্নোক্ত দপ্তরের " + (withdrawals ? "তথ্য বা অনুরোধ" : "তথ্য") + " এখনো যাচাই করা হয়নি:\n"
            + unverified + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্ত দিন — সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন অথবা অবাস্তবায়িত হিসেবে বন্ধ: "
            + tasklist() + "\n"
            + reference(decision));
  }

  /**
   * The lead accepted late with a later deadline while the reviewer (the chair, or a UNO) held the decision: the review
   * is withdrawn from Tasklist, and the reviewer reads why, with the new date.
   */
  public Message reviewWithdrawn(DecisionSummary decision, String reviewerName) {
    return new Message(
        "পর্যালোচনা প্রত্যাহার: " + decision.title() + " — নতুন সময়সীমা " + DecisionTexts.day(decision.deadline()),
        salutation(reviewerName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " মূল বাস্তবায়নকারী গ্রহণ করে নতুন সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " নির্ধারণ করেছেন; সিদ্ধান্তটি আর মেয়াদোত্তীর্ণ নয়। তাই আপনার "
            + "টাস্কলিস্ট থেকে পর্যালোচনার কাজটি প্রত্যাহার করা হয়েছে; নতুন সময়সীমার আগে দপ্তরগুলো তাগিদ পাবে।\n"
            + moved(decision) + "\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + reference(decision));
  }

  /**
   * The offices' last report was verified while the reviewer (a UNO, or the chair) still held the decision's review:
   * the decision is implemented, the review has nothing left to decide and left Tasklist with it, and the reviewer
   * reads why, and since when.
   *
   * @param implementedOn the day the last verification implemented it
   */
  public Message reviewEndedImplemented(DecisionSummary decision, String reviewerName, LocalDate implementedOn) {
    String day = DecisionTexts.day(implementedOn);
    return new Message(
        "পর্যালোচনার প্রয়োজন নেই: " + decision.title() + " — " + day + " তারিখে বাস্তবায়িত",
        salutation(reviewerName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " " + day + " তারিখে বাস্তবায়িত হয়েছে:"
            + " দপ্তরগুলোর হালনাগাদ তথ্য যাচাই শেষে কোনো দপ্তরের কাজ আর বাকি নেই। তাই আপনার"
            + " টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে; এ বিষয়ে তাগিদপত্র বা অন্য কোনো সিদ্ধান্তের"
            + " প্রয়োজন নেই।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + reference(decision));
  }

  /**
   * Another UNO of the rung referred the decision to the chair while this UNO's review was open: the referral ends
   * every UNO's review, the chair decides now, and this UNO reads why its review left Tasklist.
   *
   * @param referredBy the UNO (or UNOs) who referred it, by name
   * @param stillOwing what this UNO's upazila owes now ({@link UpazilaStillOwing}): its offices may have reported since
   *     the escalation
   */
  public Message reviewEndedReferred(DecisionSummary decision, String unoName, String referredBy, String stillOwing) {
    return new Message(
        "পর্যালোচনা সমাপ্ত: " + decision.title() + " — সভাপতির নিকট উপস্থাপিত",
        salutation(unoName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হওয়ায় ইউএনও পর্যায়ে পর্যালোচনা চলছিল। "
            + referredBy + " বিষয়টি সভাপতির সিদ্ধান্তের জন্য উপস্থাপন করেছেন; এক ইউএনও-র উপস্থাপনে সকল ইউএনও-র"
            + " পর্যালোচনা শেষ হয়, সিদ্ধান্ত এখন সভাপতির (সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন, তাগিদপত্র অথবা বন্ধ)। তাই"
            + " আপনার টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে; আপনার তাগিদপত্র বা অন্য কোনো সিদ্ধান্তের আর"
            + " প্রয়োজন নেই।\n\n"
            + stillOwing + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + reference(decision));
  }

  /**
   * The UNOs' rung lapsed while this UNO's review was open (it had neither sent its letter nor referred the
   * decision): the review ended, the decision goes on to the chair, and the UNO reads why its review left Tasklist.
   *
   * @param lapsedOn the day the rung's time ran out
   * @param workingDaysLate how late the decision is that day: what the escalation's «অবগতি» copy, which this notice
   *     replaces for the UNO, would have said
   * @param stillOwing what the UNO's upazila owes now ({@link UpazilaStillOwing})
   */
  public Message unoReviewLapsed(DecisionSummary decision, String unoName, LocalDate lapsedOn, int workingDaysLate,
      String stillOwing) {
    String day = DecisionTexts.day(lapsedOn);
    return new Message(
        "পর্যালোচনার সময় শেষ: " + decision.title() + " — সভাপতির নিকট উপস্থাপন, "
            + BengaliDigits.of(workingDaysLate) + " কর্মদিবস বিলম্ব",
        salutation(unoName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হওয়ায় (" + BengaliDigits.of(workingDaysLate)
            + " কর্মদিবস) আপনার উপজেলার বিলম্বিত দপ্তরের বিষয়ে আপনার"
            + " পর্যালোচনার জন্য নির্ধারিত সময় " + day + " তারিখে শেষ হয়েছে; এর মধ্যে তাগিদপত্র প্রেরণ বা সভাপতির কাছে"
            + " উপস্থাপন — কোনোটিই বেছে নেওয়া হয়নি। তাই আপনার টাস্কলিস্ট থেকে পর্যালোচনার কাজটি সরিয়ে নেওয়া হয়েছে এবং"
            + " সিদ্ধান্তটি এসকেলেশনের পরবর্তী ধাপে সভাপতির নিকট উপস্থাপন করা হচ্ছে। এ বিষয়ে আপনার আর কোনো সিদ্ধান্তের"
            + " প্রয়োজন নেই।\n\n"
            + stillOwing + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + reference(decision));
  }

  /** A UNO referred the decision to the chair before its week was out: the chair decides now. */
  public Message referral(DecisionSummary decision, String chairName, String unoNames, String owing,
      String unoRemarks) {
    return new Message(
        "পর্যালোচনার জন্য উপস্থাপন (ইউএনও-র মাধ্যমে): " + decision.title(),
        salutation(chairName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নের সময়সীমা "
            + DecisionTexts.day(decision.deadline()) + " অতিক্রান্ত হয়েছে। " + unoNames
            + " বিষয়টি আপনার সিদ্ধান্তের জন্য উপস্থাপন করেছেন। " + owing + "\n"
            + (unoRemarks.isBlank() ? "" : "\nইউএনও-র মন্তব্য: " + unoRemarks + "\n")
            + "\nসিদ্ধান্ত: " + decision.text() + "\n\n"
            + "অনুগ্রহপূর্বক টাস্কলিস্টে সিদ্ধান্ত দিন — সময় বৃদ্ধি, মূল বাস্তবায়নকারী পরিবর্তন, তাগিদপত্র প্রেরণ অথবা "
            + "অবাস্তবায়িত হিসেবে বন্ধ: " + tasklist() + "\n"
            + reference(decision));
  }

  /** A UNO's office went on to the chair: the UNO is told, for information. */
  public Message escalationCopy(DecisionSummary decision, String unoName, String lateOffices, int workingDaysLate) {
    return new Message(
        "অবগতি: " + decision.title() + " সভাপতির নিকট উপস্থাপিত — " + BengaliDigits.of(workingDaysLate) + " কর্মদিবস বিলম্ব",
        salutation(unoName)
            + "\"" + decision.meetingTitle() + "\" এর " + decision.title() + " বাস্তবায়নে আপনার উপজেলার নিম্নোক্ত দপ্তর "
            + BengaliDigits.of(workingDaysLate) + " কর্মদিবস বিলম্ব করেছে, তাই বিষয়টি সভাপতির নিকট উপস্থাপন করা হয়েছে:\n"
            + lateOffices + "\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n"
            + reference(decision));
  }

  /**
   * The reviewer (the chair, or the UNO on the first rung) chose to send a reminder letter (তাগিদপত্র); the mail
   * names the one who signed it.
   */
  public Message reminderLetter(DecisionSummary decision, String officeName, String reviewerRemarks, boolean byUno,
      boolean acceptanceOwed) {
    String reviewer = byUno ? "উপজেলা নির্বাহী অফিসারের" : "সভাপতির";
    String remarks = reviewerRemarks == null || reviewerRemarks.isBlank() ? ""
        : "\n" + reviewer + " মন্তব্য: " + reviewerRemarks + "\n";
    return new Message(
        "তাগিদপত্র: " + decision.title() + " (স্মারক " + BengaliDigits.toBengali(decision.memoNumber()) + ")",
        salutation(officeName)
            + "উপর্যুক্ত বিষয়ে \"" + decision.meetingTitle() + "\" এর " + decision.title()
            + " বাস্তবায়নের নির্ধারিত সময়সীমা " + DecisionTexts.day(decision.deadline())
            + (acceptanceOwed
                ? " অতিক্রান্ত হলেও আপনার দপ্তর (মূল বাস্তবায়নকারী) সিদ্ধান্তটি গ্রহণ করে বাস্তবায়নকারী দপ্তর নিশ্চিত করেনি। "
                : " অতিক্রান্ত হলেও হালনাগাদ তথ্য পাওয়া যায়নি। ")
            + reviewer + " নির্দেশক্রমে পুনরায় তাগিদ প্রদান করা হলো।\n\n"
            + "সিদ্ধান্ত: " + decision.text() + "\n" + remarks + "\n"
            + (acceptanceOwed
                ? "অনুগ্রহপূর্বক অবিলম্বে টাস্কলিস্টে সিদ্ধান্তটি গ্রহণ করে দপ্তর নিশ্চিত করুন: "
                : "অনুগ্রহপূর্বক অবিলম্বে টাস্কলিস্টে তথ্য দাখিল করুন: ") + tasklist() + "\n"
            + reference(decision));
  }

  /** The line saying why the deadline is not the date in the minutes, when a weekend or holiday moved it. */
  private static String moved(DecisionSummary decision) {
    return decision.deadlineMoved().isBlank() ? "" : decision.deadlineMoved() + "\n";
  }

  private static String salutation(String officeName) {
    return officeName + "\n\nমহোদয়,\n";
  }

  private String tasklist() {
    return mail.baseUrl() + "/camunda/app/tasklist/";
  }

  private static String reference(DecisionSummary decision) {
    return "\nসূত্র: সভার কার্যবিবরণী, স্মারক নম্বর " + BengaliDigits.toBengali(decision.memoNumber())
        + "\n— সিদ্ধান্ত ফলো-আপ";
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.ACTIONS_TAKEN;

import bd.gov.followup.minutes.BengaliDigits;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What was done about a decision besides the offices' reports, as the next meeting reads it in the progress report:
 * a lead that handed it back and why, who became the lead and who named them, the reminder letters and who signed
 * them. A dated line each, on the decision (the process instance), never on a task.
 */
public final class DecisionActions {

  private DecisionActions() {}

  public static void handedBack(VariableScope decision, String leadName, String reason) {
    add(decision, "মূল বাস্তবায়নকারী ফেরত দিয়েছে: " + leadName + " — " + oneLine(reason) + " (" + today() + ")");
  }

  /** @param previousLead the lead before, or null when there was none (an unknown implementer, a hand-back) */
  public static void leadNamed(VariableScope decision, String previousLead, String newLead, String by) {
    add(decision, "মূল বাস্তবায়নকারী " + (previousLead == null ? "নির্ধারণ: " + newLead
        : "পরিবর্তন: " + previousLead + " থেকে " + newLead) + " (" + by + ", " + today() + ")");
  }

  /** The verifier agreed that the work is not the office's: its part of the decision ended, withdrawn. */
  public static void officeWithdrawn(VariableScope decision, String officeName, String reason) {
    add(decision, "দপ্তর প্রত্যাহৃত: " + officeName + " — " + oneLine(reason) + " (যাচাইকারী একমত, " + today() + ")");
  }

  /**
   * Offices asked after the lead's acceptance, by a verifier or over the API.
   *
   * @param insteadOf the withdrawn office they are asked in place of, or null (offices the decision had left out)
   * @param by who asked them, as the record names them ("যাচাইকারী", "মূল বাস্তবায়নকারী", "সদস্য-সচিব", …)
   */
  public static void officesAsked(VariableScope decision, String officeNames, String insteadOf, String by) {
    add(decision, "দপ্তর যুক্ত: " + officeNames + (insteadOf == null ? "" : " (" + insteadOf + " এর পরিবর্তে)")
        + " (" + by + ", " + today() + ")");
  }

  /** A UNO sent the decision on to the chair before its rung lapsed. */
  public static void referred(VariableScope decision, String unoName, String remarks) {
    String why = oneLine(remarks);
    add(decision, "সভাপতির কাছে পাঠানো হয়েছে: " + unoName + (why.isEmpty() ? "" : " — " + why) + " (" + today() + ")");
  }

  /**
   * Closed or settled, the way it was decided, by whom and when: the chair in the review, or a close request (the API,
   * or a later meeting's review).
   */
  public static void closed(VariableScope decision, String by, DecisionClosing.Kind kind) {
    String how = switch (kind) {
      case IMPLEMENTED -> "সভার ঘোষণা অনুযায়ী বাস্তবায়িত হিসেবে নিষ্পন্ন করা হয়েছে: ";
      case CONTINUED -> "পরবর্তী সভার সিদ্ধান্তে অব্যাহত রাখা হয়েছে (এখানে বন্ধ): ";
      case NOT_IMPLEMENTED -> "অবাস্তবায়িত হিসেবে বন্ধ করা হয়েছে: ";
    };
    add(decision, how + by + " (" + today() + ")");
  }

  /** @param sequence the letter's number among the decision's letters: its printable page's address (LETTER_LINE) */
  public static void reminderLetter(VariableScope decision, int sequence, String signedBy, List<String> offices) {
    // the committee reads to whom: the offices by name when they are few, else how many (the letter names them all)
    String to = offices.size() <= NAMED_ADDRESSEES
        ? BengaliDigits.of(offices.size()) + "টি দপ্তরকে: " + String.join("; ", offices)
        : BengaliDigits.of(offices.size()) + "টি দপ্তরকে";
    add(decision, "তাগিদপত্র নং " + BengaliDigits.of(sequence) + " দেওয়া হয়েছে: " + signedBy + ", " + to + " ("
        + today() + ")");
  }

  static final int NAMED_ADDRESSEES = 3;

  /** A reminder letter's line, and its number (Bengali digits) as group 1. */
  public static final java.util.regex.Pattern LETTER_LINE =
      java.util.regex.Pattern.compile("^তাগিদপত্র নং ([০-৯]+) দেওয়া হয়েছে");

  /** Where a decision's letter is printed: the page an official opens from the report or the task's comment. */
  public static String letterPath(String memoKey, int decisionNumber, int sequence) {
    // percent-encoded: a lettered memo key ("মউনিঅ-মহেশ-…") would otherwise end the link in a mail reader
    return "/api/meetings/" + org.springframework.web.util.UriUtils.encodePathSegment(memoKey,
        java.nio.charset.StandardCharsets.UTF_8) + "/decisions/" + decisionNumber + "/letters/" + sequence + ".html";
  }

  /** Where a meeting's printable progress report is: linked from the forms and from the final report's notice. */
  public static String progressPath(String memoKey) {
    return "/api/meetings/" + org.springframework.web.util.UriUtils.encodePathSegment(memoKey,
        java.nio.charset.StandardCharsets.UTF_8) + "/progress.html";
  }

  private static String today() {
    return DecisionTexts.day(DeadlineClock.today());
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static void add(VariableScope decision, String line) {
    Object before = decision.getVariable(ACTIONS_TAKEN);
    decision.setVariable(ACTIONS_TAKEN, before == null || before.toString().isBlank() ? line : before + "\n" + line);
  }
}

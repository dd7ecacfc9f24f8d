package bd.gov.followup.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One decision of a meeting with its implementation progress.
 *
 * @param implementers the implementers as the minutes write them
 * @param deadline the current deadline (the chair may have extended it), or null
 * @param leadOffice the lead implementer's office name, or null while none is named (an implementer the directory did
 *     not know, a hand-back): the secretary names it
 * @param officesAsked how many offices were asked to report: 0 until the lead accepted and confirmed them
 * @param officesDone offices whose update was verified
 * @param officesWithdrawn offices whose part ended as withdrawn (the work was not theirs, the verifier agreed):
 *     among officesAsked, neither done nor missing
 * @param chairRemarks the reviewer's latest remarks (the chair's, or a UNO's on the ladder's first rung), or empty
 * @param reviewer who made them: {@link #REVIEWER_CHAIR} or {@link #REVIEWER_UNO}
 * @param started false when the decision's workflow has not started (the minutes are still under review)
 * @param processInstanceId the decision's workflow, or null before it started
 * @param closeReason why a later meeting closed the decision, or empty
 * @param closedAtMeeting the memo key of the meeting that closed it, or null
 * @param closedAtMeetingTitle that meeting's title with its date, or null (none, or not readable by the reader)
 * @param closedAtMeetingNumber that meeting's memo number as its minutes write it, in Bengali digits, or null (none)
 * @param deadlineChanges each change of the deadline since registration (from, to, by whom, when), a line each, or
 *     empty
 * @param actionsTaken what was done about it besides the reports (a lead's hand-back, a new lead, reminder letters),
 *     a dated line each, or empty
 * @param awaitingReview whether the chair's (or a UNO's) review of the late decision is open now: escalated and not
 *     yet decided, as opposed to escalated and acted on
 * @param reviewerRemarks every review of the late decision decided with remarks, oldest first: which UNO (or the
 *     chair), when, and what; {@code chairRemarks} is the latest of them
 * @param secretaryOffice the office of the meeting's committee's secretary, by name, or null where not recorded: who
 *     owes the next step while the decision has no lead (it names one) or the minutes are under review
 */
public record DecisionProgress(
    int number,
    String title,
    String text,
    String implementers,
    LocalDate deadline,
    DecisionState state,
    String leadOffice,
    int officesAsked,
    int officesReported,
    int officesDone,
    int officesWithdrawn,
    int escalations,
    String chairRemarks,
    String reviewer,
    boolean started,
    List<OfficeProgress> offices,
    String processInstanceId,
    String closeReason,
    String closedAtMeeting,
    String closedAtMeetingTitle,
    String closedAtMeetingNumber,
    String deadlineChanges,
    String actionsTaken,
    boolean awaitingReview,
    List<ReviewerRemarks> reviewerRemarks,
    String secretaryOffice) {

  public static final String REVIEWER_CHAIR = "সভাপতি";
  public static final String REVIEWER_UNO = "ইউএনও";

  public DecisionProgress {
    offices = offices == null ? List.of() : List.copyOf(offices);
    deadlineChanges = deadlineChanges == null ? "" : deadlineChanges;
    actionsTaken = actionsTaken == null ? "" : actionsTaken;
    chairRemarks = chairRemarks == null ? "" : chairRemarks;
    reviewerRemarks = reviewerRemarks == null || reviewerRemarks.isEmpty()
        ? chairRemarks.isBlank() ? List.of() : List.of(new ReviewerRemarks(reviewer, null, chairRemarks))
        : List.copyOf(reviewerRemarks);
  }

  /**
   * Who owes the next step while the decision waits for the secretary (no lead named yet, or the minutes under
   * review), as the open decisions name the late: "… (সদস্য-সচিব: মূল বাস্তবায়নকারী নির্ধারণ বাকি)", as the escalation's
   * notice does; null when it does not wait for the secretary, or the secretary is not known.
   */
  public String owedBySecretary() {
    if (secretaryOffice == null || !state.open() || !offices.isEmpty()) {
      return null;
    }
    if (!started) {
      return secretaryOffice + " (সদস্য-সচিব: কার্যবিবরণী যাচাই বাকি)";
    }
    return leadOffice == null ? secretaryOffice + " (সদস্য-সচিব: মূল বাস্তবায়নকারী নির্ধারণ বাকি)" : null;
  }

  /** Only the latest remarks known: they are the decision's only reviewer's remarks, undated. */
  public DecisionProgress(int number, String title, String text, String implementers, LocalDate deadline,
      DecisionState state, String leadOffice, int officesAsked, int officesReported, int officesDone,
      int officesWithdrawn, int escalations, String chairRemarks, String reviewer, boolean started,
      List<OfficeProgress> offices, String processInstanceId, String closeReason, String closedAtMeeting,
      String closedAtMeetingTitle, String closedAtMeetingNumber, String deadlineChanges, String actionsTaken,
      boolean awaitingReview) {
    this(number, title, text, implementers, deadline, state, leadOffice, officesAsked, officesReported, officesDone,
        officesWithdrawn, escalations, chairRemarks, reviewer, started, offices, processInstanceId, closeReason,
        closedAtMeeting, closedAtMeetingTitle, closedAtMeetingNumber, deadlineChanges, actionsTaken, awaitingReview,
        List.of(), null);
  }
}

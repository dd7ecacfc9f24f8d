package bd.gov.followup.workflow;

import bd.gov.followup.minutes.Meeting;

/** How a meeting is named where officials read it. */
public final class MeetingTexts {

  private MeetingTexts() {}

  /** "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩" */
  public static String title(Meeting meeting) {
    String committee = meeting.committee() == null ? "কমিটি" : meeting.committee();
    String ofCommittee = committee.endsWith("কমিটি") ? committee + "র সভা" : committee + " সভা";
    return meeting.date() == null ? ofCommittee : ofCommittee + ", " + DecisionTexts.day(meeting.date());
  }
}

package bd.gov.followup.workflow;

import bd.gov.followup.minutes.Meeting;

/** How a meeting is named where officials read it. */
public final class MeetingTexts {

  private MeetingTexts() {}

  /**
   * "জেলা ওয়েব পোর্টাল হালনাগাদ সংক্রান্ত কমিটির সভা, ১৯/১১/২০২৩"; a name that does not end in কমিটি takes "-এর"
   * ("… কমিটি, ঝিনাইদহ-এর সভা", "জেলা টাস্কফোর্স-এর সভা"), one that already says সভা stays as it is.
   */
  public static String title(Meeting meeting) {
    String committee = committee(meeting);
    String ofCommittee;
    if (committee.endsWith("কমিটি")) {
      ofCommittee = committee + "র সভা";
    } else if (committee.endsWith("কমিটির")) {
      ofCommittee = committee + " সভা"; // copied from a heading: "… কমিটির"
    } else if (committee.endsWith("সভা")) {
      ofCommittee = committee;
    } else {
      ofCommittee = committee + "-এর সভা";
    }
    return meeting.date() == null ? ofCommittee : ofCommittee + ", " + DecisionTexts.day(meeting.date());
  }

  /**
   * The committee's name as a possessive, for a sentence: "… কমিটির", "… সমন্বয় সভার", "জেলা টাস্কফোর্স-এর" — never
   * "কমিটি এর".
   */
  public static String possessive(Meeting meeting) {
    String committee = committee(meeting);
    if (committee.endsWith("কমিটির")) {
      return committee;
    }
    return committee.endsWith("কমিটি") || committee.endsWith("সভা") ? committee + "র" : committee + "-এর";
  }

  private static String committee(Meeting meeting) {
    String committee = meeting.committee() == null ? "কমিটি" : meeting.committee().strip();
    while (!committee.isEmpty() && "।,.;:".indexOf(committee.charAt(committee.length() - 1)) >= 0) {
      committee = committee.substring(0, committee.length() - 1).strip();
    }
    return committee;
  }
}

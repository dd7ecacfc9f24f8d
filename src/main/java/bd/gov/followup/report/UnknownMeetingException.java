package bd.gov.followup.report;

/** No meeting was registered under this memo key, or none that the caller may read. */
public class UnknownMeetingException extends RuntimeException {

  private final String memoKey;

  public UnknownMeetingException(String memoKey) {
    super("No meeting is registered under memo key " + memoKey);
    this.memoKey = memoKey;
  }

  public String memoKey() {
    return memoKey;
  }

  /**
   * What the caller reads: the same whether no meeting has this memo key or the caller's office takes part in none of
   * its decisions (which must not tell it that the meeting exists), and true in both cases. An office that received
   * the minutes by the distribution list would otherwise read that no such meeting is registered.
   */
  public String detail() {
    return "এই স্মারক নম্বরে আপনার দেখার মতো কোনো সভা নেই: সভাটি নিবন্ধিত নয়, অথবা আপনার দপ্তর এর কোনো সিদ্ধান্তে যুক্ত নয় /"
        + " no meeting under memo key " + memoKey + " that you may read: none is registered, or your office takes part"
        + " in none of its decisions";
  }
}

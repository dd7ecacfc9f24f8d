package bd.gov.followup.web;

import java.util.Date;

/**
 * The memo number names minutes that their review discarded, and no meeting since: the list shows them as DISCARDED,
 * so the item answers what happened and why (410), not that nothing was ever registered.
 */
public class DiscardedMeetingException extends RuntimeException {

  private final String memoKey;
  private final String processInstanceId;
  private final Date discardedAt;
  private final String reason;

  public DiscardedMeetingException(String memoKey, String processInstanceId, Date discardedAt, String reason) {
    super("The minutes under memo key " + memoKey + " were discarded in their review");
    this.memoKey = memoKey;
    this.processInstanceId = processInstanceId;
    this.discardedAt = discardedAt;
    this.reason = reason;
  }

  public String memoKey() {
    return memoKey;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Date discardedAt() {
    return discardedAt;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return "এই স্মারক নম্বরের কার্যবিবরণী যাচাইয়ে বাতিল করা হয়েছে" + (reason == null ? "" : " (কারণ: " + reason + ")")
        + "; এর কোনো সিদ্ধান্ত শুরু হয়নি, স্মারক নম্বরটি আবার নিবন্ধন করা যায় / the minutes under memo key " + memoKey
        + " were discarded in their review" + (reason == null ? "" : " (reason: " + reason + ")")
        + "; none of their decisions started, and the memo number may be registered again";
  }
}

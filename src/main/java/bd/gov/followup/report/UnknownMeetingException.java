package bd.gov.followup.report;

/** No meeting was registered under this memo key. */
public class UnknownMeetingException extends RuntimeException {

  private final String memoKey;

  public UnknownMeetingException(String memoKey) {
    super("No meeting is registered under memo key " + memoKey);
    this.memoKey = memoKey;
  }

  public String memoKey() {
    return memoKey;
  }
}

package bd.gov.followup.workflow;

/** A meeting with this memo number exists already: business keys are not unique in Camunda, so we guard. */
public class MeetingAlreadyRegisteredException extends RuntimeException {

  private final String memoKey;
  private final String processInstanceId;

  public MeetingAlreadyRegisteredException(String memoKey, String processInstanceId) {
    super("The meeting with memo number " + memoKey + " is registered already");
    this.memoKey = memoKey;
    this.processInstanceId = processInstanceId;
  }

  public String memoKey() {
    return memoKey;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}

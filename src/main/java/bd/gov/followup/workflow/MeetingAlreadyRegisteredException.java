package bd.gov.followup.workflow;

/** A meeting with this memo number exists already: business keys are not unique in Camunda, so we guard. */
public class MeetingAlreadyRegisteredException extends RuntimeException {

  private final String memoKey;
  private final String processInstanceId;
  private final java.util.List<String> differences;

  public MeetingAlreadyRegisteredException(String memoKey, String processInstanceId) {
    this(memoKey, processInstanceId, java.util.List.of());
  }

  /** @param differences where the minutes sent differ from the registered ones ("স্থান / place", …) */
  public MeetingAlreadyRegisteredException(String memoKey, String processInstanceId,
      java.util.List<String> differences) {
    super("The meeting with memo number " + memoKey + " is registered already");
    this.memoKey = memoKey;
    this.processInstanceId = processInstanceId;
    this.differences = java.util.List.copyOf(differences);
  }

  public java.util.List<String> differences() {
    return differences;
  }

  public String memoKey() {
    return memoKey;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}

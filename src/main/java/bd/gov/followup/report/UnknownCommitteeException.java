package bd.gov.followup.report;

/** No meeting of this committee was registered. */
public class UnknownCommitteeException extends RuntimeException {

  public UnknownCommitteeException(String committee) {
    super("No meeting of committee " + committee + " is registered");
  }
}

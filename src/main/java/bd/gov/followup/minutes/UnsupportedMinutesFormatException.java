package bd.gov.followup.minutes;

/** Minutes in a kind of file we do not read (only .txt and .docx); the web layer answers 415. */
public class UnsupportedMinutesFormatException extends RuntimeException {

  public UnsupportedMinutesFormatException(String message) {
    super(message);
  }
}

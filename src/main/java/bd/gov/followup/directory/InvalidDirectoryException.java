package bd.gov.followup.directory;

/** The directory file cannot be used; the message names the office, set or field at fault. */
public class InvalidDirectoryException extends RuntimeException {

  public InvalidDirectoryException(String message) {
    super(message);
  }

  public InvalidDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}

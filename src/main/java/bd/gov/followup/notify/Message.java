package bd.gov.followup.notify;

/** A notification in Bengali: the subject line and the body as plain text. */
public record Message(String subject, String body) {

  /** How the message is kept as a Camunda comment (comments have no subject). */
  public String asComment() {
    return subject + "\n\n" + body;
  }
}

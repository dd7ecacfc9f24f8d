package bd.gov.followup.workflow;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A secretary registered another committee's meeting. An {@link AuthorizationException}, so that Camunda's REST
 * answers 403 to the Tasklist start form as the application does to its API, with these words: the caller is a
 * secretary and should learn whose meeting it is.
 */
public class NotTheCommitteesSecretaryException extends AuthorizationException {

  private final String committee;

  /** @param listed whether the directory lists the committee (else its first committee's secretary registers it) */
  public NotTheCommitteesSecretaryException(String committee, boolean listed, String secretaryId,
      String secretaryNameBn, String userId) {
    super(committee == null || committee.isBlank()
        ? "কমিটির নাম ছাড়া কার্যবিবরণী নির্দেশিকার প্রথম কমিটির; নিবন্ধন করেন এর সদস্য-সচিব (" + secretaryNameBn
            + ") / minutes without a committee's name are the directory's first committee's, registered by its"
            + " secretary, office '" + secretaryId + "', of which user '" + userId + "' is not a member"
        : !listed
            ? "«" + committee + "» নির্দেশিকার কমিটির তালিকায় নেই: এর সভা নিবন্ধন করেন নির্দেশিকার প্রথম কমিটির সদস্য-সচিব ("
                + secretaryNameBn + "); কমিটিটি নির্দেশিকায় যোগ করতে প্রশাসককে বলুন / '" + committee + "' is not"
                + " among the directory's committees: its meetings are registered by the first committee's secretary,"
                + " office '" + secretaryId + "', of which user '" + userId + "' is not a member; ask the administrator"
                + " to add the committee"
            : "«" + committee + "»-এর সভা নিবন্ধন করেন এর সদস্য-সচিব (" + secretaryNameBn + ") / the meetings of '"
                + committee + "' are registered by its secretary, office '" + secretaryId + "', of which user '"
                + userId + "' is not a member");
    this.committee = committee;
  }

  public String committee() {
    return committee;
  }
}

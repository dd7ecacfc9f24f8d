package bd.gov.followup.report;

/**
 * One office asked to act on a decision: read from the variables local to its instance of SubProcess_OfficeUpdate.
 *
 * @param reported the office has submitted an update at least once
 * @param verified the lead or the secretary accepted its latest update: the office is done
 * @param returnReason why the latest update was sent back, or empty
 */
public record OfficeProgress(
    String office,
    String officeName,
    boolean reported,
    boolean verified,
    String updateSummary,
    String evidenceLink,
    String remarks,
    String returnReason) {

  /** "যাচাইকৃত", "যাচাই অপেক্ষমাণ", "ফেরত", "দাখিল হয়নি" */
  public String statusBengali() {
    if (verified) {
      return "যাচাইকৃত";
    }
    if (returnReason != null && !returnReason.isBlank()) {
      return "ফেরত";
    }
    return reported ? "যাচাই অপেক্ষমাণ" : "দাখিল হয়নি";
  }
}

package bd.gov.followup.report;

import java.time.LocalDate;

/**
 * One office asked to act on a decision: read from the variables local to its instance of SubProcess_OfficeUpdate.
 *
 * @param reported the office has submitted an update at least once, and was not withdrawn since (its earlier report,
 *     sent back, then no longer counts; nor are its summary and link shown)
 * @param verified the lead or the secretary accepted its latest update: the office is done
 * @param returnReason why the latest update was sent back, or empty
 * @param withdrawn the office said the work is not its own and its verifier agreed: its part ended, neither done nor
 *     missing (প্রত্যাহৃত), and the rates leave it out
 * @param withdrawalRequested the office says the work is not its own and its verifier has not decided yet
 * @param withdrawalReason the office's reason for «not our office's work», or empty
 * @param askedInItsPlace a withdrawn office: the offices the verifier asked in its place, by name, or empty
 * @param askedInsteadOf an office asked after the acceptance in a withdrawn office's place: that office's name, or
 *     empty
 * @param askedLaterOn the day a verifier asked the office, after the lead's acceptance; null for the offices the lead
 *     confirmed
 */
public record OfficeProgress(
    String office,
    String officeName,
    boolean reported,
    boolean verified,
    String updateSummary,
    String evidenceLink,
    String remarks,
    String returnReason,
    boolean withdrawn,
    boolean withdrawalRequested,
    String withdrawalReason,
    String askedInItsPlace,
    String askedInsteadOf,
    LocalDate askedLaterOn) {

  public OfficeProgress {
    withdrawalReason = withdrawalReason == null ? "" : withdrawalReason;
    askedInItsPlace = askedInItsPlace == null ? "" : askedInItsPlace;
    askedInsteadOf = askedInsteadOf == null ? "" : askedInsteadOf;
  }

  /** "যাচাইকৃত", "প্রত্যাহৃত", "প্রত্যাহারের অনুরোধ, যাচাই অপেক্ষমাণ", "ফেরত", "যাচাই অপেক্ষমাণ", "দাখিল হয়নি" */
  public String statusBengali() {
    if (verified) {
      return "যাচাইকৃত";
    }
    if (withdrawn) {
      return "প্রত্যাহৃত";
    }
    if (withdrawalRequested) {
      return "প্রত্যাহারের অনুরোধ, যাচাই অপেক্ষমাণ";
    }
    if (returnReason != null && !returnReason.isBlank()) {
      return "ফেরত";
    }
    return reported ? "যাচাই অপেক্ষমাণ" : "দাখিল হয়নি";
  }
}

package bd.gov.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An office's status in the report once its decision is settled, whatever it still waited for. */
class ProgressHtmlStatusTest {

  static OfficeProgress askingToBeWithdrawn() {
    return new OfficeProgress("ac-education", "সহকারী কমিশনার (শিক্ষা)", false, false, "", "", "", "",
        false, true, "ভবনের কাজ এলজিইডির", "", "", null);
  }

  static DecisionProgress decision(DecisionState state, String closeReason, OfficeProgress office) {
    return new DecisionProgress(1, "সিদ্ধান্ত ০১", "", "", LocalDate.of(2024, 1, 30), state, "সহকারী কমিশনার (আইসিটি)",
        1, 0, 0, 0, 0, "", DecisionProgress.REVIEWER_CHAIR, true, List.of(office), "pi", closeReason, null, null, null,
        "", "", false);
  }

  /**
   * A report sent back is owed again while the decision is open; once a later meeting settled it or the chair closed
   * it, nothing is owed: the count says the report was never corrected, not that it is with the office to correct.
   */
  @Test
  void aReportSentBack_isOwedWhileTheDecisionIsOpen_andUncorrectedOnceItIsSettled() {
    OfficeProgress sentBack = new OfficeProgress("ac-education", "সহকারী কমিশনার (শিক্ষা)", true, false, "তথ্য দেওয়া হলো",
        "", "", "প্রমাণের লিংক নেই", false, false, "", "", "", null);
    DecisionProgress open = new DecisionProgress(1, "সিদ্ধান্ত ০১", "", "", LocalDate.of(2024, 1, 30),
        DecisionState.IN_PROGRESS, "সহকারী কমিশনার (আইসিটি)", 1, 1, 0, 0, 0, "", "", true, List.of(sentBack), "pi", "",
        null, null, null, "", "", false);
    assertThat(ProgressHtml.count(open)).isEqualTo("০/১ দপ্তরের কাজ যাচাইকৃত, ১ দপ্তর প্রতিবেদন দিয়েছে (১টি সংশোধনের জন্য ফেরত)");
    for (DecisionState settled : List.of(DecisionState.IMPLEMENTED, DecisionState.CONTINUED,
        DecisionState.CLOSED_NOT_IMPLEMENTED)) {
      DecisionProgress d = new DecisionProgress(1, "সিদ্ধান্ত ০১", "", "", LocalDate.of(2024, 1, 30), settled,
          "সহকারী কমিশনার (আইসিটি)", 1, 1, 0, 0, 0, "", "", true, List.of(sentBack), "pi", "পরবর্তী সভার সিদ্ধান্ত",
          null, null, null, "", "", false);
      assertThat(ProgressHtml.count(d)).as("%s", settled)
          .isEqualTo("০/১ দপ্তরের কাজ যাচাইকৃত, ১ দপ্তর প্রতিবেদন দিয়েছে (১টি ফেরত, সংশোধন হয়নি)");
    }
  }

  /** A decision closed or settled ends its verifications: an office's «not our work» waits for nobody any more. */
  @Test
  void aWithdrawalRequest_leftWhenTheDecisionWasSettled_waitsForNoVerification() {
    OfficeProgress office = askingToBeWithdrawn();
    assertThat(ProgressHtml.status(decision(DecisionState.WITH_UNO, "", office), office))
        .as("open: its verifier decides").isEqualTo("প্রত্যাহারের অনুরোধ, যাচাই অপেক্ষমাণ");
    assertThat(ProgressHtml.status(decision(DecisionState.CLOSED_NOT_IMPLEMENTED, "", office), office))
        .isEqualTo("প্রত্যাহারের অনুরোধ, যাচাইয়ের আগেই সিদ্ধান্ত বন্ধ");
    assertThat(ProgressHtml.status(decision(DecisionState.CONTINUED, "পরবর্তী সভায় অব্যাহত", office), office))
        .isEqualTo("প্রত্যাহারের অনুরোধ; কাজ পরবর্তী সভার সিদ্ধান্তে অব্যাহত");
    assertThat(ProgressHtml.status(decision(DecisionState.IMPLEMENTED, "সভা বাস্তবায়িত ঘোষণা করেছে", office), office))
        .isEqualTo("প্রত্যাহারের অনুরোধ; সভার ঘোষণায় সিদ্ধান্ত বাস্তবায়িত");
  }
}

package bd.gov.followup.report;

/** Where a decision stands, as the progress table tells the next meeting. */
public enum DecisionState {
  IMPLEMENTED("বাস্তবায়িত"),
  IN_PROGRESS("বাস্তবায়নাধীন"),
  /** the deadline has passed and the chair has not yet been given the decision */
  OVERDUE("মেয়াদোত্তীর্ণ"),
  /** the deadline passed and the chair (ADC) has the decision, or had it and chose to remind or reassign */
  ESCALATED("সভাপতির নিকট উপস্থাপিত"),
  /** a late union parishad's or upazila office's UNO has the decision (the ladder's first rung), or had it and chose */
  WITH_UNO("ইউএনও-র নিকট উপস্থাপিত"),
  CLOSED_NOT_IMPLEMENTED("অবাস্তবায়িত হিসেবে বন্ধ"),
  /** a later meeting's decision took its work over: settled here, counted neither for nor against the rate */
  CONTINUED("পরবর্তী সভার সিদ্ধান্তে অব্যাহত");

  private final String bengali;

  DecisionState(String bengali) {
    this.bengali = bengali;
  }

  public String bengali() {
    return bengali;
  }

  /** Settled decisions no longer appear among a committee's open decisions. */
  public boolean open() {
    return this != IMPLEMENTED && this != CLOSED_NOT_IMPLEMENTED && this != CONTINUED;
  }
}

package bd.gov.followup.minutes;

/** What a value of the meeting's header table is: the Meeting field it fills, and its name for the secretary. */
enum HeaderKind {
  NAME("chair.name", "সভাপতির নাম"),
  DESIGNATION("chair.designation", "সভাপতির পদবি"),
  DATE("date", "সভার তারিখ"),
  TIME("time", "সভার সময়"),
  PLACE("place", "সভার স্থান"),
  ATTENDANCE("attendance", "উপস্থিতি");

  private final String field;
  private final String bengali;

  HeaderKind(String field, String bengali) {
    this.field = field;
    this.bengali = bengali;
  }

  String field() {
    return field;
  }

  String bengali() {
    return bengali;
  }
}

package bd.gov.followup.minutes;

/**
 * Something the secretary should look at before confirming the extracted minutes: a value read by its shape rather
 * than its label, a contradiction between two dates, a line that was skipped. The meeting was still read.
 *
 * @param field the Meeting field concerned: "date", "chair.designation", "decisions[2].deadline", …
 * @param location where in the file: "line 12", "table row 3", "paragraph 4"
 * @param message in Bengali, for the secretary
 */
public record MinutesWarning(String field, String location, String message) {}

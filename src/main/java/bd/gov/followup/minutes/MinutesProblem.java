package bd.gov.followup.minutes;

/**
 * A reason minutes cannot be read: no decisions, a decision without implementers, a deadline that is not a date, no
 * memo number.
 *
 * @param field the Meeting field concerned: "decisions", "decisions[2].implementers", "deadline", "memoNumber"
 * @param location where in the file ("line 24", "table row 3"), or "document" when the whole file lacks it
 * @param message in Bengali, for the secretary
 */
public record MinutesProblem(String field, String location, String message) {}

package bd.gov.followup.minutes;

/**
 * One entry of the minutes' distribution list (বিতরণ), as written. The email is filled in from the
 * directory when the recipient is an office it knows; a recipient without one is listed for the secretary.
 */
public record Recipient(int number, String text, String email) {}

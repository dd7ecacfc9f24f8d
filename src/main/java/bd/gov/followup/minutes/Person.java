package bd.gov.followup.minutes;

/** Someone named in the minutes: the chair or a signatory. Email may be null. */
public record Person(String name, String designation, String email) {}

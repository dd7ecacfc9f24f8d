package bd.gov.followup.minutes;

import java.time.LocalTime;

/** Where a text writes a time of day, and which. */
record TimeMention(LocalTime time, int start, int end) {}

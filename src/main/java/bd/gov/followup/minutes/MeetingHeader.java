package bd.gov.followup.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/** What the lines above the decision table say: who met, when and where. Any field may be null. */
record MeetingHeader(
    String office,
    String committee,
    YearMonth titleMonth,
    String titleLocation,
    String chairName,
    String chairDesignation,
    LocalDate date,
    String dateLocation,
    LocalTime time,
    String place) {}

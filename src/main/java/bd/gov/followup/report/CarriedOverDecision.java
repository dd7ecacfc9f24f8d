package bd.gov.followup.report;

import java.time.LocalDate;

/** A decision of an earlier meeting, still open when this meeting was registered, with its progress now. */
public record CarriedOverDecision(
    String memoKey, String meetingTitle, LocalDate meetingDate, DecisionProgress decision) {}

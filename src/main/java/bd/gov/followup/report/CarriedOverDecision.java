package bd.gov.followup.report;

import java.time.LocalDate;

/**
 * A decision of an earlier meeting, still open when this meeting was registered, with its progress now.
 *
 * @param memoKey the earlier meeting's key (its report's address)
 * @param memoNumber the earlier meeting's memo number as its minutes write it (a decision started before it was kept:
 *     the key)
 */
public record CarriedOverDecision(
    String memoKey, String memoNumber, String meetingTitle, LocalDate meetingDate, DecisionProgress decision) {}

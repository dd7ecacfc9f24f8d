package bd.gov.followup.report;

import java.time.LocalDate;

/**
 * One reviewer's remarks on the late decision, as the next meeting reads them: each UNO that acted on its rung, and
 * the chair, every time, named and dated — one UNO's never replace another's.
 *
 * @param by who made them: the UNO's office as the directory labels it (its upazila), or {@link
 *     DecisionProgress#REVIEWER_CHAIR}; the chair's user deciding a UNO's review is the chair, on that UNO's review;
 *     {@link DecisionProgress#REVIEWER_UNO} for the single UNO review of process versions before one review per UNO
 * @param on the day the review was decided (Dhaka), or null where the history no longer says (the decision's last
 *     remarks only)
 * @param remarks the remarks as written
 */
public record ReviewerRemarks(String by, LocalDate on, String remarks) {}

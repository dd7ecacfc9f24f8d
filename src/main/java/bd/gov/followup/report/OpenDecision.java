package bd.gov.followup.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision still open, in the committee's view across its meetings.
 *
 * @param overdueOffices the offices whose work is not yet verified, once the deadline has passed (else empty)
 * @param processInstanceId the decision's workflow
 */
public record OpenDecision(
    String memoKey,
    String meetingTitle,
    LocalDate meetingDate,
    int number,
    String title,
    String implementers,
    LocalDate deadline,
    DecisionState state,
    List<String> overdueOffices,
    String processInstanceId) {}

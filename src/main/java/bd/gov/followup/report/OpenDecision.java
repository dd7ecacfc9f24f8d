package bd.gov.followup.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision still open, in the committee's view across its meetings.
 *
 * @param memoNumber the meeting's memo number as its minutes write it
 * @param office where the meeting was held, as its minutes write it (committees of the same name meet in every
 *     upazila), or null
 * @param overdueOffices once the deadline has passed (else empty): the offices that owe work — their report is not
 *     in or was sent back — or, before the lead accepted, the lead; with no lead named yet (or the minutes under
 *     review) the committee's secretary, named as such ("… (সদস্য-সচিব: মূল বাস্তবায়নকারী নির্ধারণ বাকি)")
 * @param processInstanceId the decision's workflow
 */
public record OpenDecision(
    String memoKey,
    String memoNumber,
    String meetingTitle,
    String office,
    LocalDate meetingDate,
    int number,
    String title,
    String implementers,
    LocalDate deadline,
    DecisionState state,
    List<String> overdueOffices,
    String processInstanceId) {}

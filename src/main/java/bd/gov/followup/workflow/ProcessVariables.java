package bd.gov.followup.workflow;

/** The names of the process variables that BPMN expressions, forms and code share: one place, so they stay in step. */
public final class ProcessVariables {

  private ProcessVariables() {}

  // process and activity ids the code refers to
  public static final String MEETING_PROCESS = "MeetingFollowup";
  public static final String DECISION_PROCESS = "DecisionFollowup";
  public static final String TASK_REPORT_UPDATE = "Task_ReportUpdate";
  public static final String TASK_VERIFY_UPDATE = "Task_VerifyUpdate";
  public static final String TASK_ASSIGN_IMPLEMENTER = "Task_AssignImplementer";
  public static final String TASK_RESOLVE_UNKNOWN_IMPLEMENTER = "Task_ResolveUnknownImplementer";
  public static final String TASK_REVIEW_OVERDUE_DECISION = "Task_ReviewOverdueDecision";
  public static final String TASK_REVIEW_OVERDUE_OFFICE = "Task_ReviewOverdueOffice";
  /** the UNOs' rung, one instance per UNO (versions before it had one Task_ReviewOverdueOffice for all the UNOs) */
  public static final String SUB_PROCESS_UNO_REVIEW = "SubProcess_UnoReview";
  public static final String TASK_REVIEW_MINUTES = "Task_ReviewMinutes";
  /** One office's part of a decision (a parallel multi-instance over {@link #OFFICES}, element {@link #OFFICE}). */
  public static final String SUB_PROCESS_OFFICE_UPDATE = "SubProcess_OfficeUpdate";
  /** Where an office's part ends when the verifier agrees that the work is not the office's. */
  public static final String EVENT_OFFICE_WITHDRAWN = "Event_OfficeWithdrawn";

  // meeting
  public static final String MEMO_KEY = "memoKey";
  /** The memo number as the minutes write it ("…/২০২৬/৩১২"), on a decision: what its mails cite. */
  public static final String MEMO_NUMBER = "memoNumber";
  /** The meeting's memo number as its forms show it: as the minutes write it, in Bengali digits. */
  public static final String MEMO_NUMBER_TEXT = "memoNumberText";
  public static final String MINUTES = "minutes";
  public static final String MEETING_TITLE = "meetingTitle";
  public static final String COMMITTEE = "committee";
  /** The committee's name as compared between meetings ({@code minutes.CommitteeKey}): carry-over goes by it. */
  public static final String COMMITTEE_KEY = "committeeKey";
  /**
   * The meeting's date (ISO, as the minutes give it; the review cannot change it): a query finds the committee's other
   * meetings of that day without reading their minutes (web.SameDayMeeting).
   */
  public static final String MEETING_DAY = "meetingDay";
  public static final String DECISION_NOS = "decisionNos";
  public static final String DECISION_NO = "decisionNo";
  public static final String REVIEW_REQUIRED = "reviewRequired";
  /** The review discards the minutes instead (a wrong file, a meeting registered already), with a reason. */
  public static final String DISCARD_MINUTES = "discardMinutes";
  public static final String DISCARD_REASON = "discardReason";
  /** The end of a meeting whose minutes were discarded: it never was a meeting, its memo number is free again. */
  public static final String EVENT_MINUTES_DISCARDED = "Event_MinutesDiscarded";
  /** What the minutes' reader flagged (line and message), for the secretary's review form; "" when nothing. */
  public static final String MINUTES_WARNINGS_TEXT = "minutesWarningsText";
  public static final String SECRETARY_GROUP = "secretaryGroup";
  public static final String CHAIR_GROUP = "chairGroup";
  public static final String DISTRIBUTION_LOG = "distributionLog";
  public static final String DECISIONS_IMPLEMENTED = "decisionsImplemented";
  public static final String DECISIONS_CLOSED = "decisionsClosed";
  public static final String DECISIONS_CONTINUED = "decisionsContinued";
  public static final String IMPLEMENTATION_RATE = "implementationRate";

  // decision
  public static final String DECISION_NUMBER = "decisionNumber";
  public static final String DECISION_TITLE = "decisionTitle";
  public static final String DECISION_TOPIC = "decisionTopic";
  public static final String DECISION_TEXT = "decisionText";
  public static final String IMPLEMENTER_PHRASES = "implementerPhrases";
  public static final String IMPLEMENTERS_TEXT = "implementersText";
  public static final String DEADLINE = "deadline";
  public static final String DEADLINE_TEXT = "deadlineText";
  /** in Bengali, why the deadline is not the date set (a weekend or holiday moved it); empty when it is */
  public static final String DEADLINE_MOVED_TEXT = "deadlineMovedText";
  /** Each change of the deadline after registration, a line each: from, to, by whom, when (for the next meeting). */
  public static final String DEADLINE_CHANGES = "deadlineChanges";
  /** What was done about a decision besides the reports: hand-backs, new leads, reminder letters (DecisionActions). */
  public static final String ACTIONS_TAKEN = "actionsTaken";
  /** {@link #ACTIONS_TAKEN} as a review form shows it: a list, each line as written (task-local) */
  public static final String ACTIONS_TAKEN_SHOWN = "actionsTakenShown";
  /** a UNO's own late offices, whom its letter would reach (task-local, on a UNO's review) */
  public static final String UNO_OFFICES_TEXT = "unoOfficesText";
  /** the meeting's own reminder offsets in working days (a JSON list of integers); absent: the default */
  public static final String REMINDER_DAYS = "reminderDays";
  // the minutes' own texts as a decision's forms show them, Markdown escaped (MarkdownLiteral): what the secretary
  // typed reaches each office as typed, never as a link or a heading (set once per decision, DecisionCallMapping)
  public static final String MEETING_TITLE_SHOWN = "meetingTitleShown";
  public static final String DECISION_TITLE_SHOWN = "decisionTitleShown";
  public static final String DECISION_TEXT_SHOWN = "decisionTextShown";
  public static final String IMPLEMENTERS_TEXT_SHOWN = "implementersTextShown";
  /** the implementer phrases the directory did not know, as the minutes write them (ResolveImplementersDelegate) */
  public static final String UNRESOLVED_TEXT_SHOWN = "unresolvedTextShown";
  /** the meeting's progress report, linked from the lead's and the secretary's forms */
  public static final String PROGRESS_LINK = "progressLink";
  public static final String OFFICES = "offices";
  public static final String OFFICE_OPTIONS = "officeOptions";
  public static final String ALL_OFFICE_OPTIONS = "allOfficeOptions";
  /** on a review task: the remarks of the review before it (a UNO's referral, the chair's letter), to read */
  public static final String PREVIOUS_REMARKS_TEXT = "previousRemarksText";
  /** The last reviewer's remarks, kept on the decision while the next review is open (the form starts empty). */
  public static final String PREVIOUS_REVIEW_REMARKS = "previousReviewRemarks";
  /** offices the lead adds on accepting, beyond the directory's proposal (a list, optional) */
  public static final String MORE_OFFICES = "moreOffices";
  public static final String LEAD_GROUP = "leadGroup";
  public static final String VERIFIER_GROUPS = "verifierGroups";
  public static final String UNRESOLVED_IMPLEMENTERS = "unresolvedImplementers";
  public static final String UNRESOLVED_TEXT = "unresolvedText";
  public static final String IMPLEMENTERS_RESOLVED = "implementersResolved";
  public static final String ACCEPTED = "accepted";
  /** the lead's "not ours" on its acceptance task, with the reason: the decision goes back to the secretary */
  public static final String LEAD_DECLINED = "leadDeclined";
  public static final String DECLINE_REASON = "declineReason";
  /** who handed the decision back and why, for the secretary's form */
  public static final String DECLINED_TEXT = "declinedText";
  /** the lead's note to the offices, written on accepting; their report form shows it */
  public static final String ASSIGNMENT_NOTE = "assignmentNote";
  public static final String OFFICES_ASKED = "officesAsked";
  /**
   * The offices whose part ended as withdrawn (প্রত্যাহৃত: the verifier agreed the work is not theirs), a JSON list on
   * the decision; they stay in {@link #OFFICES}, which lists every office ever asked.
   */
  public static final String OFFICES_WITHDRAWN = "officesWithdrawn";
  public static final String OFFICES_REPORTED = "officesReported";
  public static final String PROGRESS_TEXT = "progressText";
  public static final String PENDING_OFFICES_TEXT = "pendingOfficesText";
  /** Another official's words as a form shows them, Markdown escaped (task-local): see MarkdownLiteral. */
  public static final String ASSIGNMENT_NOTE_SHOWN = "assignmentNoteShown";
  public static final String RETURN_REASON_SHOWN = "returnReasonShown";
  public static final String UPDATE_SUMMARY_SHOWN = "updateSummaryShown";
  public static final String REMARKS_SHOWN = "remarksShown";
  public static final String EVIDENCE_SHOWN = "evidenceShown";
  /** Why an office's report was last sent back (local to the office): its resubmission's verifier reads it. */
  public static final String EARLIER_RETURN_REASON = "earlierReturnReason";
  public static final String EARLIER_RETURN_REASON_SHOWN = "earlierReturnReasonShown";
  /**
   * The acceptance form's deadline as the lead sees and types it, day first (task-local; the decision's deadline
   * stays the ISO day in {@link #DEADLINE}).
   */
  public static final String DEADLINE_DAY = "deadlineDay";
  /** What {@link #DEADLINE_DAY} held when the task opened: unchanged, the decision's deadline stands (task-local). */
  public static final String DEADLINE_DAY_PREFILLED = "deadlineDayPrefilled";
  /** The verify form's line saying when the report came in, and whether after the deadline (task-local). */
  public static final String REPORTED_TEXT = "reportedText";
  /** The review forms' line naming the decision's lead, while a review is open. */
  public static final String LEAD_TEXT = "leadText";
  public static final String OUTCOME = "outcome";

  // deadline watch
  public static final String NEXT_CHECKPOINT_AT = "nextCheckpointAt";
  public static final String CHECKPOINT_KIND = "checkpointKind";
  /**
   * A reminder that fired late on a day off and was not sent (CheckpointFiredListener): the planner owes it on the
   * next working morning. Removed once planned.
   */
  public static final String CHECKPOINT_OWED = "checkpointOwed";
  public static final String LAST_ESCALATION_AT = "lastEscalationAt";
  public static final String ESCALATED = "escalated";
  public static final String WORKING_DAYS_LATE = "workingDaysLate";
  public static final String REMINDERS_SENT = "remindersSent";
  public static final String ESCALATIONS = "escalations";

  // escalation ladder (EscalationRoute per late office)
  /** the EscalationRoute table's input beside {@link #WORKING_DAYS_LATE}: district, upazila or union */
  public static final String OFFICE_LEVEL = "officeLevel";
  /** this escalation's route per late office, in order (JSON list of office, level, escalateTo, notify, uno) */
  public static final String ESCALATION_ROUTES = "escalationRoutes";
  /** where this escalation goes: none (no late office: the chair), uno or adc */
  public static final String ESCALATE_TO = "escalateTo";
  public static final String UNO_GROUPS = "unoGroups";
  /**
   * One UNO's review on the rung (SubProcess_UnoReview's element variable, local to its instance): the UNO that
   * decides it, and whose offices its letter goes to. Absent on the single review of earlier versions.
   */
  public static final String UNO_GROUP = "unoGroup";
  /**
   * The UNOs of this rung who have sent their letter, their reviews done (JSON list; ReviewWithdrawnNotice): a rung
   * withdrawn later withdraws only the others'. Absent until one has.
   */
  public static final String UNOS_ACTED = "unosActed";
  /**
   * On the single UNO review of earlier versions: the UNO(s) among the user's groups who chose the letter, so that it
   * is signed by them only (absent when the administrator or the application acted for all the UNOs).
   */
  public static final String UNO_SIGNERS = "unoSigners";
  /** when the UNOs' review lapses and the decision goes on to the chair (Event_UnoReviewLapsed) */
  public static final String UNO_REVIEW_LAPSES_AT = "unoReviewLapsesAt";
  /**
   * The UNOs whose reviews the rung's lapse ended and told so (JSON list; UnoReviewLapsedNotice): the escalation that
   * follows the lapse sends them no «অবগতি» copy besides, and removes it. Absent otherwise.
   */
  public static final String UNOS_TOLD_OF_LAPSE = "unosToldOfLapse";
  public static final String ESCALATION_NOTICES = "escalationNotices";
  /** who chose on the review task: uno or adc */
  public static final String REVIEWED_BY = "reviewedBy";
  /** the user who completed the review task, or null (the application): a reminder letter is signed with that name */
  public static final String REVIEW_DECIDED_BY = "reviewDecidedBy";
  public static final String REMINDER_LETTERS_SENT = "reminderLettersSent";
  /** the reminder letters' attachments on the decision, for Cockpit: which letter is which */
  public static final String REMINDER_LETTER_ATTACHMENTS = "reminderLetterAttachments";
  public static final String REMINDER_LETTER_COUNT = "reminderLetterCount";

  // chair
  public static final String CHAIR_DECISION = "chairDecision";
  public static final String NEW_DEADLINE = "newDeadline";
  public static final String NEW_LEAD_GROUP = "newLeadGroup";
  public static final String CHAIR_REMARKS = "chairRemarks";
  /** every reviewer's remarks on the decision, named and dated, a line each (ReviewerRemarksRecord): for the mails */
  public static final String REVIEWER_REMARKS_TEXT = "reviewerRemarksText";

  // closed by a later meeting of the committee (SubProcess_ClosedByLaterMeeting)
  public static final String CLOSE_REASON = "closeReason";
  /** the memo key of the meeting at which the decision was closed */
  public static final String CLOSED_AT_MEETING = "closedAtMeeting";
  /** Who closed a decision by a close request, as the record names them ("সদস্য-সচিব", "সভাপতি") */
  public static final String CLOSED_BY = "closedBy";
  /** How the later meeting settled it: {@link DecisionClosing.Kind#value()} ("implemented", "continued", …) */
  public static final String CLOSE_KIND = "closeKind";
  /**
   * Transient, kept by a close (the request's message, the chair's review): the offices that owed work when it came, as
   * a comma-separated list. By the time the notice is written the close has ended their tasks, and each office's
   * variable with its task.
   */
  public static final String OFFICES_OWING_AT_CLOSE = "officesOwingAtClose";

  // carry-over: a meeting's snapshot of the earlier meetings' open decisions, and its review form's list of them
  public static final String CARRIED_OVER_DECISIONS = "carriedOverDecisions";
  /** The review form's checklist of carried-over decisions ([{label, value: process instance id}]). */
  public static final String CARRIED_OVER_OPTIONS = "carriedOverOptions";
  /** What the secretary ticked in it: the process instance ids to close, and the one reason for them. */
  public static final String CARRIED_OVER_TO_CLOSE = "carriedOverToClose";
  public static final String CARRIED_OVER_CLOSE_REASON = "carriedOverCloseReason";
  /** Ticked to settle as implemented (the meeting declares them done), and as continued by a decision of its own. */
  public static final String CARRIED_OVER_IMPLEMENTED = "carriedOverImplemented";
  public static final String CARRIED_OVER_CONTINUED = "carriedOverContinued";
  public static final String CARRIED_OVER_TEXT = "carriedOverText";

  // one office's instance (local to SubProcess_OfficeUpdate)
  public static final String OFFICE = "office";
  public static final String OFFICE_NAME = "officeName";
  public static final String UPDATE_SUMMARY = "updateSummary";
  public static final String EVIDENCE_LINK = "evidenceLink";
  public static final String REMARKS = "remarks";
  public static final String VERDICT = "verdict";
  public static final String RETURN_REASON = "returnReason";
  public static final String REPORTED = "reported";
  /** Local to an office's instance: the user who sent its latest report, who may not also verify it. */
  public static final String REPORTED_BY = "reportedBy";
  /**
   * The report form's «এই কাজ আমাদের দপ্তরের নয় / not our office's work» (local to the office's instance): instead of a
   * report, the office asks to be withdrawn, with {@link #NOT_OUR_WORK_REASON}; its verifier agrees or sends it back.
   */
  public static final String NOT_OUR_WORK = "notOurWork";
  public static final String NOT_OUR_WORK_REASON = "notOurWorkReason";
  /** {@link #NOT_OUR_WORK_REASON} as the verifier's form shows it, Markdown escaped (task-local). */
  public static final String NOT_OUR_WORK_REASON_SHOWN = "notOurWorkReasonShown";
  /** The verify form's choices (task-local): accept or send back a report; agree or send back a withdrawal. */
  public static final String VERDICT_OPTIONS = "verdictOptions";
  /**
   * The verify form's offices to ask besides (local to the office's instance, emptied once asked): the office whose
   * work it is, when agreeing to a withdrawal; an office the decision left out, with any verdict.
   */
  public static final String OFFICES_TO_ASK = "officesToAsk";
  /**
   * Local to the instance of an office asked after the lead's acceptance: the office it was asked instead of (a
   * withdrawn one), or "" when a verifier added it besides the others.
   */
  public static final String ASKED_INSTEAD_OF = "askedInsteadOf";
  /** Local to an office's instance: the day (ISO) a verifier asked it, after the lead's acceptance; absent otherwise. */
  public static final String ASKED_LATER_ON = "askedLaterOn";
  /**
   * Local to an office's instance asked after the lead's acceptance: who asked it, as the decision's record names them
   * ("যাচাইকারী", "মূল বাস্তবায়নকারী", "সদস্য-সচিব", …); absent for one asked before this was kept (a verifier).
   */
  public static final String ASKED_BY = "askedBy";
  /** Local to a withdrawn office's instance: the offices the verifier asked in its place (a JSON list, maybe empty). */
  public static final String ASKED_IN_ITS_PLACE = "askedInItsPlace";

  public static final String VERDICT_ACCEPTED = "accepted";
  public static final String VERDICT_RETURNED = "returned";
  /** The verifier agrees that the work is not the office's: its part ends as withdrawn (প্রত্যাহৃত). */
  public static final String VERDICT_WITHDRAWN = "withdrawn";
}

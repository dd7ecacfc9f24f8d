package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.EscalationStep;
import bd.gov.followup.deadline.WorkingDayCalendar;
import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.workflow.DeadlineClock;
import bd.gov.followup.workflow.DecisionDeadlines;
import bd.gov.followup.workflow.DecisionTexts;
import bd.gov.followup.workflow.JsonVariables;
import bd.gov.followup.workflow.MeetingRegistration;
import bd.gov.followup.workflow.MinutesVariable;
import bd.gov.followup.workflow.OfficeOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

/**
 * Draws up a meeting's progress report from Camunda, which is the system of record. Five queries per meeting,
 * whatever the number of decisions and offices: the meeting's instance, its variables, its decision instances, all
 * their variables (the office scopes' local ones included, told apart by execution) and their open chair tasks;
 * three more when earlier decisions were carried over to the meeting, and one per earlier meeting that was under
 * review then. Every query runs with the caller's
 * authorizations: an office reads the decisions it takes part in and nothing else (the report is then partial).
 * The queries ask for everything of one meeting ({@code unlimitedList}): the engine's query result limit guards
 * open-ended queries from clients, and a meeting's decisions and offices are bounded by its minutes.
 */
@Service
public class ProgressReports {

  /** the meeting's multi-instance call of its decisions (meeting-followup.bpmn) */
  static final String DECISIONS_CALL_ACTIVITY = "CallActivity_DecisionFollowup";
  private static final String[] MEETING_VARIABLES = {MEMO_KEY, COMMITTEE, MEETING_TITLE, MINUTES, CARRIED_OVER_DECISIONS, SECRETARY_GROUP};
  private static final String[] DECISION_VARIABLES = {
    DECISION_NUMBER, DECISION_TITLE, DECISION_TEXT, IMPLEMENTERS_TEXT, DEADLINE, OFFICES, LEAD_GROUP,
    OFFICES_REPORTED, ESCALATED, ESCALATIONS, OUTCOME, CHAIR_REMARKS, REVIEWED_BY, CLOSE_REASON, CLOSED_AT_MEETING, CLOSE_KIND,
    OFFICE, OFFICE_NAME, UPDATE_SUMMARY, EVIDENCE_LINK, REMARKS, VERDICT, RETURN_REASON, REPORTED,
    NOT_OUR_WORK, NOT_OUR_WORK_REASON, ASKED_IN_ITS_PLACE, ASKED_INSTEAD_OF, ASKED_LATER_ON,
    IMPLEMENTERS_RESOLVED, PREVIOUS_REVIEW_REMARKS, CHAIR_DECISION, DEADLINE_CHANGES, ACTIONS_TAKEN, MEMO_NUMBER,
    UNO_GROUP, SECRETARY_GROUP
  };

  private final HistoryService historyService;
  private final MinutesVariable minutesVariable;
  private final OfficeOptions officeOptions;
  private final WorkingDayCalendar calendar;
  private final MeetingRegistration registration;
  private final ObjectMapper objectMapper;
  private final ProcessEngineConfigurationImpl engine;

  public ProgressReports(
      HistoryService historyService,
      MinutesVariable minutesVariable,
      OfficeOptions officeOptions,
      WorkingDayCalendar calendar,
      MeetingRegistration registration,
      ObjectMapper objectMapper,
      ProcessEngineConfigurationImpl engine) {
    this.historyService = historyService;
    this.minutesVariable = minutesVariable;
    this.officeOptions = officeOptions;
    this.calendar = calendar;
    this.registration = registration;
    this.objectMapper = objectMapper;
    this.engine = engine;
  }

  /** @throws UnknownMeetingException when no meeting has this memo key */
  public ProgressReport of(String memoKey) {
    return find(memoKey).orElseThrow(() -> new UnknownMeetingException(memoKey));
  }

  public Optional<ProgressReport> find(String memoKey) {
    return registration.find(memoKey).map(this::report);
  }

  /**
   * The reports of several meetings (a committee's), oldest first, each of its own decisions only: without the
   * earlier meetings' decisions it carried over, which are those meetings' own (read as theirs, once each). At every
   * registration the carry-over reads the committee's meetings under way; each also reading what it carried over
   * would read a decision once per meeting that carried it.
   */
  public List<ProgressReport> ofMeetings(List<HistoricProcessInstance> meetings) {
    return meetings.stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .map(meeting -> report(meeting, false))
        .toList();
  }

  ProgressReport report(HistoricProcessInstance meetingInstance) {
    return report(meetingInstance, true);
  }

  private ProgressReport report(HistoricProcessInstance meetingInstance, boolean withPrevious) {
    Map<String, Object> meetingVariables = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(meetingInstance.getId())
        .variableNameIn(MEETING_VARIABLES)
        .unlimitedList()) {
      if (variable.getExecutionId() == null || variable.getExecutionId().equals(meetingInstance.getId())) {
        meetingVariables.put(variable.getName(), variable.getValue());
      }
    }
    Object minutesValue = meetingVariables.get(MINUTES);
    Meeting minutes = minutesValue == null ? null : minutesVariable.fromVariable(minutesValue);

    List<HistoricProcessInstance> decisionInstances = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(meetingInstance.getId())
        .orderByProcessInstanceStartTime().asc()
        .unlimitedList();
    LocalDate today = DeadlineClock.today();
    Map<Integer, DecisionProgress> byNumber = new LinkedHashMap<>();
    for (DecisionProgress progress : progress(decisionInstances, today).values()) {
      // a decision restarted by an administrator: the latest instance counts
      byNumber.merge(progress.number(), progress, (earlier, later) -> later);
    }
    boolean partial = false;
    if (minutes != null) {
      if (decisionInstances.isEmpty() && !decisionsStarted(meetingInstance)) {
        for (Decision decision : minutes.decisions()) {
          byNumber.put(decision.number(), notStarted(minutes, decision, today,
              officeLabel(meetingVariables.get(SECRETARY_GROUP))));
        }
      } else {
        // the workflows start all at once: a decision missing now is one this reader may not see (an office sees
        // the decisions it takes part in), not one still waiting for the review
        partial = minutes.decisions().stream().anyMatch(d -> !byNumber.containsKey(d.number()));
      }
    }
    List<DecisionProgress> decisions = byNumber.values().stream()
        .sorted(Comparator.comparingInt(DecisionProgress::number))
        .toList();

    String memoKey = (String) meetingVariables.getOrDefault(MEMO_KEY, meetingInstance.getBusinessKey());
    return new ProgressReport(
        memoKey,
        minutes == null ? memoKey : minutes.memoNumber(),
        (String) meetingVariables.get(COMMITTEE),
        minutes == null ? null : minutes.office(),
        (String) meetingVariables.get(MEETING_TITLE),
        minutes == null ? null : minutes.date(),
        minutes == null ? null : minutes.issueDate(),
        minutes == null ? null : minutes.issueDateBangla(),
        minutes == null || minutes.chair() == null ? null : minutes.chair().name(),
        minutes == null || minutes.chair() == null ? null : minutes.chair().designation(),
        meetingInstance.getEndTime() != null,
        DeadlineClock.now().atZone(DeadlineClock.DHAKA).toOffsetDateTime(),
        decisions,
        ProgressReport.Rates.of(decisions),
        partial,
        withPrevious
            ? carriedOver(CarryOverSnapshot.read(meetingVariables.get(CARRIED_OVER_DECISIONS), objectMapper), today)
            : List.of());
  }

  /**
   * Whether the meeting has started its decisions (its review is over): a reader who may see none of them (an office
   * reading the meeting for a decision carried over to it) must not be shown them as waiting for the review.
   */
  private boolean decisionsStarted(HistoricProcessInstance meeting) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(meeting.getId())
        .activityId(DECISIONS_CALL_ACTIVITY).count() > 0;
  }

  /** Each readable decision instance's progress, by instance id: three queries, whatever their number. */
  private Map<String, DecisionProgress> progress(List<HistoricProcessInstance> decisionInstances, LocalDate today) {
    return progress(decisionInstances, decisionVariables(decisionInstances), today);
  }

  private Map<String, DecisionProgress> progress(List<HistoricProcessInstance> decisionInstances,
      Map<String, DecisionVariables> variablesByInstance, LocalDate today) {
    Map<String, String> openReviews = openReviewTasks(decisionInstances);
    Map<String, List<ReviewerRemarks>> reviewerRemarks = reviewerRemarks(decisionInstances, variablesByInstance);
    // several decisions closed at one meeting: that meeting is looked up once
    Map<String, ClosingMeeting> closingMeetings = new HashMap<>();
    Map<String, DecisionProgress> out = new LinkedHashMap<>();
    for (HistoricProcessInstance instance : decisionInstances) {
      out.put(instance.getId(), decision(instance, variablesByInstance.get(instance.getId()),
          openReviews.get(instance.getId()), reviewerRemarks.getOrDefault(instance.getId(), List.of()), today,
          closingMeetings));
    }
    return out;
  }

  /**
   * Every review of the late decisions decided with remarks, oldest first: each UNO that acted on its rung (one review
   * per UNO), and the chair, each time. Read from what Camunda keeps, not from a variable of the report's own: the
   * review tasks completed (when, and on which execution), a UNO review's remarks and reviewer local to its instance
   * of SubProcess_UnoReview (UnoReviewScopeListener, ChairDecisionCheckListener; its historic variables outlive the
   * instance), and the chair's — on the decision, which each later review clears and overwrites — as the decision's
   * variable updates had them when its task was completed (history level full). The decision's own chairRemarks holds
   * only the latest reviewer's: a second UNO's letter replaced the first's remarks there. Two queries, only when a
   * decision of the meeting was ever escalated or reviewed; none otherwise.
   */
  private Map<String, List<ReviewerRemarks>> reviewerRemarks(List<HistoricProcessInstance> instances,
      Map<String, DecisionVariables> variablesByInstance) {
    String[] ids = instances.stream()
        .filter(i -> reviewed(variablesByInstance.get(i.getId())))
        .map(HistoricProcessInstance::getId)
        .toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    Set<String> reviewedIds = Set.of(ids);
    String[] businessKeys = instances.stream()
        .filter(i -> reviewedIds.contains(i.getId()) && i.getBusinessKey() != null)
        .map(HistoricProcessInstance::getBusinessKey)
        .distinct()
        .toArray(String[]::new);
    if (businessKeys.length == 0) {
      return Map.of();
    }
    List<HistoricTaskInstance> tasks = readableAlready(() -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyIn(businessKeys)
        .taskDefinitionKeyIn(TASK_REVIEW_OVERDUE_DECISION, TASK_REVIEW_OVERDUE_OFFICE)
        .finished()
        .orderByHistoricTaskInstanceEndTime().asc()
        .unlimitedList());
    // the decision's own remarks, each value they ever held, in order: the chair's review writes them there
    List<HistoricDetail> updates = readableAlready(() -> historyService
        .createHistoricDetailQuery()
        .processInstanceIdIn(ids)
        .variableUpdates()
        .variableNameLike(CHAIR_REMARKS)
        .orderByTime().asc()
        .orderPartiallyByOccurrence().asc()
        .unlimitedList());
    Map<String, List<ReviewerRemarks>> out = new HashMap<>();
    for (HistoricTaskInstance task : tasks) {
      // a review ended otherwise (a referral by another UNO, the rung's lapse, no longer overdue) chose nothing
      if (!reviewedIds.contains(task.getProcessInstanceId()) || !"completed".equals(task.getDeleteReason())
          || task.getEndTime() == null) {
        continue;
      }
      DecisionVariables decision = variablesByInstance.get(task.getProcessInstanceId());
      Map<String, Object> unoReview = decision.reviews.get(task.getExecutionId());
      String remarks;
      String by;
      if (unoReview != null) {
        remarks = text(unoReview.get(CHAIR_REMARKS));
        String uno = officeOptions.label(String.valueOf(unoReview.get(UNO_GROUP)));
        // the chair's user may decide a UNO's review: recorded as the chair, on that UNO's review
        by = EscalationStep.UNO.equals(unoReview.get(REVIEWED_BY)) || unoReview.get(REVIEWED_BY) == null ? uno
            : DecisionProgress.REVIEWER_CHAIR + " (" + uno + "-এর পর্যালোচনায়)";
      } else {
        remarks = decisionRemarksAt(updates, task.getProcessInstanceId(), task.getEndTime());
        by = TASK_REVIEW_OVERDUE_DECISION.equals(task.getTaskDefinitionKey()) ? DecisionProgress.REVIEWER_CHAIR
            : DecisionProgress.REVIEWER_UNO; // the single UNO review of earlier versions: whose, it does not keep
      }
      if (!remarks.isBlank()) {
        out.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(new ReviewerRemarks(by,
            task.getEndTime().toInstant().atZone(DeadlineClock.DHAKA).toLocalDate(), remarks.strip()));
      }
    }
    return out;
  }

  /** Whether the decision was ever escalated or reviewed: only then may it have a reviewer's remarks. */
  private static boolean reviewed(DecisionVariables variables) {
    if (variables == null) {
      return false;
    }
    Map<String, Object> own = variables.own;
    return number(own.get(ESCALATIONS), 0) > 0 || own.get(CHAIR_REMARKS) != null
        || own.get(PREVIOUS_REVIEW_REMARKS) != null || own.get(REVIEWED_BY) != null || !variables.reviews.isEmpty();
  }

  /** The decision's own remarks (not a UNO review's) as they stood when a review of it was completed. */
  private static String decisionRemarksAt(List<HistoricDetail> updates,
      String processInstanceId, Date completed) {
    Object value = null;
    for (HistoricDetail update : updates) {
      if (processInstanceId.equals(update.getProcessInstanceId())
          && processInstanceId.equals(update.getExecutionId())
          && !update.getTime().after(completed)) {
        value = ((HistoricVariableUpdate) update).getValue();
      }
    }
    return value == null ? "" : value.toString();
  }

  /**
   * The earlier meetings' decisions this meeting carried over, as they stand now, in the snapshot's order (oldest
   * deadline first), then those of the meetings that were under review, by number. No query without any; a reader
   * sees those it may read.
   */
  private List<CarriedOverDecision> carriedOver(List<CarryOverSnapshot.Entry> snapshot, LocalDate today) {
    if (snapshot.isEmpty()) {
      return List.of();
    }
    Set<String> ids = snapshot.stream().filter(entry -> !entry.wholeMeeting())
        .map(CarryOverSnapshot.Entry::processInstanceId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<HistoricProcessInstance> instances = new ArrayList<>(ids.isEmpty() ? List.of()
        : historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).unlimitedList());
    // a meeting under review when this one was registered: its decisions as its review started them, added ones too
    Map<String, List<HistoricProcessInstance>> byMeeting = new LinkedHashMap<>();
    for (CarryOverSnapshot.Entry meeting : CarryOverSnapshot.underReview(snapshot)) {
      List<HistoricProcessInstance> started = decisionsOf(meeting.memoKey());
      byMeeting.put(meeting.memoKey(), started);
      instances.addAll(started);
    }
    Map<String, DecisionVariables> variables = decisionVariables(instances);
    Map<String, DecisionProgress> progress = progress(instances, variables, today);
    List<CarriedOverDecision> out = new ArrayList<>();
    for (CarryOverSnapshot.Entry entry : snapshot) {
      List<String> entryIds = !entry.wholeMeeting() ? List.of(entry.processInstanceId())
          : byMeeting.getOrDefault(entry.memoKey(), List.of()).stream().map(HistoricProcessInstance::getId).toList();
      for (String id : entryIds) {
        DecisionProgress decision = progress.get(id);
        if (decision != null) {
          out.add(new CarriedOverDecision(entry.memoKey(), memoNumber(variables.get(id), entry.memoKey()),
              entry.meetingTitle(), entry.meetingDate(), decision));
        }
      }
      if (entry.wholeMeeting()) {
        byMeeting.remove(entry.memoKey()); // an earlier snapshot names the meeting once per decision: listed once
      }
    }
    return out;
  }

  /**
   * The decisions a meeting has started, as far as the reader may read them, by number; of a decision restarted by
   * an administrator, the latest. Found by their business keys ("{memo key}/03"), which a meeting registered again
   * under the same memo number (minutes discarded in their review) gives its decisions too.
   */
  private List<HistoricProcessInstance> decisionsOf(String memoKey) {
    String prefix = memoKey + "/";
    Map<Integer, HistoricProcessInstance> byNumber = new java.util.TreeMap<>();
    for (HistoricProcessInstance decision : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS)
        .processInstanceBusinessKeyLike(prefix + "%")
        .orderByProcessInstanceStartTime().asc()
        .unlimitedList()) {
      String key = decision.getBusinessKey();
      // LIKE reads "_" and "%" of a memo key as wildcards: only this meeting's own keys
      if (key.startsWith(prefix) && key.substring(prefix.length()).matches("[0-9]+")) {
        byNumber.put(numberFromKey(key), decision);
      }
    }
    return List.copyOf(byNumber.values());
  }

  /**
   * The memo number of a decision's meeting as its minutes write it, which the decision carries; a decision started
   * before it did, its meeting's key.
   */
  private static String memoNumber(DecisionVariables decision, String memoKey) {
    Object written = decision == null ? null : decision.own.get(MEMO_NUMBER);
    return written == null || written.toString().isBlank() ? memoKey : written.toString();
  }

  /** One query for the variables of every decision instance, split into the decision's and each office scope's. */
  private Map<String, DecisionVariables> decisionVariables(List<HistoricProcessInstance> instances) {
    Map<String, DecisionVariables> out = new HashMap<>();
    if (instances.isEmpty()) {
      return out;
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    for (String id : ids) {
      out.put(id, new DecisionVariables());
    }
    List<HistoricVariableInstance> variables = readableAlready(() -> historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids)
        .variableNameIn(DECISION_VARIABLES)
        .unlimitedList());
    for (HistoricVariableInstance variable : variables) {
      if (variable.getTaskId() != null) {
        continue;
      }
      DecisionVariables decision = out.get(variable.getProcessInstanceId());
      String execution = variable.getExecutionId();
      if (execution == null || execution.equals(variable.getProcessInstanceId())) {
        decision.own.put(variable.getName(), variable.getValue());
      } else {
        // all offices share the multi-instance body's activity instance: their scope executions tell them apart
        decision.scopes.computeIfAbsent(execution, s -> new HashMap<>()).put(variable.getName(), variable.getValue());
      }
    }
    // a UNO's review (SubProcess_UnoReview): unoReviewScope created its remarks local to the instance, by execution
    out.values().forEach(d -> d.scopes.forEach((execution, scope) -> {
      if (scope.containsKey(UNO_GROUP) && scope.containsKey(CHAIR_REMARKS)) {
        d.reviews.put(execution, scope);
      }
    }));
    // an office's scope is the one where the officeScope listener created officeName; the element variable
    // "office" alone (on the multi-instance's inner execution) is not
    out.values().forEach(d -> d.scopes.values().removeIf(scope -> !scope.containsKey(OFFICE_NAME)));
    return out;
  }

  /**
   * Reads rows of decision instances the reader's own (checked) query returned, without Camunda's check of each row:
   * whoever may read a historic instance may read all its variables (READ_HISTORY on the definition or READ on the
   * instance are the first two ways the variable check allows), so the rows are the same — unless the engine is
   * set to enforce a variable permission of its own ({@code enforceSpecificVariablePermission}, off here). The check costs the
   * report its speed: with historic instance permissions Camunda joins every variable row to every task of its
   * instance ({@code ACT_HI_TASKINST on PROC_INST_ID_ = … or ID_ = …}) and to the authorizations, which took the
   * demo meeting's page (five decisions, 59 offices) 1.2–4 s on H2.
   */
  private <T> T readableAlready(Supplier<T> read) {
    if (engine.isEnforceSpecificVariablePermission()) {
      return read.get(); // variables then need a permission of their own (READ_HISTORY_VARIABLE): checked per row
    }
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read::get));
  }

  /**
   * One query: which running decisions are with a reviewer, and which one (the review task's key: the chair's, or
   * a UNO's on the ladder's first rung). Read from the history, which every reader of the decision may read (an
   * office has READ on its historic instance): the runtime task is the reviewer's alone, and an office reading the
   * report would see another state than the secretary.
   */
  private Map<String, String> openReviewTasks(List<HistoricProcessInstance> instances) {
    Set<String> running = instances.stream()
        .filter(i -> i.getEndTime() == null)
        .map(HistoricProcessInstance::getId)
        .collect(java.util.stream.Collectors.toSet());
    if (running.isEmpty()) {
      return Map.of();
    }
    String[] businessKeys = instances.stream()
        .filter(i -> running.contains(i.getId()) && i.getBusinessKey() != null)
        .map(HistoricProcessInstance::getBusinessKey)
        .distinct()
        .toArray(String[]::new);
    if (businessKeys.length == 0) {
      return Map.of();
    }
    Map<String, String> open = new HashMap<>();
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyIn(businessKeys)
        .taskDefinitionKeyIn(TASK_REVIEW_OVERDUE_DECISION, TASK_REVIEW_OVERDUE_OFFICE)
        .unfinished()
        .unlimitedList()) {
      if (running.contains(task.getProcessInstanceId())) {
        open.put(task.getProcessInstanceId(), task.getTaskDefinitionKey());
      }
    }
    return open;
  }

  private DecisionProgress decision(HistoricProcessInstance instance, DecisionVariables variables, String openReview,
      List<ReviewerRemarks> reviewerRemarks, LocalDate today, Map<String, ClosingMeeting> closingMeetings) {
    Map<String, Object> own = variables.own;
    LocalDate deadline = date(own.get(DEADLINE));
    // the UNO has it (its review task is open), or had it last and chose; otherwise the chair
    boolean byUno = openReview == null
        ? EscalationStep.UNO.equals(own.get(REVIEWED_BY))
        : TASK_REVIEW_OVERDUE_OFFICE.equals(openReview);
    // an escalation counts while the decision is late under its current deadline, as the watch has it: a lead who
    // set a later date while the chair had the decision leaves it in progress once the chair has chosen
    boolean escalated = Boolean.TRUE.equals(own.get(ESCALATED)) && deadline != null && pastDue(deadline, today);
    DecisionState state = state(instance.getEndTime() != null, settledAs((String) own.get(OUTCOME), own.get(CLOSE_KIND)),
        openReview != null || escalated, byUno, deadline, today);

    List<String> order = JsonVariables.readStrings(own.get(OFFICES), OFFICES);
    List<OfficeProgress> offices = variables.scopes.values().stream()
        .map(this::office)
        .sorted(Comparator.comparingInt(o -> position(order, o.office())))
        .toList();
    int done = (int) offices.stream().filter(OfficeProgress::verified).count();
    int withdrawn = (int) offices.stream().filter(OfficeProgress::withdrawn).count();
    // officesAsked already holds the directory's proposal before the lead accepts: count the offices really asked
    int asked = offices.size();
    int reported = number(own.get(OFFICES_REPORTED), (int) offices.stream().filter(OfficeProgress::reported).count());
    // with an implementer the directory did not know, the secretary stands in as lead until naming the real one
    String lead = Boolean.FALSE.equals(own.get(IMPLEMENTERS_RESOLVED)) ? null : (String) own.get(LEAD_GROUP);
    // the last reviewer's remarks: cleared on the decision while the next review is open (its form starts
    // without them) and kept meanwhile, also when that review lapses unchosen
    String remarks = own.get(CHAIR_REMARKS) != null ? text(own.get(CHAIR_REMARKS)) : text(own.get(PREVIOUS_REVIEW_REMARKS));
    // closed by the chair's review: its remarks are the reason, in the same column as a later meeting's closing
    String closeReason = text(own.get(CLOSE_REASON));
    if (closeReason.isBlank() && state == DecisionState.CLOSED_NOT_IMPLEMENTED && "close".equals(own.get(CHAIR_DECISION))) {
      closeReason = remarks;
    }
    String closedAt = (String) own.get(CLOSED_AT_MEETING);
    ClosingMeeting closing = closedAt == null ? ClosingMeeting.NONE
        : closingMeetings.computeIfAbsent(closedAt, this::closingMeeting);
    return new DecisionProgress(
        number(own.get(DECISION_NUMBER), numberFromKey(instance.getBusinessKey())),
        (String) own.get(DECISION_TITLE),
        (String) own.get(DECISION_TEXT),
        (String) own.get(IMPLEMENTERS_TEXT),
        deadline,
        state,
        lead == null ? null : officeOptions.label(lead),
        asked,
        reported,
        done,
        withdrawn,
        number(own.get(ESCALATIONS), 0),
        remarks,
        EscalationStep.UNO.equals(own.get(REVIEWED_BY)) ? DecisionProgress.REVIEWER_UNO : DecisionProgress.REVIEWER_CHAIR,
        true,
        offices,
        instance.getId(),
        closeReason,
        closedAt,
        closing.title(),
        closing.memoNumber(),
        text(own.get(DEADLINE_CHANGES)),
        text(own.get(ACTIONS_TAKEN)),
        openReview != null && instance.getEndTime() == null,
        reviewerRemarks,
        officeLabel(own.get(SECRETARY_GROUP)));
  }

  /**
   * The outcome a later meeting's settlement gave it: a decision of a process version from before 1 Dec 2026 ended
   * every settlement as closed-not-implemented, also one the meeting declared implemented or continued.
   */
  public static String settledAs(String outcome, Object closeKind) {
    if ("closed-not-implemented".equals(outcome)
        && ("implemented".equals(closeKind) || "continued".equals(closeKind))) {
      return (String) closeKind;
    }
    return outcome;
  }

  /**
   * Overdue once the deadline's day is over: the effective day, as the watch has it (a started decision's stored
   * deadline as is; a written one moved past a holiday first).
   */
  DecisionState state(
      boolean ended, String outcome, boolean escalated, boolean byUno, LocalDate deadline, LocalDate today) {
    if (ended) {
      return "implemented".equals(outcome) ? DecisionState.IMPLEMENTED
          : "continued".equals(outcome) ? DecisionState.CONTINUED : DecisionState.CLOSED_NOT_IMPLEMENTED;
    }
    if (escalated) {
      return byUno ? DecisionState.WITH_UNO : DecisionState.ESCALATED;
    }
    if (deadline != null && pastDue(deadline, today)) {
      return DecisionState.OVERDUE;
    }
    return DecisionState.IN_PROGRESS;
  }

  /** The effective deadline's day is over. */
  private static boolean pastDue(LocalDate deadline, LocalDate today) {
    return today.isAfter(deadline);
  }

  private OfficeProgress office(Map<String, Object> scope) {
    String office = (String) scope.get(OFFICE);
    Object name = scope.get(OFFICE_NAME);
    boolean withdrawn = VERDICT_WITHDRAWN.equals(scope.get(VERDICT));
    // a report the office sent before it was withdrawn (sent back, then «not our work») is out of every count, as the
    // decision's officesReported has it: neither given nor shown, in any format
    return new OfficeProgress(
        office,
        name == null ? officeOptions.label(office) : name.toString(),
        Boolean.TRUE.equals(scope.get(REPORTED)) && !withdrawn,
        VERDICT_ACCEPTED.equals(scope.get(VERDICT)),
        withdrawn ? "" : text(scope.get(UPDATE_SUMMARY)),
        withdrawn ? "" : text(scope.get(EVIDENCE_LINK)),
        text(scope.get(REMARKS)),
        text(scope.get(RETURN_REASON)),
        withdrawn,
        yes(scope.get(NOT_OUR_WORK)) && !VERDICT_WITHDRAWN.equals(scope.get(VERDICT)),
        yes(scope.get(NOT_OUR_WORK)) || VERDICT_WITHDRAWN.equals(scope.get(VERDICT))
            ? text(scope.get(NOT_OUR_WORK_REASON)) : "",
        names(JsonVariables.readStrings(scope.get(ASKED_IN_ITS_PLACE), ASKED_IN_ITS_PLACE)),
        text(scope.get(ASKED_INSTEAD_OF)).isEmpty() ? "" : officeOptions.label(text(scope.get(ASKED_INSTEAD_OF))),
        date(scope.get(ASKED_LATER_ON)));
  }

  /** An office id's name, or null for none (a meeting registered before its committee's roles were kept). */
  private String officeLabel(Object officeId) {
    return officeId == null || officeId.toString().isBlank() ? null : officeOptions.label(officeId.toString());
  }

  /** Offices by name, "; " between them; empty for none. */
  private String names(List<String> offices) {
    return offices.isEmpty() ? "" : officeOptions.names(offices);
  }

  /** A yes of a form's checkbox, however it was stored (a client's "true" as text). */
  private static boolean yes(Object value) {
    return value != null && Boolean.parseBoolean(value.toString().strip());
  }

  /** A decision of the minutes whose workflow has not started yet (the secretary is still reviewing the minutes). */
  private DecisionProgress notStarted(Meeting minutes, Decision decision, LocalDate today, String secretary) {
    LocalDate deadline = DecisionDeadlines.written(calendar, minutes, decision, today);
    return new DecisionProgress(
        decision.number(),
        DecisionTexts.decisionTitle(decision.number(), decision.topic()),
        decision.text(),
        String.join("; ", decision.implementers()),
        deadline,
        // the written day is not the decision's yet: moved past a holiday, as it will be when the workflow starts
        state(false, null, false, false, deadline == null ? null : calendar.adjust(deadline).effective(), today),
        null, 0, 0, 0, 0, 0, "", DecisionProgress.REVIEWER_CHAIR, false, List.of(), null, "", null, null, null, "", "",
        false, List.of(), secretary);
  }

  /**
   * The later meeting that settled a decision, as the report names it.
   *
   * @param title its title with its date ("… কমিটির সভা, ১৭/১২/২০২৩"), as the reader may read it; else null
   * @param memoNumber its memo number as the minutes write it, in Bengali digits
   */
  private record ClosingMeeting(String title, String memoNumber) {
    static final ClosingMeeting NONE = new ClosingMeeting(null, null);
  }

  private ClosingMeeting closingMeeting(String memoKey) {
    Map<String, Object> readable = meetingTexts(memoKey);
    // the number as written tells no more than the key every reader is shown anyway: looked up for every reader
    Map<String, Object> texts = readable.containsKey(MEMO_NUMBER_TEXT) ? readable
        : engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> meetingTexts(memoKey)));
    Object number = texts.get(MEMO_NUMBER_TEXT);
    // a meeting registered before its number was kept as written: its key
    return new ClosingMeeting((String) readable.get(MEETING_TITLE),
        number == null ? BengaliDigits.toBengali(memoKey) : number.toString());
  }

  /** The meeting's title and memo number as written, as far as the caller may read them (maybe neither). */
  private Map<String, Object> meetingTexts(String memoKey) {
    HistoricProcessInstance meeting = registration.find(memoKey).orElse(null); // the newest, discarded ones not
    Map<String, Object> texts = new HashMap<>();
    if (meeting != null) {
      historyService.createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
          .variableNameIn(MEETING_TITLE, MEMO_NUMBER_TEXT).unlimitedList().stream()
          .filter(v -> v.getExecutionId() == null || v.getExecutionId().equals(meeting.getId()))
          .forEach(v -> texts.put(v.getName(), v.getValue()));
    }
    return texts;
  }

  /** Offices in the order the lead confirmed them; any other after them. */
  private static int position(List<String> order, String office) {
    int index = order.indexOf(office);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static LocalDate date(Object value) {
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
  }

  private static int number(Object value, int otherwise) {
    return value instanceof Number n ? n.intValue() : otherwise;
  }

  private static int numberFromKey(String businessKey) {
    try {
      return Integer.parseInt(businessKey.substring(businessKey.lastIndexOf('/') + 1));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  private static final class DecisionVariables {
    final Map<String, Object> own = new HashMap<>();
    /** by execution id: the office scopes (and, until filtered, the multi-instance's own executions) */
    final Map<String, Map<String, Object>> scopes = new LinkedHashMap<>();
    /** by execution id: each UNO's review instance, with its remarks, UNO and reviewer */
    final Map<String, Map<String, Object>> reviews = new HashMap<>();
  }
}

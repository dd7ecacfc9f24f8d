package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.CommitteeRoles;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.MinutesWarning;
import bd.gov.followup.security.ApplicationStarts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a meeting: starts its MeetingFollowup instance, keyed by the memo number. Without a review, the decision
 * workflows start in the same transaction — all of them or, on any error, none.
 *
 * <p>A memo number is registered once. Camunda's business keys are not unique, so besides the look-up in history a
 * row in {@code followup_meeting_key} (schema.sql) is inserted in the same transaction as the start: when two
 * requests or two nodes race, the primary key refuses the second and its start rolls back with it.
 */
@Service
public class MeetingRegistration {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final OfficeDirectory directory;
  private final MinutesVariable minutesVariable;
  private final ObjectMapper objectMapper;
  private final JdbcTemplate jdbc;

  public MeetingRegistration(
      RuntimeService runtimeService,
      HistoryService historyService,
      IdentityService identityService,
      OfficeDirectory directory,
      MinutesVariable minutesVariable,
      ObjectMapper objectMapper,
      JdbcTemplate jdbc) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.directory = directory;
    this.minutesVariable = minutesVariable;
    this.objectMapper = objectMapper;
    this.jdbc = jdbc;
  }

  /**
   * A registered meeting and its decision workflows (none yet while the minutes wait for review).
   *
   * @param minutes the minutes as they stand on the meeting (after the secretary's review), or null
   */
  public record Registered(String memoKey, String processInstanceId, boolean created, List<StartedDecision> decisions,
      Meeting minutes) {}

  /** One decision's workflow: processInstanceId is null until it started. */
  public record StartedDecision(int number, String businessKey, String processInstanceId) {}

  /**
   * Registers the meeting unless the memo number is taken: the same minutes again answer with the meeting registered
   * before ({@code created == false}); other minutes under that memo number are refused.
   *
   * @throws MeetingAlreadyRegisteredException when the memo number holds other minutes, or a concurrent registration
   *     of it won (then processInstanceId is null: ask again)
   */
  @Transactional
  public Registered registerOnce(Meeting meeting, boolean reviewRequired) {
    return registerOnce(meeting, reviewRequired, List.of());
  }

  /** @param warnings what the reader flagged: shown on the secretary's review form */
  @Transactional
  public Registered registerOnce(Meeting meeting, boolean reviewRequired, List<MinutesWarning> warnings) {
    Optional<Registered> same = registeredBefore(meeting);
    if (same.isPresent()) {
      return same.get();
    }
    ProcessInstance instance = register(meeting, reviewRequired, warnings);
    return registered(meeting.memoKey(), instance.getId(), true);
  }

  /**
   * The meeting these minutes were registered as before, when the memo number holds them already (also written with
   * ASCII digits for Bengali); empty when the memo number is free. Asked by the import's preview too, so that it
   * refuses what the import would.
   *
   * @throws MeetingAlreadyRegisteredException when the memo number holds other minutes
   */
  public Optional<Registered> registeredBefore(Meeting meeting) {
    String memoKey = meeting.memoKey();
    Optional<HistoricProcessInstance> existing = find(memoKey);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> content = registeredContent(memoKey, existing.get());
    if (content.equals(Optional.of(contentHash(meeting)))) {
      return Optional.of(registered(memoKey, existing.get().getId(), false));
    }
    Meeting stored = asRegistered(existing.get().getId())
        .orElse(registered(memoKey, existing.get().getId(), false).minutes());
    // the same minutes with the memo number written otherwise (ASCII digits for Bengali): the same key, the
    // same meeting, not "other minutes" that differ nowhere
    if (stored != null && content.equals(Optional.of(contentHash(meeting.withMemoNumber(stored.memoNumber()))))) {
      return Optional.of(registered(memoKey, existing.get().getId(), false));
    }
    throw new MeetingAlreadyRegisteredException(memoKey, existing.get().getId(),
        stored == null ? List.of() : MeetingDifferences.between(stored, meeting));
  }

  /**
   * The minutes as they were registered, before the secretary's review corrected them (the variable's first value in
   * the history): what a file sent again is compared with, as its sameness is (the content hash) — the review's own
   * corrections are no difference of the file's. Empty when the history does not keep it.
   */
  private Optional<Meeting> asRegistered(String processInstanceId) {
    return historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .orderPartiallyByOccurrence().asc().unlimitedList().stream()
        .map(org.camunda.bpm.engine.history.HistoricVariableUpdate.class::cast)
        .filter(update -> MINUTES.equals(update.getVariableName()) && update.getValue() != null)
        .findFirst().map(update -> minutesVariable.fromVariable(update.getValue()));
  }

  /** The meeting's instance id and its decision workflows, as registered under this memo key. */
  public Registered registered(String memoKey, String processInstanceId, boolean created) {
    Map<String, String> started = new LinkedHashMap<>();
    for (HistoricProcessInstance decision : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS)
        .superProcessInstanceId(processInstanceId)
        .unlimitedList()) {
      started.put(decision.getBusinessKey(), decision.getId());
    }
    List<StartedDecision> decisions = new ArrayList<>();
    Meeting stored = minutesOf(processInstanceId).orElse(null);
    if (stored != null) {
      for (Decision decision : stored.decisions()) {
        String businessKey = memoKey + "/" + decision.numberKey();
        decisions.add(new StartedDecision(decision.number(), businessKey, started.get(businessKey)));
      }
    }
    decisions.sort(Comparator.comparingInt(StartedDecision::number));
    return new Registered(memoKey, processInstanceId, created, List.copyOf(decisions), stored);
  }

  /** The meeting's minutes as they stand (after its review's corrections), from its history; empty without them. */
  public Optional<Meeting> minutesOf(String meetingInstanceId) {
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(meetingInstanceId).variableName(MINUTES).unlimitedList().stream()
        .filter(v -> v.getExecutionId() == null || v.getExecutionId().equals(meetingInstanceId))
        .map(v -> v.getValue()).filter(java.util.Objects::nonNull).findFirst()
        .map(minutesVariable::fromVariable);
  }

  /** SHA-256 of the minutes as JSON: two requests carry the same minutes when these agree. */
  public String contentHash(Meeting meeting) {
    try {
      byte[] json = objectMapper.writeValueAsString(meeting).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new ProcessEngineException("Cannot fingerprint the minutes of " + meeting.memoKey(), e);
    }
  }

  /** What was registered: the guard row's fingerprint, or (meetings registered before it existed) the minutes'. */
  private Optional<String> registeredContent(String memoKey, HistoricProcessInstance instance) {
    List<String> hashes = jdbc.queryForList(
        "SELECT content_sha256 FROM followup_meeting_key WHERE memo_key = ?", String.class, memoKey);
    if (!hashes.isEmpty()) {
      return Optional.of(hashes.get(0));
    }
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(MINUTES).unlimitedList().stream()
        .filter(v -> v.getExecutionId() == null || v.getExecutionId().equals(instance.getId()))
        .findFirst()
        .map(v -> contentHash(minutesVariable.fromVariable(v.getValue())));
  }

  /**
   * The meeting's instance (running or finished) if this memo number was registered before — the newest, as far as
   * the caller may read it (the query runs with the caller's authorizations).
   */
  public Optional<HistoricProcessInstance> find(String memoKey) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .processInstanceBusinessKey(memoKey)
        .orderByProcessInstanceStartTime().desc()
        .unlimitedList()
        .stream()
        .filter(meeting -> !discarded(meeting)) // its memo number went back (MinutesDiscardedListener)
        .findFirst();
  }

  /**
   * The newest minutes discarded under this memo number, as far as the caller may read them: what the number named
   * before it went back, for a reader of the list that shows them as DISCARDED.
   */
  public Optional<HistoricProcessInstance> findDiscarded(String memoKey) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .processInstanceBusinessKey(memoKey)
        .orderByProcessInstanceStartTime().desc()
        .unlimitedList()
        .stream()
        .filter(MeetingRegistration::discarded)
        .findFirst();
  }

  /** Minutes the secretary discarded in their review: no meeting, though the history keeps them. */
  public static boolean discarded(HistoricProcessInstance meeting) {
    return EVENT_MINUTES_DISCARDED.equals(meeting.getEndActivityId());
  }

  /** Gives the memo number back, in the caller's transaction: minutes discarded in their review. */
  void release(String memoKey, String processInstanceId) {
    jdbc.update("DELETE FROM followup_meeting_key WHERE memo_key = ? AND process_instance_id = ?", memoKey,
        processInstanceId);
  }

  /**
   * @param reviewRequired true when the minutes were read from a file: the secretary checks them first
   * @throws MeetingAlreadyRegisteredException when the memo number is taken
   */
  @Transactional
  public ProcessInstance register(Meeting meeting, boolean reviewRequired) {
    return register(meeting, reviewRequired, List.of());
  }

  /** @param warnings what the reader flagged: shown on the secretary's review form */
  @Transactional
  public ProcessInstance register(Meeting meeting, boolean reviewRequired, List<MinutesWarning> warnings) {
    String memoKey = meeting.memoKey();
    find(memoKey).ifPresent(existing -> {
      throw new MeetingAlreadyRegisteredException(memoKey, existing.getId());
    });
    VariableMap variables = variables(meeting, reviewRequired);
    if (reviewRequired) {
      variables.putValue(MINUTES_WARNINGS_TEXT, MinutesWarningsText.of(warnings));
    }
    ProcessInstance instance = ApplicationStarts.run(
        () -> runtimeService.startProcessInstanceByKey(MEETING_PROCESS, memoKey, variables));
    claim(meeting, instance.getId());
    return instance;
  }

  /** The meeting instance's variables: the minutes, their decision numbers, who reviews, who chairs. */

  public VariableMap variables(Meeting meeting, boolean reviewRequired) {
    CommitteeRoles roles = directory.rolesFor(meeting.committee());
    checkRegistrant(meeting); // Tasklist's start form: the secretary's own login
    VariableMap variables = Variables.createVariables()
        .putValue(MEMO_KEY, meeting.memoKey())
        .putValue(MEMO_NUMBER_TEXT, bd.gov.followup.minutes.BengaliDigits.toBengali(meeting.memoNumber()))
        .putValue(COMMITTEE, meeting.committee())
        .putValue(COMMITTEE_KEY, bd.gov.followup.minutes.CommitteeKey.of(meeting.committee()))
        .putValue(MEETING_DAY, meeting.date() == null ? null : meeting.date().toString())
        .putValue(MEETING_TITLE, MeetingTexts.title(meeting))
        .putValue(MINUTES, minutesVariable.toVariable(meeting))
        .putValue(DECISION_NOS, JsonVariables.stringList(meeting.decisions().stream().map(Decision::numberKey).toList()))
        .putValue(REVIEW_REQUIRED, reviewRequired)
        .putValue(SECRETARY_GROUP, roles.secretary().id())
        .putValue(CHAIR_GROUP, roles.chair().id());
    if (reviewRequired) {
      variables.putValue(DecisionBlocks.VARIABLE, DecisionBlocks.write(meeting.decisions()));
      variables.putValue(REMINDER_DAYS, ReminderDaysText.text(meeting.reminderDays()));
      // the review form's date fields, as read: the secretary corrects them there (MinutesReviewCheckListener)
      // day first, as the fields ask for them
      variables.putValue(MinutesReviewCheckListener.ISSUE_DATE,
          meeting.issueDate() == null ? null : DecisionTexts.day(meeting.issueDate()));
      variables.putValue(MinutesReviewCheckListener.GENERAL_DEADLINE,
          meeting.deadline() == null ? null : DecisionTexts.day(meeting.deadline()));
    }
    return variables;
  }

  /**
   * The secretary's and the chair's office of the meeting's committee, as registered with it (its
   * {@code secretaryGroup} and {@code chairGroup}, which its decisions carry); the directory's first committee's for
   * a meeting registered before they were kept. Asked with the caller's authorizations.
   */
  public ReportVerifiers.Roles committeeRoles(String meetingInstanceId) {
    Map<String, Object> values = new java.util.HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(meetingInstanceId)
        .variableNameIn(SECRETARY_GROUP, CHAIR_GROUP).unlimitedList().stream()
        .filter(v -> v.getExecutionId() == null || v.getExecutionId().equals(meetingInstanceId))
        .forEach(v -> values.put(v.getName(), v.getValue()));
    Object secretary = values.get(SECRETARY_GROUP);
    Object chair = values.get(CHAIR_GROUP);
    return new ReportVerifiers.Roles(null, secretary == null ? directory.secretary().id() : secretary.toString(),
        chair == null ? directory.chair().id() : chair.toString());
  }

  /**
   * A committee's meetings are registered by its own secretary: another committee's would make its decisions ask
   * their unresolved implementers and late offices of a chair and secretary of its own committee. The administrator
   * registers any, as does the application itself (no one logged in: the demo, tests). The API asks before it
   * registers as the application.
   *
   * @throws NotTheCommitteesSecretaryException when the logged-in user is not of the meeting's committee's secretary
   */
  public void checkRegistrant(Meeting meeting) {
    CommitteeRoles roles = directory.rolesFor(meeting.committee());
    String committee = meeting.committee();
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (caller == null || caller.getUserId() == null || groups.contains(Groups.CAMUNDA_ADMIN)
        || groups.contains(roles.secretary().id())) {
      return;
    }
    throw new NotTheCommitteesSecretaryException(committee, roles.listed() || !directory.listsCommittees(),
        roles.secretary().id(), roles.secretary().nameBn(), caller.getUserId());
  }

  /**
   * Takes the memo number for this instance, in the caller's transaction.
   *
   * @throws MeetingAlreadyRegisteredException when another registration holds it (the transaction must roll back)
   */
  public void claim(Meeting meeting, String processInstanceId) {
    String memoKey = meeting.memoKey();
    releaseIfItsMeetingIsGone(memoKey);
    try {
      jdbc.update(
          "INSERT INTO followup_meeting_key (memo_key, content_sha256, process_instance_id, registered_at)"
              + " VALUES (?, ?, ?, ?)",
          memoKey, contentHash(meeting), processInstanceId, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    } catch (DataIntegrityViolationException e) {
      // another request or node registered this memo number meanwhile: this transaction, start included, rolls back
      throw new MeetingAlreadyRegisteredException(memoKey, null);
    }
  }

  /**
   * A memo number whose meeting was deleted with its history (by an administrator, or by the history cleanup five
   * years after it settled) is free again: otherwise its row would refuse every new registration, pointing at a
   * meeting that no longer exists. Checked before the insert, since a failed insert ends a PostgreSQL transaction.
   */
  private void releaseIfItsMeetingIsGone(String memoKey) {
    List<String> holders = jdbc.queryForList(
        "SELECT process_instance_id FROM followup_meeting_key WHERE memo_key = ?", String.class, memoKey);
    for (String holder : holders) {
      // the engine's own table, not a query with the caller's authorizations: a meeting the caller may not read
      // is not gone
      boolean gone = holder == null || jdbc.queryForObject(
          "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ?", Integer.class, holder) == 0;
      if (gone) {
        jdbc.update("DELETE FROM followup_meeting_key WHERE memo_key = ? AND process_instance_id "
            + (holder == null ? "IS NULL" : "= ?"), holder == null ? new Object[] {memoKey} : new Object[] {memoKey, holder});
      }
    }
  }
}

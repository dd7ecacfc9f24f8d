package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The later meetings of a decision's committee that carry it over — their snapshot names the decision, or its whole
 * meeting while that was under review ({@link CarryOverSnapshot}) — and whose minutes stand: not under the
 * secretary's review (a draft, sent to nobody: the review that keeps them copies the grants then,
 * CarriedOverClosingListener), not discarded. Their reports list the decision, so whoever is asked about it reads
 * them (security.DecisionReadAccess).
 */
@Component
public class MeetingsCarryingADecision implements bd.gov.followup.security.LaterMeetings {

  private final HistoryService historyService;
  private final TaskService taskService;
  private final ObjectMapper objectMapper;

  public MeetingsCarryingADecision(@Lazy HistoryService historyService, @Lazy TaskService taskService,
      ObjectMapper objectMapper) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.objectMapper = objectMapper;
  }

  /**
   * @param decisionId the decision's process instance
   * @param meeting an execution of the decision's meeting (the call activity that started it)
   * @return the later meetings' instance ids; none for a decision of no committee's meeting
   */
  @Override
  public List<String> withStandingMinutes(String decisionId, DelegateExecution meeting) {
    String meetingId = meeting.getProcessInstanceId();
    Object memoKey = meeting.getVariable(MEMO_KEY);
    HistoricProcessInstance own = historyService.createHistoricProcessInstanceQuery().processInstanceId(meetingId)
        .singleResult();
    if (own == null) {
      return List.of(); // registered in this very transaction: no meeting came in after it yet
    }
    Map<String, HistoricProcessInstance> committeesMeetings = new LinkedHashMap<>();
    // by the key (however the minutes spell the committee), and by the name as written (meetings before the key)
    Object committeeKey = meeting.getVariable(COMMITTEE_KEY);
    if (committeeKey != null) {
      meetingsWhere(COMMITTEE_KEY, committeeKey, own.getStartTime())
          .forEach(m -> committeesMeetings.putIfAbsent(m.getId(), m));
    }
    Object committee = meeting.getVariable(COMMITTEE);
    if (committee != null) {
      meetingsWhere(COMMITTEE, committee, own.getStartTime())
          .forEach(m -> committeesMeetings.putIfAbsent(m.getId(), m));
    }
    committeesMeetings.remove(meetingId);
    committeesMeetings.values().removeIf(m -> EVENT_MINUTES_DISCARDED.equals(m.getEndActivityId()));
    if (committeesMeetings.isEmpty()) {
      return List.of();
    }
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(committeesMeetings.keySet().toArray(String[]::new))
        .variableName(CARRIED_OVER_DECISIONS)
        .unlimitedList().stream()
        .filter(snapshot -> carries(snapshot, decisionId, memoKey))
        .map(HistoricVariableInstance::getProcessInstanceId)
        .distinct()
        .filter(this::notUnderReview)
        .toList();
  }

  /**
   * Registered since the decision's meeting (a meeting carries only what was open, so started, when it came in):
   * years of a committee's monthly meetings need not be read for every grant.
   */
  private List<HistoricProcessInstance> meetingsWhere(String variable, Object value, java.util.Date since) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS)
        // a second before: a database that keeps start times to the second does not drop one of the same moment
        .variableValueEquals(variable, value).startedAfter(new java.util.Date(since.getTime() - 1_000))
        .unlimitedList();
  }

  private boolean carries(HistoricVariableInstance snapshot, String decisionId, Object memoKey) {
    return CarryOverSnapshot.read(snapshot.getValue(), objectMapper).stream().anyMatch(entry -> entry.wholeMeeting()
        ? entry.memoKey() != null && entry.memoKey().equals(memoKey)
        : decisionId.equals(entry.processInstanceId()));
  }

  private boolean notUnderReview(String meetingId) {
    return taskService.createTaskQuery().processInstanceId(meetingId).taskDefinitionKey(TASK_REVIEW_MINUTES)
        .count() == 0;
  }
}

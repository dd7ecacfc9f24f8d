package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a meeting: starts its MeetingFollowup instance, keyed by the memo number. Without a review, the decision
 * workflows start in the same transaction — all of them or, on any error, none.
 */
@Service
public class MeetingRegistration {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final OfficeDirectory directory;
  private final MinutesVariable minutesVariable;

  public MeetingRegistration(
      RuntimeService runtimeService,
      HistoryService historyService,
      OfficeDirectory directory,
      MinutesVariable minutesVariable) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.directory = directory;
    this.minutesVariable = minutesVariable;
  }

  /** The meeting's instance (running or finished) if this memo number was registered before. */
  public Optional<HistoricProcessInstance> find(String memoKey) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MEETING_PROCESS)
        .processInstanceBusinessKey(memoKey)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * @param reviewRequired true when the minutes were read from a file: the secretary checks them first
   * @throws MeetingAlreadyRegisteredException when the memo number is taken
   */
  @Transactional
  public ProcessInstance register(Meeting meeting, boolean reviewRequired) {
    String memoKey = meeting.memoKey();
    find(memoKey).ifPresent(existing -> {
      throw new MeetingAlreadyRegisteredException(memoKey, existing.getId());
    });
    VariableMap variables = Variables.createVariables()
        .putValue(MEMO_KEY, memoKey)
        .putValue(COMMITTEE, meeting.committee())
        .putValue(MEETING_TITLE, MeetingTexts.title(meeting))
        .putValue(MINUTES, minutesVariable.toVariable(meeting))
        .putValue(DECISION_NOS, JsonVariables.stringList(meeting.decisions().stream().map(Decision::numberKey).toList()))
        .putValue(REVIEW_REQUIRED, reviewRequired)
        .putValue(SECRETARY_GROUP, directory.secretary().id())
        .putValue(CHAIR_GROUP, directory.chair().id());
    return runtimeService.startProcessInstanceByKey(MEETING_PROCESS, memoKey, variables);
  }
}

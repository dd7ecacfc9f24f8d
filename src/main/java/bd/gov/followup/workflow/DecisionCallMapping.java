package bd.gov.followup.workflow;

import bd.gov.followup.notify.MarkdownLiteral;
import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Hands one decision of the meeting's minutes to its DecisionFollowup instance: its text, implementers, deadline (see
 * {@link DecisionDeadlines#asSet}, moved to a working day) and the meeting's own reminder offsets, if any.
 */
@Component("decisionCallMapping")
public class DecisionCallMapping implements DelegateVariableMapping {

  private final MinutesVariable minutesVariable;
  private final DecisionDeadlines deadlines;

  public DecisionCallMapping(MinutesVariable minutesVariable, DecisionDeadlines deadlines) {
    this.minutesVariable = minutesVariable;
    this.deadlines = deadlines;
  }

  @Override
  public void mapInputVariables(org.camunda.bpm.engine.delegate.DelegateExecution superExecution, VariableMap sub) {
    Meeting meeting = minutesVariable.fromVariable(superExecution.getVariable(MINUTES));
    String number = (String) superExecution.getVariable(DECISION_NO);
    Decision decision = meeting.decisions().stream()
        .filter(d -> d.numberKey().equals(number))
        .findFirst()
        .orElseThrow(() -> new ProcessEngineException("No decision " + number + " in " + meeting.memoKey()));
    sub.put(MEMO_KEY, meeting.memoKey());
    sub.put(MEMO_NUMBER, meeting.memoNumber());
    sub.put(MEETING_TITLE, MeetingTexts.title(meeting));
    sub.put(DECISION_NUMBER, decision.number());
    sub.put(DECISION_TOPIC, decision.topic());
    sub.put(DECISION_TITLE, DecisionTexts.decisionTitle(decision.number(), decision.topic()));
    sub.put(DECISION_TEXT, decision.text());
    sub.put(IMPLEMENTER_PHRASES, JsonVariables.stringList(decision.implementers()));
    sub.put(IMPLEMENTERS_TEXT, String.join("; ", decision.implementers()));
    for (String[] shown : new String[][] {{MEETING_TITLE, MEETING_TITLE_SHOWN}, {DECISION_TITLE, DECISION_TITLE_SHOWN},
        {DECISION_TEXT, DECISION_TEXT_SHOWN}, {IMPLEMENTERS_TEXT, IMPLEMENTERS_TEXT_SHOWN}}) {
      sub.put(shown[1], MarkdownLiteral.of(sub.get(shown[0])));
    }
    deadlines.apply(deadlines.asSet(meeting, decision, DeadlineClock.today()), sub::put);
    if (meeting.reminderDays() != null && !meeting.reminderDays().isEmpty()) {
      sub.put(REMINDER_DAYS, JsonVariables.integerList(meeting.reminderDays()));
    }
    sub.put(SECRETARY_GROUP, superExecution.getVariable(SECRETARY_GROUP));
    sub.put(CHAIR_GROUP, superExecution.getVariable(CHAIR_GROUP));
    sub.put(PROGRESS_LINK, DecisionActions.progressPath(meeting.memoKey()));
  }

  @Override
  public void mapOutputVariables(
      org.camunda.bpm.engine.delegate.DelegateExecution superExecution, VariableScope subInstance) {
    // the outcome stays on the decision's own instance; the meeting reads it from history when it settles
  }
}

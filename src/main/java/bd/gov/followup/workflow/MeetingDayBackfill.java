package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.MEETING_DAY;
import static bd.gov.followup.workflow.ProcessVariables.MEETING_PROCESS;
import static bd.gov.followup.workflow.ProcessVariables.MINUTES;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meetings registered before their instance kept its day ({@code meetingDay}) get it from their minutes at the next
 * start, so that minutes of that day imported again under a retyped memo number are flagged (web.SameDayMeeting)
 * for the meetings under way too, not only for those registered after the upgrade. (A settled meeting's history is
 * not written to: its decisions are done, and no office would get a task twice.)
 */
@Component
public class MeetingDayBackfill {

  private static final Logger log = LoggerFactory.getLogger(MeetingDayBackfill.class);
  private static final int PAGE = 500;

  private final RuntimeService runtimeService;
  private final MinutesVariable minutesVariable;

  public MeetingDayBackfill(@Lazy RuntimeService runtimeService, MinutesVariable minutesVariable) {
    this.runtimeService = runtimeService;
    this.minutesVariable = minutesVariable;
  }

  @EventListener(PostDeployEvent.class)
  @Order(17)
  public void onDeployed() {
    backfill();
  }

  /** @return how many meetings under way got their day */
  public int backfill() {
    int filled = 0;
    for (int first = 0; ; first += PAGE) {
      List<ProcessInstance> meetings = runtimeService.createProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS)
          .orderByProcessInstanceId().asc().listPage(first, PAGE);
      if (meetings.isEmpty()) {
        break;
      }
      String[] ids = meetings.stream().map(ProcessInstance::getId).toArray(String[]::new);
      Set<String> known = new HashSet<>();
      runtimeService.createVariableInstanceQuery().processInstanceIdIn(ids).variableName(MEETING_DAY)
          .unlimitedList().forEach(v -> known.add(v.getProcessInstanceId()));
      for (String id : ids) {
        if (known.contains(id)) {
          continue;
        }
        Object minutes = runtimeService.getVariable(id, MINUTES);
        var day = minutes == null ? null : minutesVariable.fromVariable(minutes).date();
        if (day != null) {
          runtimeService.setVariable(id, MEETING_DAY, day.toString());
          filled++;
        }
      }
    }
    if (filled > 0) {
      log.info("{} meetings under way now keep their day (meetingDay), for the same-day check of new minutes", filled);
    }
    return filled;
  }
}

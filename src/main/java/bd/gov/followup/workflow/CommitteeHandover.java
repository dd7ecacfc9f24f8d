package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.CommitteeRoles;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.notify.NoticeTasks;
import bd.gov.followup.security.TaskGrants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A meeting keeps the roles of its committee as registered (secretaryGroup, chairGroup); when the directory gives a
 * committee's role to another office (a new office order), or lists a committee whose meetings took the first
 * committee's roles so far, its running meetings follow at the next start: the roles on the meeting and its
 * decisions, and the open tasks the role holds (the minutes' review and an unknown implementer the secretary's, a
 * late decision's review the chair's) go to the new office, and each open verification is routed afresh as a new
 * report's would be, and a claim the old secretary or chair held on any open task of the meeting (an office's report
 * typed in from paper) is released. Otherwise the office that gave the role up, which lost the committee's grants,
 * would keep deciding or filing, and the new one could not close. Each start compares every running meeting's roles
 * with the directory's (a few queries); a meeting that could not be handed over (suspended, changed meanwhile) is
 * tried again at the next.
 * A lead named by the role («সদস্য সচিব») stays the office it was: a lead is changed by the chair, not by a file.
 * Two nodes starting together hand over one after the other (db.ClusterStartupLock): the second finds it done.
 */
@Component
public class CommitteeHandover {

  private static final Logger log = LoggerFactory.getLogger(CommitteeHandover.class);

  private final OfficeDirectory directory;
  private final ReportVerifiers verifiers;
  private final PendingOffices pendingOffices;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final TaskGrants taskGrants;
  private final IdentityService identityService;

  public CommitteeHandover(OfficeDirectory directory, ReportVerifiers verifiers, PendingOffices pendingOffices,
      @Lazy RuntimeService runtimeService, @Lazy TaskService taskService,
      TaskGrants taskGrants, @Lazy IdentityService identityService) {
    this.directory = directory;
    this.verifiers = verifiers;
    this.pendingOffices = pendingOffices;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.taskGrants = taskGrants;
    this.identityService = identityService;
  }

  @EventListener(PostDeployEvent.class)
  @Order(16)
  public void onDeployed() {
    handOver();
  }

  /** @return how many running meetings changed hands */
  public int handOver() {
    // every start, not only when this node's file changed: a node still on the old file may have registered meetings
    // with the old roles meanwhile (a rolling restart); three variables a meeting, 500 meetings a query
    int meetings = 0;
    int failed = 0;
    List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionKey(MEETING_PROCESS)
        .unlimitedList().stream().map(ProcessInstance::getId).toList();
    for (int from = 0; from < running.size(); from += 500) { // an IN list of bounded length
      Map<String, Map<String, Object>> byMeeting = new HashMap<>();
      for (VariableInstance v : runtimeService.createVariableInstanceQuery()
          .processInstanceIdIn(running.subList(from, Math.min(running.size(), from + 500)).toArray(String[]::new))
          .variableNameIn(COMMITTEE, SECRETARY_GROUP, CHAIR_GROUP).unlimitedList()) {
        if (v.getProcessInstanceId().equals(v.getExecutionId())) {
          byMeeting.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
      for (Map.Entry<String, Map<String, Object>> meeting : byMeeting.entrySet()) {
        try {
          if (handOver(meeting.getKey(), meeting.getValue())) {
            meetings++;
          }
        } catch (RuntimeException e) {
          // a decision that ended meanwhile, a task another node changed, a suspended instance: tried again
          failed++;
          log.warn("Meeting {}: its committee's roles could not be handed over now ({}); the next start tries again",
              meeting.getKey(), e.getMessage());
        }
      }
    }
    if (failed > 0) {
      log.warn("{} meetings keep their earlier committee roles until the next start", failed);
    }
    return meetings;
  }

  /** @return whether the meeting changed hands; throws when it could not, to be tried again at the next start */
  private boolean handOver(String meetingId, Map<String, Object> stored) {
    Object committee = stored.get(COMMITTEE);
    CommitteeRoles roles = directory.rolesFor(committee == null ? null : committee.toString());
    String oldSecretary = (String) stored.get(SECRETARY_GROUP);
    String oldChair = (String) stored.get(CHAIR_GROUP);
    String secretary = roles.secretary().id();
    String chair = roles.chair().id();
    if (secretary.equals(oldSecretary) && chair.equals(oldChair)) {
      return false;
    }
    List<ProcessInstance> decisions = runtimeService.createProcessInstanceQuery().superProcessInstanceId(meetingId)
        .unlimitedList();
    if (decisions.stream().anyMatch(ProcessInstance::isSuspended) || runtimeService.createProcessInstanceQuery()
        .processInstanceId(meetingId).suspended().count() > 0) {
      throw new IllegalStateException("suspended in Cockpit: handed over once it is active again");
    }
    int moved = 0;
    // the decisions and their tasks first, the meeting's own roles last: a handover cut short leaves the meeting
    // with its old roles, so the next start finds it again
    for (ProcessInstance decision : decisions) {
      runtimeService.setVariables(decision.getId(), Map.of(SECRETARY_GROUP, secretary, CHAIR_GROUP, chair));
      String lead = (String) runtimeService.getVariable(decision.getId(), LEAD_GROUP);
      for (Task task : taskService.createTaskQuery().processInstanceId(decision.getId()).unlimitedList()) {
        moved += moveTask(task, oldSecretary, oldChair, new ReportVerifiers.Roles(lead, secretary, chair));
      }
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(meetingId).unlimitedList()) {
      moved += moveTask(task, oldSecretary, oldChair, new ReportVerifiers.Roles(null, secretary, chair));
    }
    Object memo = runtimeService.getVariable(meetingId, MEMO_KEY);
    if (memo != null) {
      moved += moveNotices(memo.toString(), SECRETARY_GROUP, oldSecretary, secretary)
          + moveNotices(memo.toString(), CHAIR_GROUP, oldChair, chair);
    }
    runtimeService.setVariables(meetingId, Map.of(SECRETARY_GROUP, secretary, CHAIR_GROUP, chair));
    log.warn("Meeting {} of '{}': its committee's roles are now secretary '{}' (was '{}') and chair '{}' (was '{}');"
        + " {} decisions and {} open tasks follow", meetingId, committee, secretary, oldSecretary, chair, oldChair,
        decisions.size(), moved);
    return true;
  }

  /**
   * The candidates the task would have under the new roles: the role's own tasks move from the office that gave the
   * role up to the one that took it; a verification is routed afresh as a new report's would be (its lead keeps it,
   * the reporting office never gets it). Then its claim, whether the candidates changed or not. 1 if either changed.
   */
  private int moveTask(Task task, String oldSecretary, String oldChair, ReportVerifiers.Roles roles) {
    List<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    List<String> wanted = switch (task.getTaskDefinitionKey()) {
      case TASK_REVIEW_MINUTES, TASK_RESOLVE_UNKNOWN_IMPLEMENTER -> swapped(candidates, oldSecretary, roles.secretary());
      case TASK_REVIEW_OVERDUE_DECISION -> swapped(candidates, oldChair, roles.chair());
      case TASK_VERIFY_UPDATE -> verifiers.of(roles, pendingOffices.report(task));
      default -> candidates;
    };
    boolean moved = !new HashSet<>(wanted).equals(new HashSet<>(candidates));
    if (moved) {
      for (String group : candidates) {
        if (!wanted.contains(group)) {
          taskService.deleteCandidateGroup(task.getId(), group);
          taskGrants.revoke(task.getId(), group); // it no longer works on the task
        }
      }
      for (String group : wanted) {
        if (!candidates.contains(group)) {
          taskService.addCandidateGroup(task.getId(), group);
        }
      }
    }
    return releaseClaimWithoutRight(task, wanted, roles) || moved ? 1 : 0;
  }

  /**
   * A claim lasts while its holder may work on the task: a user of one of its offices, or of the meeting's committee
   * (the secretary types in an office's report that came on paper). An office's report keeps its candidates, but the
   * old secretary's or chair's claim on it would outlive the role: released, back to the office, with the grants
   * the claim gave (Camunda keeps them when the assignee goes).
   */
  private boolean releaseClaimWithoutRight(Task task, List<String> candidates, ReportVerifiers.Roles roles) {
    String holder = task.getAssignee();
    if (holder == null) {
      return false;
    }
    Set<String> rightful = new HashSet<>(candidates);
    rightful.add(roles.secretary());
    rightful.add(roles.chair());
    if (identityService.createGroupQuery().groupMember(holder).groupIdIn(rightful.toArray(String[]::new)).count() > 0) {
      return false;
    }
    taskGrants.revokeUser(task.getId(), holder);
    taskService.setAssignee(task.getId(), null);
    return true;
  }

  /**
   * The role's unread notices about the meeting and its decisions (a review that ended, the minutes to send by post)
   * go to the office that took the role, as its open tasks do: the news is the role's, the office that gave it up has
   * lost the committee's grants and would read of decisions it can no longer open, while the new office would not
   * know. A notice the office got for a part of its own (as a decision's lead) has no role and stays. A claim on it
   * by the old office's user goes, with the grants it gave.
   */
  private int moveNotices(String memo, String role, String from, String to) {
    if (from == null || from.equals(to)) {
      return 0;
    }
    int moved = 0;
    for (Task notice : taskService.createTaskQuery().processDefinitionKey(NoticeTasks.PROCESS)
        .processVariableValueEquals(NoticeTasks.MEETING, memo).processVariableValueEquals(NoticeTasks.ROLE, role)
        .taskCandidateGroup(from).includeAssignedTasks().unlimitedList()) {
      taskService.deleteCandidateGroup(notice.getId(), from);
      taskGrants.revoke(notice.getId(), from);
      taskService.addCandidateGroup(notice.getId(), to);
      runtimeService.setVariable(notice.getProcessInstanceId(), NoticeTasks.GROUP, to);
      if (notice.getAssignee() != null) {
        taskGrants.revokeUser(notice.getId(), notice.getAssignee());
        taskService.setAssignee(notice.getId(), null);
      }
      moved++;
    }
    return moved;
  }

  private static List<String> swapped(List<String> candidates, String from, String to) {
    List<String> result = new ArrayList<>();
    for (String group : candidates) {
      String now = group.equals(from) ? to : group;
      if (!result.contains(now)) {
        result.add(now);
      }
    }
    return result;
  }
}

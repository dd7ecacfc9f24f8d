package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.CommitteeRoles;
import bd.gov.followup.directory.OfficeDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * late decision's review the chair's, a verification either's) go to the new office. Otherwise the office that gave
 * the role up, which lost the committee's grants, would keep deciding, and the new one could not close. Nothing is
 * read beyond a property when the directory's roles are as at the last start.
 */
@Component
public class CommitteeHandover {

  private static final Logger log = LoggerFactory.getLogger(CommitteeHandover.class);

  /** Engine property: a fingerprint of every committee's roles as the running meetings hold them. */
  static final String PROPERTY = "followup.committee-roles";

  private static final Set<String> SECRETARYS_TASKS =
      Set.of(TASK_REVIEW_MINUTES, TASK_RESOLVE_UNKNOWN_IMPLEMENTER, TASK_VERIFY_UPDATE);
  private static final Set<String> CHAIRS_TASKS = Set.of(TASK_REVIEW_OVERDUE_DECISION, TASK_VERIFY_UPDATE);

  private final OfficeDirectory directory;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  public CommitteeHandover(OfficeDirectory directory, @Lazy RuntimeService runtimeService,
      @Lazy TaskService taskService, @Lazy ManagementService managementService) {
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @EventListener(PostDeployEvent.class)
  @Order(16)
  public void onDeployed() {
    handOver();
  }

  /** @return how many running meetings changed hands */
  public int handOver() {
    String fingerprint = sha256(directory.committeesText());
    String before = managementService.getProperties().get(PROPERTY);
    if (fingerprint.equals(before)) {
      return 0;
    }
    // changed, or none recorded: a new database, or one from before committees were listed (it may hold their meetings)
    int meetings = 0;
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
        if (handOver(meeting.getKey(), meeting.getValue())) {
          meetings++;
        }
      }
    }
    managementService.setProperty(PROPERTY, fingerprint);
    return meetings;
  }

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
    try {
      List<String> instances = new ArrayList<>(List.of(meetingId));
      runtimeService.createProcessInstanceQuery().superProcessInstanceId(meetingId).unlimitedList()
          .forEach(decision -> instances.add(decision.getId()));
      for (String instance : instances) {
        runtimeService.setVariables(instance, Map.of(SECRETARY_GROUP, secretary, CHAIR_GROUP, chair));
      }
      int moved = 0;
      for (Task task : taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
          .unlimitedList()) {
        moved += move(task, oldSecretary, secretary, SECRETARYS_TASKS) + move(task, oldChair, chair, CHAIRS_TASKS);
      }
      log.warn("Meeting {} of '{}': its committee's roles are now secretary '{}' (was '{}') and chair '{}' (was '{}');"
          + " {} decisions and {} open tasks follow", meetingId, committee, secretary, oldSecretary, chair, oldChair,
          instances.size() - 1, moved);
      return true;
    } catch (ProcessEngineException anotherNodeDidIt) {
      // nodes starting together after the same change: the first one's handover is the same
      log.info("Meeting {}: committee handover left to another node ({})", meetingId, anotherNodeDidIt.getMessage());
      return false;
    }
  }

  /** The task's candidate office {@code from} becomes {@code to}, on a task that role holds; 1 if it moved. */
  private int move(Task task, String from, String to, Set<String> roleTasks) {
    if (from == null || from.equals(to) || !roleTasks.contains(task.getTaskDefinitionKey())) {
      return 0;
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
    boolean held = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && from.equals(l.getGroupId()));
    if (!held) {
      return 0;
    }
    taskService.deleteCandidateGroup(task.getId(), from);
    boolean already = links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && to.equals(l.getGroupId()));
    if (!already) {
      taskService.addCandidateGroup(task.getId(), to);
    }
    return 1;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The offices of a decision that still owe work: the lead while the decision waits for acceptance, the secretary
 * while an implementer is unknown, and each office whose report task is open (new or sent back).
 */
@Component
public class PendingOffices {

  /** One open task and the office that owes it. */
  public record PendingTask(Task task, String officeId) {}

  /** Transient: the pending offices of the escalation in this transaction (see {@link #startEscalation}). */
  static final String ESCALATION_PENDING_TASKS = "escalationPendingTasks";

  private final TaskService taskService;
  private final ManagementService managementService;
  private volatile String openTasksSql;

  public PendingOffices(@Lazy TaskService taskService, @Lazy ManagementService managementService) {
    this.taskService = taskService;
    this.managementService = managementService;
  }

  public List<PendingTask> of(String processInstanceId) {
    List<PendingTask> pending = new ArrayList<>();
    // A native query, not createTaskQuery(): Camunda builds the task query's SQL from some hundred MyBatis <if>
    // tests, each evaluated by OGNL through reflection — 16 % of an escalation's CPU on PostgreSQL (JFR,
    // bench/README.md) for a lookup with three conditions. Delegates run without authorization checks either way.
    List<Task> tasks = taskService.createNativeTaskQuery().sql(openTasksSql())
        .parameter("processInstanceId", processInstanceId)
        .parameter("resolve", TASK_RESOLVE_UNKNOWN_IMPLEMENTER)
        .parameter("assign", TASK_ASSIGN_IMPLEMENTER)
        .parameter("report", TASK_REPORT_UPDATE)
        .list(); // one decision's tasks
    for (Task task : tasks) {
      String variable = switch (task.getTaskDefinitionKey()) {
        case TASK_REPORT_UPDATE -> OFFICE;
        case TASK_ASSIGN_IMPLEMENTER -> LEAD_GROUP;
        default -> SECRETARY_GROUP;
      };
      pending.add(new PendingTask(task, (String) taskService.getVariable(task.getId(), variable)));
    }
    return pending;
  }

  /**
   * The offices that owe work now, comma-separated, as a transient value: what {@link DecisionClosedNotice} reads of
   * them (OFFICES_OWING_AT_CLOSE) once a close has ended their tasks, and each office's variable with its task. A
   * reviewer whose review of the decision's lateness is open — a UNO of the rung, or the chair — owes its choice: its
   * review ends with the decision too, and it is not at the meeting that settles it, nor the secretary who closes it
   * over the API.
   */
  public StringValue owingAtClose(String processInstanceId) {
    return owingAtClose(processInstanceId, null);
  }

  /**
   * As {@link #owingAtClose(String)}, less the review that closes the decision itself (the chair's close in its own
   * review): its reviewer chose the close and is not told of it.
   */
  public StringValue owingAtClose(String processInstanceId, String closingReviewId) {
    Stream<String> offices = of(processInstanceId).stream().map(PendingTask::officeId);
    Stream<String> reviewers = openReviews(processInstanceId).stream()
        .filter(review -> !review.getId().equals(closingReviewId)).flatMap(this::reviewers);
    return Variables.stringValue(Stream.concat(offices, reviewers)
        .filter(Objects::nonNull).distinct().collect(Collectors.joining(",")), true);
  }

  /**
   * The offices whose review of the decision's lateness is open, each once: the UNO of each open review of the UNOs'
   * rung, and the chair's office while the chair's review is open (its candidates: the office a committee handover
   * gave it to).
   */
  public Set<String> openReviewers(String processInstanceId) {
    Set<String> reviewers = new LinkedHashSet<>();
    for (Task review : openReviews(processInstanceId)) {
      reviewers(review).filter(Objects::nonNull).forEach(reviewers::add);
    }
    return reviewers;
  }

  /**
   * The UNOs whose reviews of the rung are open, each once, but for the review given (the one deciding now): whom a
   * referral's end of every UNO's review takes a task from.
   */
  public Set<String> otherOpenUnoReviewers(String processInstanceId, String reviewId) {
    Set<String> unos = new LinkedHashSet<>();
    openReviews(processInstanceId).stream()
        .filter(review -> TASK_REVIEW_OVERDUE_OFFICE.equals(review.getTaskDefinitionKey()))
        .filter(review -> !review.getId().equals(reviewId)).flatMap(this::reviewingUnos)
        .filter(Objects::nonNull).forEach(unos::add);
    return unos;
  }

  /** The decision's open reviews of its lateness, the UNOs' and the chair's, the oldest first. */
  private List<Task> openReviews(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(TASK_REVIEW_OVERDUE_OFFICE, TASK_REVIEW_OVERDUE_DECISION).orderByTaskCreateTime().asc()
        .unlimitedList();
  }

  /** Whose review it is: the UNO of a review of the UNOs' rung, the chair's office (its candidates) of the chair's. */
  private Stream<String> reviewers(Task review) {
    return TASK_REVIEW_OVERDUE_OFFICE.equals(review.getTaskDefinitionKey()) ? reviewingUnos(review)
        : candidates(review);
  }

  private Stream<String> candidates(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId);
  }

  /** The UNO a review of the UNOs' rung is for: its own (one review per UNO), or those the review was offered to. */
  private Stream<String> reviewingUnos(Task review) {
    if (taskService.getVariable(review.getId(), UNO_GROUP) instanceof String uno) {
      return Stream.of(uno);
    }
    return candidates(review);
  }

  /**
   * The reports that wait for verification (their verification task is open): the decision's remaining work once
   * no office owes a report, which the lead, the secretary or the chair owes.
   */
  public List<ReportVerifiers.Report> awaitingVerification(String processInstanceId) {
    return awaitingVerification(processInstanceId, null);
  }

  /** The same, but for the verification task completing in this transaction (still in the database until it ends). */
  public List<ReportVerifiers.Report> awaitingVerification(String processInstanceId, String exceptTaskId) {
    return verifications(processInstanceId).stream().filter(v -> !v.task().getId().equals(exceptTaskId))
        .map(Verification::report).toList();
  }

  /** An open verification task and the report it is about. */
  public record Verification(Task task, ReportVerifiers.Report report) {}

  /** The open verification tasks, oldest first, each with its report. */
  public List<Verification> verifications(String processInstanceId) {
    List<Verification> open = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(TASK_VERIFY_UPDATE).orderByTaskCreateTime().asc().unlimitedList()) {
      open.add(new Verification(task, report(task)));
    }
    return open;
  }

  /** The report a verification task is about. */
  public ReportVerifiers.Report report(Task verifyTask) {
    Map<String, Object> variables =
        taskService.getVariables(verifyTask.getId(), List.of(OFFICE, REPORTED_BY, NOT_OUR_WORK));
    return new ReportVerifiers.Report((String) variables.get(OFFICE), (String) variables.get(REPORTED_BY),
        Boolean.TRUE.equals(variables.get(NOT_OUR_WORK))); // a real boolean once its report task ended
  }

  /** The open tasks that owe work, oldest first (ties in creation order by id, so every caller sees one order). */
  private String openTasksSql() {
    if (openTasksSql == null) {
      openTasksSql = "SELECT RES.* FROM " + managementService.getTableName(Task.class) + " RES"
          + " WHERE RES.PROC_INST_ID_ = #{processInstanceId}"
          + " AND RES.TASK_DEF_KEY_ IN (#{resolve}, #{assign}, #{report})"
          + " ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC";
    }
    return openTasksSql;
  }

  /**
   * Finds the pending offices as an escalation starts (Task_FindLateOffices) and keeps them, each with its first open
   * task, for the rest of that transaction — the routing, the notice and the review task ask again before anything
   * can change —
   * as a transient variable, which the engine neither stores nor keeps past the next wait state.
   */
  public void startEscalation(VariableScope scope, String processInstanceId) {
    Map<String, PendingTask> firstTask = firstTaskOfOffice(of(processInstanceId));
    StringBuilder kept = new StringBuilder();
    firstTask.forEach((office, pending) -> kept.append(office).append('\t').append(pending.task().getId())
        .append('\t').append(pending.task().getTaskDefinitionKey()).append('\n'));
    scope.setVariable(ESCALATION_PENDING_TASKS, Variables.stringValue(kept.toString(), true));
  }

  /** Each pending office's first open task (in creation order), as the escalation under way found them. */
  public Map<String, String> ofEscalation(VariableScope scope, String processInstanceId) {
    if (!(scope.getVariable(ESCALATION_PENDING_TASKS) instanceof String kept)) {
      return taskOfOffice(of(processInstanceId));
    }
    Map<String, String> taskOfOffice = new LinkedHashMap<>();
    kept.lines().map(line -> line.split("\t", 3)).forEach(parts -> taskOfOffice.put(parts[0], parts[1]));
    return taskOfOffice;
  }

  /**
   * What each pending office of the escalation under way owes: the key of its first open task (a report, the lead's
   * acceptance, the secretary's naming of an office).
   */
  public Map<String, String> kindOfEscalation(VariableScope scope, String processInstanceId) {
    Map<String, String> kind = new LinkedHashMap<>();
    if (!(scope.getVariable(ESCALATION_PENDING_TASKS) instanceof String kept)) {
      firstTaskOfOffice(of(processInstanceId)).forEach((office, p) -> kind.put(office, p.task().getTaskDefinitionKey()));
      return kind;
    }
    kept.lines().map(line -> line.split("\t", 3))
        .forEach(parts -> kind.put(parts[0], parts.length > 2 ? parts[2] : TASK_REPORT_UPDATE));
    return kind;
  }

  private static Map<String, PendingTask> firstTaskOfOffice(List<PendingTask> pending) {
    Map<String, PendingTask> first = new LinkedHashMap<>();
    pending.forEach(p -> first.putIfAbsent(p.officeId(), p));
    return first;
  }

  private static Map<String, String> taskOfOffice(List<PendingTask> pending) {
    Map<String, String> taskOfOffice = new LinkedHashMap<>();
    firstTaskOfOffice(pending).forEach((office, p) -> taskOfOffice.put(office, p.task().getId()));
    return taskOfOffice;
  }
}

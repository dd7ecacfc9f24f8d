package bd.gov.followup.notify;

import bd.gov.followup.security.ApplicationStarts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A notice an office reads in Tasklist: one {@code Notice} instance (processes/notice.bpmn) whose single task, for
 * the office's group, shows the notice and ends when the office marks it read. For news that has no open task of the
 * office to sit on — a comment on a process instance reaches nobody: Tasklist shows a task's comments only, Cockpit
 * none, and most offices have no e-mail address.
 *
 * <p>Started in the caller's command, so in its transaction: a step that rolls back leaves no notice behind. The
 * notice carries the business key and the meeting's and decision's numbers of the instance it is about, so Cockpit
 * finds it beside the decision; its history goes after the same time to live as theirs (P1825D, from when it is
 * read). The office sees and completes it through the task's candidate group (Camunda grants it, as for every task);
 * no other office can.
 */
@Component
public class NoticeTasks {

  public static final String PROCESS = "Notice";
  public static final String TASK = "Task_ReadNotice";

  // the names the decision and meeting workflows keep these under (workflow.ProcessVariables; notify comes first)
  static final String MEMO_KEY = "memoKey";
  static final String DECISION_NUMBER = "decisionNumber";
  static final String SECRETARY_GROUP = "secretaryGroup";
  static final String CHAIR_GROUP = "chairGroup";
  static final String LEAD_GROUP = "leadGroup";
  static final String OFFICES = "offices";

  /** The notice's office (its candidate group), kept beside it: whom it was for when it was given. */
  public static final String GROUP = "noticeGroup";
  /** The meeting's memo key, on every notice about the meeting or one of its decisions. */
  public static final String MEETING = "meetingMemoNumber";
  /**
   * The committee role the notice was for, when its office got it as the meeting's secretary or chair
   * ({@code secretaryGroup}, {@code chairGroup}; absent otherwise): a committee handover gives such a notice, unread,
   * to the office that takes the role (workflow.CommitteeHandover), as it gives the role's open tasks.
   */
  public static final String ROLE = "noticeRole";

  /** Tasklist cuts a long task name; a name past the engine's column (4000) would fail the step itself. */
  private static final int NAME_LENGTH = 200;

  private final RuntimeService runtimeService;

  public NoticeTasks(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Gives the office a notice to read.
   *
   * @param aboutInstanceId the meeting's or decision's instance the notice is about
   * @return the notice's process instance
   */
  public ProcessInstance open(String groupId, Message message, String aboutInstanceId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(GROUP, groupId);
    variables.put("noticeSubject", message.subject());
    variables.put("noticeText", message.body());
    variables.put("noticeTaskName", name(message.subject()));
    // the form renders Markdown: the notice's own words, links and lists as written, never as markup
    variables.put("noticeSubjectShown", MarkdownLiteral.of(message.subject()));
    variables.put("noticeTextShown", MarkdownLiteral.of(message.body()).replace("\n", "\n\n"));
    variables.put("noticeAbout", aboutInstanceId);
    ExecutionEntity about = about(aboutInstanceId);
    String businessKey = null;
    if (about != null) {
      businessKey = about.getBusinessKey();
      copy(about.getVariable(MEMO_KEY), MEETING, variables);
      copy(about.getVariable(DECISION_NUMBER), DECISION_NUMBER, variables);
      copy(role(groupId, about::getVariable), ROLE, variables);
    } else if (aboutInstanceId != null) { // outside the engine's command (a test, a tool): as stored
      ProcessInstance stored = runtimeService.createProcessInstanceQuery().processInstanceId(aboutInstanceId)
          .singleResult();
      if (stored != null) {
        businessKey = stored.getBusinessKey();
        copy(runtimeService.getVariable(aboutInstanceId, MEMO_KEY), MEETING, variables);
        copy(runtimeService.getVariable(aboutInstanceId, DECISION_NUMBER), DECISION_NUMBER, variables);
        copy(role(groupId, name -> runtimeService.getVariable(aboutInstanceId, name)), ROLE, variables);
      }
    }
    String key = businessKey;
    // the application's own start, inside a step an official's submission ran (a review that closes a decision): its
    // variables are no start form's fields to check against what an official may send (security.FormFieldsOnly)
    return ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, key, variables));
  }

  /**
   * The instance as the running step holds it: a meeting registered in this very transaction (its distribution's
   * notice) is not in the database yet, only in the command's cache, which a query would miss.
   */
  private static ExecutionEntity about(String instanceId) {
    CommandContext command = Context.getCommandContext();
    if (instanceId == null || command == null) {
      return null;
    }
    return command.getExecutionManager().findExecutionById(instanceId);
  }

  /**
   * Whether the office gets the notice as the meeting's secretary or chair: its office is the role's, and has no part
   * of its own in the decision (its lead, an office asked), for which the notice might be.
   */
  private static String role(String groupId, Function<String, Object> about) {
    Object offices = about.apply(OFFICES);
    boolean ownPart = groupId.equals(about.apply(LEAD_GROUP))
        || offices instanceof Collection<?> asked && asked.contains(groupId)
        || offices instanceof String json && json.contains("\"" + groupId + "\"");
    if (ownPart) {
      return null;
    }
    if (groupId.equals(about.apply(SECRETARY_GROUP))) {
      return SECRETARY_GROUP;
    }
    return groupId.equals(about.apply(CHAIR_GROUP)) ? CHAIR_GROUP : null;
  }

  private static void copy(Object value, String to, Map<String, Object> variables) {
    if (value != null) {
      variables.put(to, value);
    }
  }

  private static String name(String subject) {
    String name = "বিজ্ঞপ্তি: " + subject;
    return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
  }
}

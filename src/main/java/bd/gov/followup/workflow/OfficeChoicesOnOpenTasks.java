package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The offices a secretary or a reviewer may choose on an open task (allOfficeOptions: an unknown implementer, a new
 * lead, an office a verifier asks) are set when the task is created; Camunda Forms read them from the task. When the directory changed between
 * two starts (the office the minutes meant was added, one was renamed or removed), the open tasks get the new list,
 * so the secretary can choose the office that was added for them. Nothing is written when the list is unchanged.
 */
@Component
public class OfficeChoicesOnOpenTasks {

  private static final Logger log = LoggerFactory.getLogger(OfficeChoicesOnOpenTasks.class);

  /** Engine property: a hash of the office list the open tasks offer. */
  static final String PROPERTY = "followup.office-choices";

  private final OfficeOptions officeOptions;
  private final TaskService taskService;
  private final ManagementService managementService;

  public OfficeChoicesOnOpenTasks(
      OfficeOptions officeOptions, @Lazy TaskService taskService, @Lazy ManagementService managementService) {
    this.officeOptions = officeOptions;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @EventListener(PostDeployEvent.class)
  @Order(15)
  public void onDeployed() {
    refresh();
  }

  /** @return how many open tasks now offer the directory's current offices */
  public int refresh() {
    String fingerprint = sha256(officeOptions.allOptionsText());
    String offered = managementService.getProperties().get(PROPERTY);
    if (fingerprint.equals(offered)) {
      return 0;
    }
    int updated = 0;
    if (offered != null) { // none recorded: a new database, or one from before this check, whose tasks are as new
      var options = officeOptions.allOptions();
      for (Task task : taskService.createTaskQuery()
          .taskDefinitionKeyIn(TASK_RESOLVE_UNKNOWN_IMPLEMENTER, TASK_ASSIGN_IMPLEMENTER, TASK_REVIEW_OVERDUE_DECISION,
              TASK_REVIEW_OVERDUE_OFFICE, TASK_VERIFY_UPDATE)
          .unlimitedList()) {
        try {
          taskService.setVariableLocal(task.getId(), ALL_OFFICE_OPTIONS, options);
          updated++;
        } catch (OptimisticLockingException anotherNodeDidIt) {
          // nodes starting together with the same directory: one update is enough
        }
      }
      log.info("The directory's offices changed: {} open tasks offer the new list", updated);
    }
    managementService.setProperty(PROPERTY, fingerprint);
    return updated;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

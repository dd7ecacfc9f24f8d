package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The reviewer's choice, with what it needs. The chair extends (a later deadline), changes the lead (a known office),
 * sends a reminder letter or closes (with the reason). A UNO, on the first rung for its upazila's offices, sends
 * them a reminder letter or refers the decision to the chair: the committee's deadline, lead and closing are the
 * chair's, and the decision is the whole district's.
 */
@Component("chairDecisionCheck")
public class ChairDecisionCheckListener implements TaskListener {

  private static final Set<String> CHAIR_CHOICES = Set.of("extend", "reassign", "remind", "close");
  private static final Set<String> UNO_CHOICES = Set.of("remind", "refer");

  private final OfficeOptions officeOptions;
  private final PendingOffices pendingOffices;

  public ChairDecisionCheckListener(OfficeOptions officeOptions, PendingOffices pendingOffices) {
    this.officeOptions = officeOptions;
    this.pendingOffices = pendingOffices;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean uno = TASK_REVIEW_OVERDUE_OFFICE.equals(task.getTaskDefinitionKey());
    Object choice = task.getVariable(CHAIR_DECISION);
    if (uno && (choice == null || !UNO_CHOICES.contains(choice.toString()))) {
      throw new BadUserRequestException(CHAIR_DECISION + ": তাগিদপত্র বা সভাপতির কাছে উপস্থাপন বেছে নিন; সময় বৃদ্ধি, "
          + "পুনঃঅর্পণ ও বন্ধ সভাপতির সিদ্ধান্ত / choose remind or refer: extending, changing the lead and closing are "
          + "the chair's");
    }
    if (!uno && (choice == null || !CHAIR_CHOICES.contains(choice.toString()))) {
      throw new BadUserRequestException(CHAIR_DECISION + ": একটি সিদ্ধান্ত বেছে নিন / choose extend, reassign, remind or close");
    }
    switch (choice.toString()) {
      case "extend" -> {
        LocalDate newDeadline = FormDates.parse(task.getVariable(NEW_DEADLINE), NEW_DEADLINE);
        if (!newDeadline.isAfter(DeadlineClock.today())) {
          throw new BadUserRequestException(NEW_DEADLINE + ": নতুন সময়সীমা আজকের পরে হতে হবে / the new deadline must be after today");
        }
      }
      case "reassign" -> {
        Object lead = task.getVariable(NEW_LEAD_GROUP);
        officeOptions.validSelection(lead == null ? List.of() : List.of(lead.toString()), NEW_LEAD_GROUP);
      }
      case "remind" -> {
        if (pendingOffices.of(task.getProcessInstanceId()).isEmpty()) {
          throw new BadUserRequestException(CHAIR_DECISION + ": কোনো দপ্তরের তথ্য দাখিল বাকি নেই, তাগিদপত্র কারও কাছে যাবে না"
              + " — যাচাই বাকি থাকলে সময় বৃদ্ধি বা পুনঃঅর্পণ বেছে নিন / no office owes a report, so a reminder letter"
              + " would reach nobody: extend or reassign if verification is outstanding");
        }
      }
      case "close" -> {
        Object remarks = task.getVariable(CHAIR_REMARKS);
        if (remarks == null || remarks.toString().isBlank()) {
          throw new BadUserRequestException(CHAIR_REMARKS + ": বন্ধ করার কারণ লিখুন / give the reason for closing the"
              + " decision: the committee and the report read it");
        }
      }
      default -> { }
    }
    // the letter and the record say who decided: a UNO (first rung) or the chair
    task.setVariable(REVIEWED_BY, uno ? "uno" : "adc");
  }
}

package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.deadline.EscalationStep;
import bd.gov.followup.letter.ReminderLetter;
import bd.gov.followup.letter.ReminderLetterHtml;
import bd.gov.followup.letter.ReminderLetters;
import bd.gov.followup.notify.Message;
import bd.gov.followup.notify.Notifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The reviewer chose "remind": drafts the reminder letter (তাগিদপত্র) in the official form, attaches it to the
 * decision as printable HTML, and sends it to the offices addressed (comment on their task, mail where the directory
 * has an address). The chair's letter goes to every office that still owes work; a UNO's goes to the late offices of
 * its own upazila, signed by that UNO alone: on one UNO's review (SubProcess_UnoReview, UNO_GROUP) that UNO's; on the
 * single review of earlier versions the UNO who chose it (one letter per UNO when the administrator chose for all).
 * A UNO's choice never becomes a letter in the chair's name, nor in another UNO's: with none of its offices still
 * owing work, no letter goes. The chair's user deciding a UNO's review signs the letter to that UNO's offices. The
 * name over the designation is the deciding user's ({@link LetterSignerName}).
 */
@Component("sendReminderLetter")
public class SendReminderLetterDelegate implements JavaDelegate {

  private final PendingOffices pendingOffices;
  private final OfficeOptions officeOptions;
  private final DecisionMessages messages;
  private final Notifier notifier;
  private final ReminderLetters letters;
  private final EscalationLadder ladder;
  private final TaskService taskService;
  private final LetterSignerName signerName;

  public SendReminderLetterDelegate(PendingOffices pendingOffices, OfficeOptions officeOptions,
      DecisionMessages messages, Notifier notifier, ReminderLetters letters, EscalationLadder ladder,
      @Lazy TaskService taskService, LetterSignerName signerName) {
    this.pendingOffices = pendingOffices;
    this.officeOptions = officeOptions;
    this.messages = messages;
    this.notifier = notifier;
    this.letters = letters;
    this.ladder = ladder;
    this.taskService = taskService;
    this.signerName = signerName;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    DecisionSummary decision = DecisionSummary.of(execution);
    String remarks = (String) execution.getVariable(CHAIR_REMARKS);
    Map<String, String> taskOfOffice = new LinkedHashMap<>();
    Set<String> acceptanceOwed = new HashSet<>(); // the lead, before it accepted and named the offices
    for (PendingOffices.PendingTask pending : pendingOffices.of(instance)) {
      taskOfOffice.putIfAbsent(pending.officeId(), pending.task().getId());
      if (TASK_ASSIGN_IMPLEMENTER.equals(pending.task().getTaskDefinitionKey())) {
        acceptanceOwed.add(pending.officeId());
      }
    }

    String chair = (String) execution.getVariable(CHAIR_GROUP);
    boolean byUno = "uno".equals(execution.getVariable(REVIEWED_BY));
    Object rungUno = execution.getVariable(UNO_GROUP);
    Map<String, List<String>> addresseesBySigner = new LinkedHashMap<>();
    if (rungUno != null || byUno) {
      // a UNO's review: its own upazila's late offices that still owe work, never another UNO's
      List<String> unos = rungUno != null ? List.of(rungUno.toString())
          : JsonVariables.readStrings(execution.getVariable(UNO_SIGNERS), UNO_SIGNERS);
      for (EscalationStep step : ladder.routes(execution)) {
        if (step.toUno() && (unos.isEmpty() || unos.contains(step.uno())) && taskOfOffice.containsKey(step.office())) {
          addresseesBySigner.computeIfAbsent(byUno ? step.uno() : chair, u -> new ArrayList<>()).add(step.office());
        }
      }
    } else if (!taskOfOffice.isEmpty()) {
      addresseesBySigner.put(chair, new ArrayList<>(taskOfOffice.keySet()));
    }
    if (execution.hasVariable(UNO_SIGNERS)) {
      execution.removeVariable(UNO_SIGNERS); // this letter's: the next review's letter is signed by its own reviewer
    }

    Integer count = (Integer) execution.getVariable(REMINDER_LETTER_COUNT);
    int sequence = count == null ? 0 : count;
    int sent = 0;
    List<String> attachmentIds = new ArrayList<>();
    for (Map.Entry<String, List<String>> signed : addresseesBySigner.entrySet()) {
      sequence++;
      boolean accepting = acceptanceOwed.containsAll(signed.getValue());
      boolean byChair = signed.getKey().equals(execution.getVariable(CHAIR_GROUP));
      // a copy to the secretary, and to the lead that verifies the reports; a UNO's letter also to the chair
      List<String> copies = new ArrayList<>();
      if (!byChair) {
        copies.add((String) execution.getVariable(CHAIR_GROUP));
      }
      copies.add((String) execution.getVariable(SECRETARY_GROUP));
      copies.add((String) execution.getVariable(LEAD_GROUP));
      if (byChair) {
        // the UNO of each late union parishad or upazila office addressed: its offices are written to over its head
        ladder.routes(execution).stream()
            .filter(step -> step.uno() != null && signed.getValue().contains(step.office()))
            .map(EscalationStep::uno).distinct().filter(uno -> !copies.contains(uno)).forEach(copies::add);
      }
      String name = signerName.of((String) execution.getVariable(REVIEW_DECIDED_BY), signed.getKey());
      ReminderLetter letter = letters.draft(signed.getKey(), name, decision.memoNumber(), decision.number(),
          decision.meetingTitle(), decision.title(), decision.text(), decision.deadline(), decision.deadlineMoved(),
          signed.getValue(), copies, remarks, DeadlineClock.today(), sequence, accepting);
      String html = ReminderLetterHtml.render(letter);
      // named by the key, as the letter's page looks it up; the letter itself cites the memo number as written
      String fileName = ReminderLetters.fileName(ReminderLetters.memoOf(decision.memoKey(), decision.number(), sequence));
      Attachment attachment = taskService.createAttachment("text/html", null, instance, fileName,
          "তাগিদপত্র: " + decision.title() + " — " + officeOptions.label(signed.getKey()),
          new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      attachmentIds.add(attachment.getId());
      DecisionActions.reminderLetter(execution, sequence, byChair ? "সভাপতি" : officeOptions.label(signed.getKey()),
          signed.getValue().stream().map(officeOptions::label).toList());
      String printable = notifier.baseUrl() + DecisionActions.letterPath(decision.memoKey(), decision.number(), sequence);
      for (String office : signed.getValue()) {
        Message notice = messages.reminderLetter(decision, officeOptions.label(office), remarks, !byChair, accepting);
        // the letter to print (Tasklist shows no attachments): its page, for whoever reads the decision
        notifier.notifyOfficeWithLetter(office, new Message(notice.subject(),
            notice.body() + "\n\nমুদ্রণযোগ্য তাগিদপত্র / the letter to print: " + printable),
            html, taskOfOffice.get(office), instance);
        sent++;
      }
    }
    execution.setVariable(REMINDER_LETTER_COUNT, sequence);
    execution.setVariable(REMINDER_LETTERS_SENT, sent);
    // every letter of the decision, the earlier rungs' too (Cockpit: which attachment is which letter)
    List<String> allLetters = new ArrayList<>(JsonVariables.readStrings(execution.getVariable(REMINDER_LETTER_ATTACHMENTS),
        REMINDER_LETTER_ATTACHMENTS));
    allLetters.addAll(attachmentIds);
    execution.setVariable(REMINDER_LETTER_ATTACHMENTS, JsonVariables.stringList(allLetters));
    if (rungUno != null) {
      ReviewWithdrawnNotice.unoActed(execution, rungUno.toString());
      EscalationClock.unoActed(execution);
    } else {
      EscalationClock.reviewerActed(execution);
    }
  }
}

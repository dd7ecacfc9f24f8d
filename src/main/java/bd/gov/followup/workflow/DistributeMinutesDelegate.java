package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.directory.Office;
import bd.gov.followup.directory.OfficeDirectory;
import bd.gov.followup.directory.Resolution;
import bd.gov.followup.minutes.Decision;
import bd.gov.followup.minutes.Meeting;
import bd.gov.followup.minutes.Recipient;
import bd.gov.followup.notify.NoticeTasks;
import bd.gov.followup.notify.Notifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Sends every recipient of the distribution list the minutes, naming the decisions that concern it, and records
 * who was sent what. A recipient the directory does not know, or an office without an address, is recorded and
 * listed for the secretary in a comment — never dropped.
 */
@Component("distributeMinutes")
public class DistributeMinutesDelegate implements JavaDelegate {

  private final MinutesVariable minutesVariable;
  private final OfficeDirectory directory;
  private final MinutesMessages messages;
  private final Notifier notifier;
  private final NoticeTasks notices;

  public DistributeMinutesDelegate(
      MinutesVariable minutesVariable,
      OfficeDirectory directory,
      MinutesMessages messages,
      Notifier notifier,
      NoticeTasks notices) {
    this.minutesVariable = minutesVariable;
    this.directory = directory;
    this.messages = messages;
    this.notifier = notifier;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Meeting meeting = minutesVariable.fromVariable(execution.getVariable(MINUTES));
    Office secretary = directory.office((String) execution.getVariable(SECRETARY_GROUP)).orElse(directory.secretary());
    Map<Integer, List<String>> officesByDecision = new LinkedHashMap<>();
    for (Decision decision : meeting.decisions()) {
      officesByDecision.put(decision.number(),
          directory.resolve(decision.implementers(), secretary).offices().stream().map(Office::id).toList());
    }

    List<Map<String, Object>> log = new ArrayList<>();
    List<String> undelivered = new ArrayList<>();
    java.util.Set<String> reached = new java.util.HashSet<>(); // mailed: an office named twice (in a set, by name) once
    for (Recipient recipient : meeting.distribution()) {
      // a recipient given as an address only has no text
      Resolution resolution = directory.resolve(recipient.text() == null ? List.of() : List.of(recipient.text()),
          secretary);
      if (resolution.offices().isEmpty() && recipient.email() == null) {
        log.add(entry(recipient, null, null, resolution.complete() ? "office-copy" : "unknown-recipient", List.of()));
        if (!resolution.complete()) {
          undelivered.add(recipient.text());
        }
        continue;
      }
      if (resolution.offices().isEmpty()) {
        boolean sent = notifier.send(recipient.email(), messages.distribution(meeting, recipient.text(), List.of()),
            execution.getProcessInstanceId());
        log.add(entry(recipient, null, recipient.email(), sent ? "sent" : "mail-not-configured", List.of()));
        continue;
      }
      // a name beside the offices that nobody could identify ("… ও জনাব রহিম") is not dropped
      if (!resolution.complete()) {
        log.add(entry(recipient, null, null, "unknown-recipient", List.of()));
        undelivered.add(String.join(", ", resolution.unresolved()));
      }
      for (Office office : resolution.offices()) {
        if (reached.contains(office.id())) {
          log.add(entry(recipient, office.id(), null, "listed-twice", List.of()));
          continue;
        }
        List<Decision> concerning = meeting.decisions().stream()
            .filter(d -> officesByDecision.get(d.number()).contains(office.id()))
            .toList();
        List<Integer> numbers = concerning.stream().map(Decision::number).toList();
        // the directory's address, else the one the minutes write on a line that names this office alone
        String email = office.email() != null && !office.email().isBlank() ? office.email()
            : resolution.complete() && resolution.offices().size() == 1 ? recipient.email() : null;
        if (email == null || email.isBlank()) {
          log.add(entry(recipient, office.id(), null, "no-address", numbers));
          if (!undelivered.contains(office.nameBn())) {
            undelivered.add(office.nameBn());
          }
          continue; // a later line may give its address
        }
        reached.add(office.id());
        undelivered.remove(office.nameBn());
        boolean sent = notifier.send(email, messages.distribution(meeting, office.nameBn(), concerning),
            execution.getProcessInstanceId());
        log.add(entry(recipient, office.id(), email, sent ? "sent" : "mail-not-configured", numbers));
      }
    }
    execution.setVariable(DISTRIBUTION_LOG,
        Variables.objectValue(log).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    if (!undelivered.isEmpty()) {
      // the secretary works in Tasklist: the list to post is a notice there, not a comment nobody opens (not mailed:
      // the secretary prepares the post at the desk, and the list was never mailed before)
      notices.open(secretary.id(), messages.toSendByPost(meeting, secretary.nameBn(), undelivered),
          execution.getProcessInstanceId());
    }
  }

  private static Map<String, Object> entry(
      Recipient recipient, String officeId, String email, String status, List<Integer> decisions) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("number", recipient.number());
    entry.put("recipient", recipient.text());
    entry.put("office", officeId);
    entry.put("email", email);
    entry.put("status", status);
    entry.put("decisions", decisions);
    return entry;
  }
}

package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.minutes.BengaliDigits;
import bd.gov.followup.security.DecisionReadAccess;
import bd.gov.followup.workflow.DecisionClosing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The secretary's review of a new meeting's minutes may settle decisions of earlier meetings, as the minutes say: the
 * ones ticked in the form's checklists (instance ids of the meeting's snapshot) are closed as not implemented
 * ({@code carriedOverToClose}), settled as implemented — the meeting declares them done ({@code
 * carriedOverImplemented}) — or continued by a decision of this meeting ({@code carriedOverContinued}), with the
 * reason given ({@code carriedOverCloseReason}). Ticked decisions closed for different reasons
 * each get their own: a line of the reason that starts with a decision's serial in the checklist ("২: …") is that
 * decision's, the lines without one are the others'. Everything is checked before anything closes: a tick needs a
 * reason, a decision is ticked in one list only, and only decisions carried over to this meeting may be settled here.
 * Minutes kept in their review are also when the offices working on the carried-over decisions come to read the
 * meeting (DecisionReadAccess#grantCarriedOver): under review they were a draft, sent to nobody.
 */
@Component("carriedOverClosing")
public class CarriedOverClosingListener implements TaskListener {

  private final DecisionClosing closing;
  private final ObjectMapper objectMapper;
  private final DecisionReadAccess readAccess;

  public CarriedOverClosingListener(DecisionClosing closing, ObjectMapper objectMapper,
      DecisionReadAccess readAccess) {
    this.closing = closing;
    this.objectMapper = objectMapper;
    this.readAccess = readAccess;
  }

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable(DISCARD_MINUTES))) {
      return; // minutes discarded settle nothing: the earlier decisions stay open for the right minutes' review
    }
    settle(task);
    // the minutes stand now: the offices working on the carried-over decisions read the meeting's report
    readAccess.grantCarriedOver(CarryOverSnapshot.read(task.getVariable(CARRIED_OVER_DECISIONS), objectMapper)
        .stream().map(CarryOverSnapshot.Entry::processInstanceId).filter(Objects::nonNull).toList(),
        task.getExecution());
  }

  private void settle(DelegateTask task) {
    Map<String, DecisionClosing.Kind> ticked = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    List<CarryOverSnapshot.Entry> entries =
        CarryOverSnapshot.read(task.getVariable(CARRIED_OVER_DECISIONS), objectMapper);
    List<String> carried = entries.stream().map(CarryOverSnapshot.Entry::processInstanceId).toList();
    for (Map.Entry<String, DecisionClosing.Kind> list : LISTS) {
      for (String id : ids(task.getVariable(list.getKey()), list.getKey())) {
        if (!carried.contains(id)) {
          errors.add(list.getKey() + ": " + id
              + ": এই সিদ্ধান্ত এই সভায় আনা হয়নি / not a decision carried over to this meeting");
        } else if (ticked.containsKey(id)) {
          errors.add(list.getKey() + ": ক্রমিক " + BengaliDigits.of(carried.indexOf(id) + 1)
              + " একাধিক তালিকায় টিক দেওয়া; একটিতে দিন / ticked in more than one list: tick it in one");
        } else {
          ticked.put(id, list.getValue());
        }
      }
    }
    if (ticked.isEmpty() && errors.isEmpty()) {
      return;
    }
    Object reasonValue = task.getVariable(CARRIED_OVER_CLOSE_REASON);
    String reason = reasonValue == null ? "" : reasonValue.toString().strip();
    Set<Integer> tickedSerials = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (ticked.containsKey(entries.get(i).processInstanceId())) {
        tickedSerials.add(i + 1);
      }
    }
    // the checklist lists the running decisions only: a meeting under review has no line in it
    for (int serial : CloseReasons.untickedNamed(reason, tickedSerials, CarryOverSnapshot.running(entries))) {
      errors.add(CARRIED_OVER_CLOSE_REASON + ": ক্রমিক " + BengaliDigits.of(serial) + "-এর কারণ লেখা, কিন্তু সেটিতে টিক"
          + " দেওয়া নেই: টিক দিন, অথবা লাইনগুলো একটি কারণের তালিকা হলে শুরুর নম্বর বাদ দিন / a reason is written for number "
          + serial + ", which is not ticked: tick it, or if the lines are one reason's list, drop their numbers");
    }
    CloseReasons reasons = CloseReasons.read(reason, tickedSerials);
    for (int serial : tickedSerials) {
      if (reasons.of(serial).isEmpty()) {
        errors.add(CARRIED_OVER_CLOSE_REASON + ": " + (reasons.perDecision()
            ? "ক্রমিক " + BengaliDigits.of(serial) + "-এর কারণ লিখুন / a reason is required for number " + serial
            : "বন্ধ বা নিষ্পত্তির কারণ লিখুন / a reason is required to settle a decision"));
        if (!reasons.perDecision()) {
          break;
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", errors));
    }
    String memoKey = (String) task.getVariable(MEMO_KEY);
    List<String> notOpen = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CarryOverSnapshot.Entry entry = entries.get(i);
      if (ticked.containsKey(entry.processInstanceId())
          && !closing.close(entry.processInstanceId(), reasons.of(i + 1), memoKey, CARRIED_OVER_CLOSE_REASON,
              "সদস্য-সচিব", ticked.get(entry.processInstanceId()))) {
        notOpen.add(listOf(ticked.get(entry.processInstanceId())) + ": ক্রমিক " + BengaliDigits.of(i + 1) + " (সিদ্ধান্ত "
            + BengaliDigits.toBengali(String.format(java.util.Locale.ROOT, "%02d", entry.number())) + ", "
            + entry.memoNumberBengali() + ") এই যাচাই খোলার পর বাস্তবায়িত, বন্ধ বা অব্যাহত হয়েছে; এর টিক তুলে দিন"
            + " / number " + (i + 1) + " was implemented, closed or continued since this review opened: untick it");
      }
    }
    if (!notOpen.isEmpty()) {
      // implemented or closed since the review form was made: the secretary's review is refused, naming the item, and
      // the decisions closed above roll back with it; she unticks it and sends again, and nothing is lost unsaid
      throw new BadUserRequestException(String.join("; ", notOpen));
    }
  }

  private static String listOf(DecisionClosing.Kind kind) {
    return LISTS.stream().filter(list -> list.getValue() == kind).map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  /** The checklists, in the order a decision ticked in two is reported: its first list takes it. */
  private static final List<Map.Entry<String, DecisionClosing.Kind>> LISTS = List.of(
      Map.entry(CARRIED_OVER_IMPLEMENTED, DecisionClosing.Kind.IMPLEMENTED),
      Map.entry(CARRIED_OVER_CONTINUED, DecisionClosing.Kind.CONTINUED),
      Map.entry(CARRIED_OVER_TO_CLOSE, DecisionClosing.Kind.NOT_IMPLEMENTED));

  /** A checklist's value as Tasklist sends it (a JSON array of strings); absent or empty reads as none. */
  private Set<String> ids(Object value, String field) {
    Set<String> ids = new LinkedHashSet<>();
    if (value == null) {
      return ids;
    }
    try {
      JsonNode node = value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
          ? objectMapper.readTree(value.toString())
          : objectMapper.valueToTree(value);
      if (!node.isArray()) {
        throw new BadUserRequestException(field + ": not a list");
      }
      node.forEach(id -> {
        if (!id.asText().isBlank()) {
          ids.add(id.asText());
        }
      });
      return ids;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new BadUserRequestException(
          field + ": পূর্ববর্তী সিদ্ধান্তের তালিকা পড়া যায়নি / not a list of decisions");
    }
  }
}

package bd.gov.followup.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The meeting variable {@code carriedOverDecisions}: which earlier decisions were open when the meeting was
 * registered. Kept as a snapshot, so that a decision closed or implemented afterwards still shows on this meeting's
 * table with what became of it. The meeting's title and date are copied because they never change. The meeting's
 * memo number as its minutes write it is kept for what the secretary reads; a snapshot from before it was has none.
 *
 * <p>An earlier meeting whose minutes were still under review has no decisions yet, and its review may add, remove
 * or renumber them: one entry names the whole meeting ({@link Entry#wholeMeeting}: no workflow, number 0), whose
 * decisions are read as they are when the report is ({@link #underReview}). Snapshots written before had an entry
 * per decision number as imported; they are read the same way, as that meeting's.
 */
final class CarryOverSnapshot {

  record Entry(String processInstanceId, String memoKey, String meetingTitle, LocalDate meetingDate, int number,
      String memoNumber) {

    /** An earlier meeting under review when this one was registered: all its decisions, once its review starts them. */
    static Entry wholeMeeting(String memoKey, String meetingTitle, LocalDate meetingDate, String memoNumber) {
      return new Entry(null, memoKey, meetingTitle, meetingDate, 0, memoNumber);
    }

    /** Whether the entry stands for a meeting under review (of either shape), not one running decision. */
    boolean wholeMeeting() {
      return processInstanceId == null;
    }

    /** The meeting's memo number as its minutes write it, in Bengali digits; of a snapshot without it, its key. */
    String memoNumberBengali() {
      return bd.gov.followup.minutes.BengaliDigits.toBengali(memoNumber == null ? memoKey : memoNumber);
    }
  }

  private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};

  /** The meetings that were under review, each once, in the snapshot's order (an earlier snapshot names one per decision). */
  static List<Entry> underReview(List<Entry> entries) {
    java.util.Map<String, Entry> byMeeting = new java.util.LinkedHashMap<>();
    entries.stream().filter(Entry::wholeMeeting).forEach(entry -> byMeeting.putIfAbsent(entry.memoKey(), entry));
    return List.copyOf(byMeeting.values());
  }

  /** How many running decisions the snapshot lists: the review's checklist, numbered as the snapshot. */
  static int running(List<Entry> entries) {
    return (int) entries.stream().filter(entry -> !entry.wholeMeeting()).count();
  }

  private CarryOverSnapshot() {}

  static JsonValue write(List<Entry> entries, ObjectMapper objectMapper) {
    try {
      return SpinValues.jsonValue(objectMapper.writeValueAsString(entries)).create();
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("Cannot write the carried-over decisions", e);
    }
  }

  /** Reads the variable however it was stored (a Spin JSON value or a string); absent reads as empty. */
  static List<Entry> read(Object value, ObjectMapper objectMapper) {
    if (value == null) {
      return List.of();
    }
    try {
      return objectMapper.readValue(value.toString(), ENTRIES);
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("Cannot read the carried-over decisions", e);
    }
  }
}

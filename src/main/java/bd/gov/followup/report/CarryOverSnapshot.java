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
 * table with what became of it. The meeting's title and date are copied because they never change. A decision whose
 * minutes were still under review has no workflow yet: {@code processInstanceId} is null, and the meeting's key and
 * the decision's number name it ({@link Entry#businessKey}). The meeting's memo number as its minutes write it is
 * kept for what the secretary reads; a snapshot from before it was has none.
 */
final class CarryOverSnapshot {

  record Entry(String processInstanceId, String memoKey, String meetingTitle, LocalDate meetingDate, int number,
      String memoNumber) {

    /** The decision's workflow's business key, as the meeting starts it ("{memo key}/03"). */
    String businessKey() {
      return memoKey + "/" + String.format(java.util.Locale.ROOT, "%02d", number);
    }

    /** The meeting's memo number as its minutes write it, in Bengali digits; of a snapshot without it, its key. */
    String memoNumberBengali() {
      return bd.gov.followup.minutes.BengaliDigits.toBengali(memoNumber == null ? memoKey : memoNumber);
    }
  }

  private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};

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

package bd.gov.followup.workflow;

import bd.gov.followup.minutes.Meeting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The minutes as one JSON variable on the meeting's instance: Camunda stays the system of record, and Cockpit shows
 * the minutes as they were registered. Spring's ObjectMapper writes dates as ISO strings.
 */
@Component
public class MinutesVariable {

  private final ObjectMapper objectMapper;

  public MinutesVariable(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public JsonValue toVariable(Meeting meeting) {
    try {
      return SpinValues.jsonValue(objectMapper.writeValueAsString(meeting)).create();
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("Cannot store the minutes of " + meeting.memoKey(), e);
    }
  }

  /** Reads the variable back, whether the engine hands over a Spin node or its JSON text. */
  public Meeting fromVariable(Object value) {
    try {
      return objectMapper.readValue(value.toString(), Meeting.class);
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("The minutes variable is not valid minutes JSON", e);
    }
  }
}

package bd.gov.followup.report;

import static bd.gov.followup.workflow.ProcessVariables.*;

import bd.gov.followup.workflow.DecisionClosing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The secretary's review of a new meeting's minutes may close decisions of earlier meetings (the form's list
 * {@code carriedOver}: a box and a reason per decision). Each item is matched to the meeting's snapshot by its place
 * in the list (the form neither adds nor removes items, and a form need not send back fields it does not show);
 * every item to close needs a reason, all are checked before any is closed.
 */
@Component("carriedOverClosing")
public class CarriedOverClosingListener implements TaskListener {

  private final DecisionClosing closing;
  private final ObjectMapper objectMapper;

  public CarriedOverClosingListener(DecisionClosing closing, ObjectMapper objectMapper) {
    this.closing = closing;
    this.objectMapper = objectMapper;
  }

  @Override
  public void notify(DelegateTask task) {
    Object submitted = task.getVariable(CARRIED_OVER);
    if (submitted == null) {
      return;
    }
    List<CarryOverSnapshot.Entry> snapshot =
        CarryOverSnapshot.read(task.getVariable(CARRIED_OVER_DECISIONS), objectMapper);
    JsonNode items = read(submitted);
    List<String> errors = new ArrayList<>();
    Map<String, String> toClose = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!item.path("close").asBoolean(false)) {
        continue;
      }
      String field = CARRIED_OVER + "[" + i + "]";
      String id = item.path("processInstanceId").asText(null);
      if (i >= snapshot.size() || id != null && !id.equals(snapshot.get(i).processInstanceId())) {
        errors.add(field + ": এই সিদ্ধান্ত এই সভায় আনা হয়নি / not a decision carried over to this meeting");
        continue;
      }
      String reason = item.path("closeReason").asText("").strip();
      if (reason.isEmpty()) {
        errors.add(field + ".closeReason: বন্ধ করার কারণ লিখুন / a reason is required to close a decision");
        continue;
      }
      toClose.put(snapshot.get(i).processInstanceId(), reason);
    }
    if (!errors.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", errors));
    }
    String memoKey = (String) task.getVariable(MEMO_KEY);
    toClose.forEach((id, reason) -> closing.close(id, reason, memoKey, CARRIED_OVER + ".closeReason"));
  }

  private JsonNode read(Object value) {
    try {
      JsonNode node = value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
          ? objectMapper.readTree(value.toString())
          : objectMapper.valueToTree(value);
      if (!node.isArray()) {
        throw new BadUserRequestException(CARRIED_OVER + ": not a list");
      }
      return node;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new BadUserRequestException(CARRIED_OVER + ": পূর্ববর্তী সিদ্ধান্তের তালিকা পড়া যায়নি / not a list");
    }
  }
}

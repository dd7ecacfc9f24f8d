package bd.gov.followup.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Lists kept as JSON-serialised variables. Camunda Forms read them (checklists, option lists) and send them back as
 * JSON, typed as the variable was; Tasklist may also send a plain JSON string or a Spin node. Reading accepts all
 * three, so the engine never sees a half-typed list.
 */
public final class JsonVariables {

  private JsonVariables() {}

  /** A list of strings as a JSON-serialised java.util.ArrayList: the engine iterates it, forms edit it. */
  public static ObjectValue stringList(Collection<String> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  /** A list of integers (a meeting's reminder offsets) as a JSON-serialised java.util.ArrayList. */
  public static ObjectValue integerList(Collection<Integer> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  /** Reads a list of integers however it arrived (see {@link #readStrings}); null reads as an empty list. */
  public static List<Integer> readIntegers(Object value, String variableName) {
    List<Integer> out = new ArrayList<>();
    for (String element : readStrings(value, variableName)) {
      try {
        out.add(Integer.valueOf(element.trim()));
      } catch (NumberFormatException e) {
        throw new BadUserRequestException(variableName + ": expected whole numbers, got " + element);
      }
    }
    return out;
  }

  /** Options for a Camunda Forms checklist or select: [{label, value}, …]. */
  public static ObjectValue options(Map<String, String> labelsByValue) {
    List<Map<String, String>> options = new ArrayList<>();
    labelsByValue.forEach(
        (value, label) -> {
          Map<String, String> option = new LinkedHashMap<>();
          option.put("label", label);
          option.put("value", value);
          options.add(option);
        });
    return Variables.objectValue(options)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  /**
   * A list a form sent, read from its JSON text rather than as the Java type the client declared: Tasklist types a
   * list that has no variable yet after the variable its options come from (a list of {label, value} maps), which
   * the engine could not deserialise as such. Empty when the variable is not there.
   */
  public static List<String> readStringsAsSent(VariableScope scope, String variableName) {
    TypedValue typed = scope.getVariableTyped(variableName, false);
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return readStrings(serializable.getValueSerialized(), variableName);
    }
    return readStrings(typed == null ? null : typed.getValue(), variableName);
  }

  /** Reads a list of strings however the value arrived; null reads as an empty list. */
  public static List<String> readStrings(Object value, String variableName) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      List<String> out = new ArrayList<>();
      for (Object element : collection) {
        out.add(String.valueOf(element));
      }
      return out;
    }
    if (value instanceof SpinJsonNode node) {
      return fromNode(node, variableName);
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.isEmpty()) {
        return List.of();
      }
      if (trimmed.startsWith("[")) {
        return fromNode(Spin.JSON(trimmed), variableName);
      }
      return List.of(trimmed);
    }
    throw new BadUserRequestException(variableName + ": expected a list, got " + value.getClass().getSimpleName());
  }

  private static List<String> fromNode(SpinJsonNode node, String variableName) {
    if (!node.isArray()) {
      throw new BadUserRequestException(variableName + ": expected a JSON array");
    }
    List<String> out = new ArrayList<>();
    for (SpinJsonNode element : node.elements()) {
      out.add(element.isString() ? element.stringValue() : element.toString());
    }
    return out;
  }
}

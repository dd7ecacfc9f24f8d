package bd.gov.followup.security;

import java.util.Collection;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a form's field may carry when an office submits it: text for a text field, area, radio or select; true or
 * false for a checkbox; a list of option values (JSON text, a Json value, or a JSON-serialized Java list, as
 * Tasklist sends a checklist) for a checklist or taglist. A value of any other kind never comes from the form: a
 * Java object of a class the client names (which the engine would build when a step reads it), bytes or a file past
 * the text limit, XML, a number or date where the form has text.
 */
final class FormValueKinds {

  private FormValueKinds() {}

  /** Null when the value fits the field's kind; else what it is, for the refusal. */
  static String misfit(String fieldKind, TypedValue value) {
    ValueType type = value == null ? ValueType.NULL : value.getType();
    // a serialized object is never asked for its value: that would build the class it names
    Object raw = type == null ? value.getValue() : null;
    if (type == ValueType.NULL || type == null && raw == null) {
      return null;
    }
    switch (fieldKind) {
      case "checkbox":
        return type == ValueType.BOOLEAN || type == null && raw instanceof Boolean ? null : kindOf(value);
      case "checklist", "taglist":
        if (type == ValueType.STRING || type == null && (raw instanceof String || raw instanceof Collection<?>)
            || "json".equals(type == null ? null : type.getName())) {
          return null;
        }
        if (type == ValueType.OBJECT && value instanceof ObjectValue object
            && SerializationDataFormats.JSON.getName().equals(object.getSerializationDataFormat())
            && object.getObjectTypeName() != null && object.getObjectTypeName().startsWith("java.util.")) {
          return null; // Tasklist's list, typed after its options; the engine's type validation checks the rest
        }
        return kindOf(value);
      default: // textfield, textarea, radio, select
        return type == ValueType.STRING || type == null && raw instanceof String ? null : kindOf(value);
    }
  }

  private static String kindOf(TypedValue value) {
    if (value.getType() != null) {
      String name = value.getType().getName();
      return value instanceof ObjectValue object && object.getObjectTypeName() != null
          ? name + " " + object.getObjectTypeName() : name;
    }
    return value.getValue().getClass().getSimpleName(); // untyped: a Java caller's own object
  }
}

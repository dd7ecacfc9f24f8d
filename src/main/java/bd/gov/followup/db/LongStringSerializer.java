package bd.gov.followup.db;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a string variable longer than Camunda's text column ({@code TEXT_ varchar(4000)} on H2 and PostgreSQL) in
 * the byte-array table, as UTF-8, instead of failing the whole transaction with "value too long".
 *
 * <p>Officials write long texts: the review form holds every decision of the minutes as text (40 decisions are
 * over 20,000 characters), and an office's report or a chair's remarks have no natural limit. Tasklist submits
 * every text field as an untyped string, so the type must stay {@code String}: the variable reads, displays and
 * submits like any other string (REST, Tasklist, Cockpit), only its storage differs. Registered before Camunda's own
 * serializers, it takes only the strings the text column cannot hold; shorter ones stay where Camunda puts them.
 * A long value cannot be searched for by value (a variable query compares {@code TEXT_}, which it leaves empty);
 * nothing in this application queries free text by value.
 */
public class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

  /** The serializer name in {@code TYPE_}: how the engine finds this serializer again when it reads the row. */
  public static final String NAME = "followup-long-string";

  /** Characters that Camunda's {@code TEXT_} column holds on H2 and PostgreSQL. */
  public static final int TEXT_COLUMN_LENGTH = 4000;

  public LongStringSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return super.canWriteValue(value) && value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    String text = value.getValue();
    valueFields.setByteArrayValue(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
    byte[] bytes = valueFields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }
}

package bd.gov.followup.db;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, except that a submitted form field's value recorded as a form property (full history,
 * {@code ACT_HI_DETAIL.TEXT_ varchar(4000)}) is cut to what that column holds, marked with "…".
 *
 * <p>Tasklist submits forms with submit-form, which records each field twice in the history: as the variable it
 * sets (stored whole, through {@link LongStringSerializer} when long) and as a form property, a plain string that
 * no serializer handles. A report or a minutes text longer than the column then failed the whole submission. The
 * form property is the audit trail's "what the form sent"; the whole value stays in the variable's history.
 */
public class FormPropertyHistoryThatFits extends CacheAwareHistoryEventProducer {

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(
      ExecutionEntity execution, String propertyId, String propertyValue, String taskId) {
    return super.createFormPropertyUpdateEvt(execution, propertyId, fitting(propertyValue), taskId);
  }

  static String fitting(String value) {
    if (value == null || value.length() <= LongStringSerializer.TEXT_COLUMN_LENGTH) {
      return value;
    }
    int end = LongStringSerializer.TEXT_COLUMN_LENGTH - 1;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // never half a character
    }
    return value.substring(0, end) + "…";
  }
}

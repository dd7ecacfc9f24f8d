package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * A later meeting of the committee settles an open decision with a reason: the decision's workflow receives
 * {@value #MESSAGE}, whose interrupting event subprocess ends it the way the meeting said ({@link Kind}): closed as
 * not implemented (the chair's "close" too), implemented as the meeting declares, or continued by a decision of the
 * meeting's own (its open tasks end, so no office works on the same thing twice), keeping the reason and the
 * meeting. The instance is ended by the process, never deleted, so its history and the earlier meeting's progress
 * report show what happened and why.
 */
@Service
public class DecisionClosing {

  public static final String MESSAGE = "CloseDecision";

  /** What the later meeting said of the decision; {@link #value()} is the process variable {@code closeKind}. */
  public enum Kind {
    NOT_IMPLEMENTED("not-implemented"),
    /** the meeting declares it done (the minutes say so), whatever the offices reported */
    IMPLEMENTED("implemented"),
    /** a decision of the meeting takes its work over (same offices, a new deadline) */
    CONTINUED("continued");

    private final String value;

    Kind(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }

    /** @param field how the caller names the value in its error message */
    public static Kind of(String value, String field) {
      if (value == null || value.isBlank()) {
        return NOT_IMPLEMENTED;
      }
      // as the request writes it, or as the report's state names it (CONTINUED, closed-not-implemented)
      String given = value.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      for (Kind kind : values()) {
        if (kind.value.equals(given) || given.equals("closed-" + kind.value)) {
          return kind;
        }
      }
      throw new BadUserRequestException(field + ": «" + value + "» নয়; not-implemented, implemented বা continued দিন"
          + " / one of not-implemented, implemented, continued");
    }
  }

  private final RuntimeService runtimeService;
  private final PendingOffices pendingOffices;

  public DecisionClosing(@Lazy RuntimeService runtimeService, PendingOffices pendingOffices) {
    this.runtimeService = runtimeService;
    this.pendingOffices = pendingOffices;
  }

  /**
   * @param field how the caller names the reason in its error messages (a form field, a JSON pointer)
   * @return false when the decision was no longer open (implemented or closed meanwhile): nothing to close
   * @throws BadUserRequestException without a reason
   */
  public boolean close(String decisionInstanceId, String reason, String closedAtMemoKey, String field) {
    return close(decisionInstanceId, reason, closedAtMemoKey, field, null, Kind.NOT_IMPLEMENTED);
  }

  /**
   * @param closedBy who closes it, as the decision's record names them ("সদস্য-সচিব"); null: the committee
   * @param kind how the meeting settles it
   */
  public boolean close(String decisionInstanceId, String reason, String closedAtMemoKey, String field,
      String closedBy, Kind kind) {
    if (reason == null || reason.isBlank()) {
      throw new BadUserRequestException(field + ": বন্ধ বা নিষ্পত্তির কারণ লিখুন / a reason is required to close or"
          + " settle a decision");
    }
    boolean open = runtimeService.createProcessInstanceQuery().processInstanceId(decisionInstanceId).count() > 0;
    if (!open) {
      return false;
    }
    correlate(decisionInstanceId, reason.strip(), closedAtMemoKey, closedBy, kind);
    return true;
  }

  /**
   * {@link #close} for a caller outside any engine command (the API), where two officials may close the same
   * decision at the same moment. The one that loses the race hears it from the engine in several ways: a concurrent
   * change, a message nobody waits for any more, or — Camunda 7.24 on PostgreSQL, seen under load — a
   * NullPointerException in CallableElementActivityBehavior#completed, when the other close ended the meeting's call
   * mid-command. Whichever it is, a decision that is gone afterwards was closed by the other: false. A failure that
   * leaves the decision open is rethrown, as is a refusal.
   */
  public boolean closeUnlessClosedMeanwhile(String decisionInstanceId, String reason, String closedAtMemoKey,
      String field, String closedBy, Kind kind) {
    try {
      return close(decisionInstanceId, reason, closedAtMemoKey, field, closedBy, kind);
    } catch (BadUserRequestException | AuthorizationException refused) {
      throw refused;
    } catch (RuntimeException lostOrFailed) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(decisionInstanceId).count() > 0) {
        throw lostOrFailed;
      }
      return false;
    }
  }

  /** The message that ends the decision; its own method, so a test can lose the race on purpose. */
  protected void correlate(String decisionInstanceId, String reason, String closedAtMemoKey, String closedBy,
      Kind kind) {
    runtimeService.createMessageCorrelation(MESSAGE)
        .processInstanceId(decisionInstanceId)
        .setVariables(Variables.createVariables()
            .putValue(CLOSE_REASON, reason)
            .putValue(CLOSED_AT_MEETING, closedAtMemoKey)
            .putValue(CLOSED_BY, closedBy == null ? "কমিটি" : closedBy)
            .putValue(CLOSE_KIND, kind.value())
            .putValueTyped(OFFICES_OWING_AT_CLOSE, pendingOffices.owingAtClose(decisionInstanceId)))
        .correlateWithResult();
  }
}

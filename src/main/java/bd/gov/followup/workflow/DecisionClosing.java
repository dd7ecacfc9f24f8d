package bd.gov.followup.workflow;

import static bd.gov.followup.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * A later meeting of the committee closes an open decision with a reason: the decision's workflow receives
 * {@value #MESSAGE}, whose interrupting event subprocess ends it as closed-not-implemented (the same outcome as the
 * chair's "close"), keeping the reason and the meeting. The instance is ended by the process, never deleted, so its
 * history and the earlier meeting's progress report show what happened and why.
 */
@Service
public class DecisionClosing {

  public static final String MESSAGE = "CloseDecision";

  private final RuntimeService runtimeService;

  public DecisionClosing(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * @param field how the caller names the reason in its error messages (a form field, a JSON pointer)
   * @return false when the decision was no longer open (implemented or closed meanwhile): nothing to close
   * @throws BadUserRequestException without a reason
   */
  public boolean close(String decisionInstanceId, String reason, String closedAtMemoKey, String field) {
    return close(decisionInstanceId, reason, closedAtMemoKey, field, null);
  }

  /** @param closedBy who closes it, as the decision's record names them ("সদস্য-সচিব"); null: the committee */
  public boolean close(String decisionInstanceId, String reason, String closedAtMemoKey, String field,
      String closedBy) {
    if (reason == null || reason.isBlank()) {
      throw new BadUserRequestException(field + ": বন্ধ করার কারণ লিখুন / a reason is required to close a decision");
    }
    boolean open = runtimeService.createProcessInstanceQuery().processInstanceId(decisionInstanceId).count() > 0;
    if (!open) {
      return false;
    }
    correlate(decisionInstanceId, reason.strip(), closedAtMemoKey, closedBy);
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
      String field, String closedBy) {
    try {
      return close(decisionInstanceId, reason, closedAtMemoKey, field, closedBy);
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
  protected void correlate(String decisionInstanceId, String reason, String closedAtMemoKey, String closedBy) {
    runtimeService.createMessageCorrelation(MESSAGE)
        .processInstanceId(decisionInstanceId)
        .setVariables(Variables.createVariables()
            .putValue(CLOSE_REASON, reason)
            .putValue(CLOSED_AT_MEETING, closedAtMemoKey)
            .putValue(CLOSED_BY, closedBy == null ? "কমিটি" : closedBy))
        .correlateWithResult();
  }
}

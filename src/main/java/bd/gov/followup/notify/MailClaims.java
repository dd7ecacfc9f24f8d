package bd.gov.followup.notify;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which run of a mail job is at the mail server with a queued mail. The run claims the outbox row in a transaction
 * of its own before it connects, and removes the row in another as soon as the server has accepted the mail, so
 * neither depends on the job's own transaction: that one cannot commit when the mail's decision ended meanwhile
 * (ending it deleted the job, and {@link MailJob#onDelete} queued the mail again on a job of its own). Without the
 * claim, that second job sent the mail beside the first or after it (report review #9).
 *
 * <p>A claim lapses after the job executor's lock time (5 minutes): by then Camunda too takes the job of a node that
 * died for another, and the mail is sent again — at least once, since the dead node may have sent it.
 */
@Component
public class MailClaims {

  /** What a run of a mail job found when it claimed its mail. */
  public sealed interface Claim {}

  /** The mail is this run's to send. */
  public record Claimed(MailOutbox.QueuedMail mail, String claimant) implements Claim {}

  /** Sent already, or dropped with its decision: nothing to send. */
  public record Gone() implements Claim {}

  /** Another run is at the server with it; its claim lapses at {@code until}. */
  public record ClaimedElsewhere(String claimant, Date until) implements Claim {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public MailClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Claims a mail for this run, committed before the call returns.
   *
   * @param node who is sending: the node's name (Camunda's hostname), shown to whoever reads the outbox
   * @param lifetime how long a claim keeps others off: the job executor's lock time
   */
  public Claim claim(String mailId, String node, Duration lifetime) {
    Date now = ClockUtil.getCurrentTime();
    String claimant = node + " " + UUID.randomUUID();
    return ownTransaction.execute(status -> {
      int claimed = jdbc.update("UPDATE followup_mail_outbox SET sending_by = ?, sending_since = ? "
              + "WHERE id = ? AND (sending_since IS NULL OR sending_since <= ?)",
          claimant, new Timestamp(now.getTime()), mailId, new Timestamp(now.getTime() - lifetime.toMillis()));
      if (claimed == 1) {
        return jdbc.queryForObject("SELECT id, recipient, subject, body, html FROM followup_mail_outbox WHERE id = ?",
            (rs, row) -> new Claimed(new MailOutbox.QueuedMail(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5)), claimant), mailId);
      }
      return jdbc.query("SELECT sending_by, sending_since FROM followup_mail_outbox WHERE id = ?",
          (rs, row) -> (Claim) new ClaimedElsewhere(rs.getString(1), rs.getTimestamp(2) == null
              ? now // released since our update: look again at once
              : new Date(rs.getTimestamp(2).getTime() + lifetime.toMillis())), mailId)
          .stream().findFirst().orElseGet(Gone::new);
    });
  }

  /** The server accepted the mail (or it was dropped): no run sends it again, whatever becomes of this job. */
  public void done(String mailId) {
    ownTransaction.executeWithoutResult(status ->
        jdbc.update("DELETE FROM followup_mail_outbox WHERE id = ?", mailId));
  }

  /** The mail did not go out: the next run may send it at once (this job's retry, or the job that took it over). */
  public void release(Claimed claim) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "UPDATE followup_mail_outbox SET sending_by = NULL, sending_since = NULL WHERE id = ? AND sending_by = ?",
        claim.mail().id(), claim.claimant()));
  }
}

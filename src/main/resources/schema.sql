-- Our one table next to Camunda's: one row per registered memo number. Camunda's business keys are not unique, so
-- two nodes (or two requests) registering the same minutes at once could both pass a look-up; the primary key makes
-- the second insert fail, and its transaction (with its process start) rolls back. Plain SQL for H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS followup_meeting_key (
  memo_key            VARCHAR(255) NOT NULL PRIMARY KEY,
  content_sha256      VARCHAR(64)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  registered_at       TIMESTAMP    NOT NULL
);

-- Mail waiting to go out (notify.MailOutbox): written in the same transaction as the step that decided to send it
-- (a reminder, an escalation, the minutes' distribution), sent afterwards by a job of its own (notify.MailJob), one
-- per recipient, and deleted once sent. A mail server that is down delays the mail, never the step; a retry re-sends
-- only the mail that failed.
CREATE TABLE IF NOT EXISTS followup_mail_outbox (
  id                  VARCHAR(64)      NOT NULL PRIMARY KEY,
  recipient           VARCHAR(320)     NOT NULL,
  subject             VARCHAR(1000)    NOT NULL,
  body                VARCHAR(1000000) NOT NULL,
  html                VARCHAR(1000000),
  process_instance_id VARCHAR(64),
  queued_at           TIMESTAMP        NOT NULL
);

-- Which run of a mail job is at the mail server with the mail (notify.MailClaims), committed before it connects:
-- another job of the same mail (queued again as its decision ended) does not send it too. A claim older than the
-- job executor's lock time is a dead node's. Added to outboxes created before the claim; NULL: nobody is sending.
ALTER TABLE followup_mail_outbox ADD COLUMN IF NOT EXISTS sending_by VARCHAR(300);
ALTER TABLE followup_mail_outbox ADD COLUMN IF NOT EXISTS sending_since TIMESTAMP;

-- Our one table next to Camunda's: one row per registered memo number. Camunda's business keys are not unique, so
-- two nodes (or two requests) registering the same minutes at once could both pass a look-up; the primary key makes
-- the second insert fail, and its transaction (with its process start) rolls back. Plain SQL for H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS followup_meeting_key (
  memo_key            VARCHAR(255) NOT NULL PRIMARY KEY,
  content_sha256      VARCHAR(64)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  registered_at       TIMESTAMP    NOT NULL
);

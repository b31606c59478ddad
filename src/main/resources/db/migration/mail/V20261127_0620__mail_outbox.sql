-- Outgoing mail is written here in the sender's transaction and leaves only after it commits.
-- KEPT: no SMTP server is configured; the mail stays here for admins to read (/admin/outbox).
CREATE TABLE mail_outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'KEPT')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient);

CREATE TABLE mail_attachment (
    mail_id      BIGINT NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    position     INT    NOT NULL,
    filename     TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    content      BYTEA  NOT NULL,
    PRIMARY KEY (mail_id, position)
);

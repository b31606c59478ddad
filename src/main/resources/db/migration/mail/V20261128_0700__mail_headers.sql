-- Extra header fields of a mail (List-Unsubscribe and List-Unsubscribe-Post on digests and bulletins),
-- one "Name: value" per line.
ALTER TABLE mail_outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '';

-- When the reminder of an event was sent to a registered person (null: not yet); set by the job that sends it.
ALTER TABLE portal_event_registration ADD COLUMN reminded_at TIMESTAMPTZ;
CREATE INDEX portal_event_registration_unreminded ON portal_event_registration (event_id) WHERE reminded_at IS NULL AND status = 'CONFIRMED';

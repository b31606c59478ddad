-- The "a week before it closes" reminder to followers is sent once per consultation.
ALTER TABLE consultation_consultation ADD COLUMN reminder_sent_on DATE;

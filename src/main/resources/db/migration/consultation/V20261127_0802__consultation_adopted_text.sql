-- The text the institution finally adopted is kept as a version of its own, compared article by article
-- with the consulted draft.
ALTER TABLE consultation_document_version ADD COLUMN adopted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX consultation_document_version_one_adopted ON consultation_document_version (consultation_id) WHERE adopted;

-- An uploaded organisations file waiting for the secretariat's decision ("import the valid rows" or
-- "fix and upload again"). The parsed rows are kept here, as normalised CSV, so the choice needs no
-- re-upload and survives a restart or another app instance answering the next request.
CREATE TABLE directory_pending_import (
    token         UUID         PRIMARY KEY,
    created_by    VARCHAR(320) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    file_name     VARCHAR(300) NOT NULL,
    rows_csv      TEXT         NOT NULL,
    row_count     INT          NOT NULL,
    unknown_headers VARCHAR(2000) NOT NULL DEFAULT '',
    state         VARCHAR(20)  NOT NULL,
    created_count INT          NOT NULL DEFAULT 0,
    updated_count INT          NOT NULL DEFAULT 0,
    skipped_count INT          NOT NULL DEFAULT 0,
    finished_at   TIMESTAMPTZ,
    CONSTRAINT directory_pending_import_state CHECK (state IN ('PENDING', 'IMPORTED', 'DISCARDED'))
);
CREATE INDEX directory_pending_import_age ON directory_pending_import (created_at);

-- Marks data sets loaded once (the demo organisations), so a restart does not load them again.
CREATE TABLE directory_seed (
    name      VARCHAR(100) PRIMARY KEY,
    loaded_at TIMESTAMPTZ  NOT NULL
);

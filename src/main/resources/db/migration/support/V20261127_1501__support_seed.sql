-- Which one-off data loads (demo data) have run, so that a restart, or a second instance starting at the same time,
-- does not load them twice.
CREATE TABLE support_seed (
    name       VARCHAR(100) PRIMARY KEY,
    loaded_at  TIMESTAMPTZ  NOT NULL
);

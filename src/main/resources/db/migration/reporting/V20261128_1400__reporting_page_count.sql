-- Portal use, counted without tracking individuals: one number per day and kind of page. Nothing about
-- the reader (no address, no cookie, no account, no agent) is stored.
CREATE TABLE reporting_page_count (
    day    DATE        NOT NULL,
    kind   VARCHAR(30) NOT NULL,
    count  BIGINT      NOT NULL CHECK (count >= 0),
    PRIMARY KEY (day, kind)
);

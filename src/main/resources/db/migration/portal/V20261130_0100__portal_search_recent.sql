-- The newest part of the search index, kept apart (issue 6: search p95 <= 20 ms at 1.1 million entries).
-- A word in a few per cent of the entries has tens of thousands of matching rows spread over the whole
-- table, and finding its newest 1,000 meant reading every one of them. This table holds a copy of the
-- search fields of every dated entry published at or after "since": small enough to stay in memory, so
-- the newest matches are found here, and the whole index is read only when this part has too few.
--
-- The copy is exact for its period: every entry with published_at >= since is here (triggers copy each
-- write), so the newest matches found here are the newest of the whole index. Moving "since" forward
-- (SearchIndexRecentPart) drops the older rows; an older row a writer copied just then is harmless,
-- because every query reads only rows at or after "since".
CREATE TABLE portal_search_recent (
    id           BIGINT       PRIMARY KEY,   -- portal_search_document.id
    module       VARCHAR(40)  NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    record_id    VARCHAR(80)  NOT NULL,
    language     VARCHAR(2)   NOT NULL,
    hub_code     VARCHAR(3),
    published_at TIMESTAMPTZ  NOT NULL,
    document     TSVECTOR     NOT NULL
);
CREATE INDEX portal_search_recent_fts ON portal_search_recent USING GIN (document);
CREATE INDEX portal_search_recent_newest ON portal_search_recent (published_at DESC NULLS LAST, module, type, record_id);

-- One row: the start of the period the recent part holds.
CREATE TABLE portal_search_recent_since (
    only_row BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    since    TIMESTAMPTZ NOT NULL
);

-- The newest 100,000 dated entries to begin with (all of them on a small installation).
INSERT INTO portal_search_recent_since (since)
SELECT COALESCE((SELECT published_at FROM portal_search_document WHERE published_at IS NOT NULL
                  ORDER BY published_at DESC LIMIT 1 OFFSET 99999), '-infinity'::timestamptz);

-- The part made from the index: here, and again by the search rebuild (RecentSearchPart.refill).
CREATE FUNCTION portal_search_recent_fill() RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    copied INTEGER;
BEGIN
    DELETE FROM portal_search_recent;
    INSERT INTO portal_search_recent (id, module, type, record_id, language, hub_code, published_at, document)
    SELECT d.id, d.module, d.type, d.record_id, d.language, d.hub_code, d.published_at, d.document
      FROM portal_search_document d, portal_search_recent_since s
     WHERE d.published_at >= s.since;
    GET DIAGNOSTICS copied = ROW_COUNT;
    RETURN copied;
END $$;

SELECT portal_search_recent_fill();

CREATE FUNCTION portal_search_recent_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM portal_search_recent r USING old_rows o WHERE r.id = o.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO portal_search_recent (id, module, type, record_id, language, hub_code, published_at, document)
        SELECT n.id, n.module, n.type, n.record_id, n.language, n.hub_code, n.published_at, n.document
          FROM new_rows n, portal_search_recent_since s
         WHERE n.published_at >= s.since;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER portal_search_recent_inserted AFTER INSERT ON portal_search_document
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_recent_copy();
CREATE TRIGGER portal_search_recent_updated AFTER UPDATE ON portal_search_document
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_recent_copy();
CREATE TRIGGER portal_search_recent_deleted AFTER DELETE ON portal_search_document
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_recent_copy();


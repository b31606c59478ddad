-- Search at national scale (issue 6: p95 <= 20 ms). A word found in most records must not make the
-- search rank, sort and count every one of them.

-- Newest first, a record's language rows side by side: a common word's newest matching records are
-- read in this order and the scan stops once enough records are found.
CREATE INDEX portal_search_document_newest
    ON portal_search_document (published_at DESC NULLS LAST, module, type, record_id);

-- The kinds of record in the index, read with a few index probes instead of a scan of every row.
CREATE INDEX portal_search_document_type ON portal_search_document (type);

-- Typo tolerance looks for close words among the distinct words of the index (a few thousand),
-- not through the text of every row: the close words then go through the full-text index.
CREATE TABLE portal_search_word (
    word TEXT NOT NULL
);
CREATE INDEX portal_search_word_word ON portal_search_word (word);

INSERT INTO portal_search_word (word)
SELECT DISTINCT w.word
  FROM portal_search_document d, unnest(tsvector_to_array(d.document)) AS w(word)
 WHERE length(w.word) BETWEEN 3 AND 60 AND w.word !~ '[0-9]';

-- Every statement that writes index rows adds their new words. No unique key on purpose: two
-- writers adding the same new word never wait for each other (a word twice is harmless).
CREATE FUNCTION portal_search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO portal_search_word (word)
    SELECT DISTINCT w.word
      FROM new_rows n, unnest(tsvector_to_array(n.document)) AS w(word)
     WHERE length(w.word) BETWEEN 3 AND 60 AND w.word !~ '[0-9]'
       AND NOT EXISTS (SELECT 1 FROM portal_search_word s WHERE s.word = w.word);
    RETURN NULL;
END $$;

CREATE TRIGGER portal_search_word_inserted AFTER INSERT ON portal_search_document
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_word_collect();
CREATE TRIGGER portal_search_word_updated AFTER UPDATE ON portal_search_document
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_word_collect();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX portal_search_word_trgm ON portal_search_word USING GIN (word gin_trgm_ops)';
    END IF;
END $$;

-- the trigram index over whole texts served the old typo search only
DROP INDEX IF EXISTS portal_search_document_trgm;

-- The audit log: one row per change, chained by hash (see org.bashke.audit.chain.HashChain for the
-- exact canonical form). seq is assigned by the application under an advisory lock, not by a
-- sequence, because a sequence leaves gaps on rollback and a gap must mean "an entry was removed".
CREATE TABLE audit_entry (
    seq         BIGINT      PRIMARY KEY CHECK (seq > 0),
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    record_type TEXT        NOT NULL,
    record_id   TEXT,
    before_json TEXT,        -- TEXT, not jsonb: the hash is over the exact stored characters
    after_json  TEXT,
    client_ip   TEXT,
    prev_hash   CHAR(64)    NOT NULL,
    hash        CHAR(64)    NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, seq);
CREATE INDEX audit_entry_action ON audit_entry (action text_pattern_ops);

-- Append-only in the database too: UPDATE, DELETE and TRUNCATE are refused unless the session
-- (or transaction, with SET LOCAL) turns on bashke.audit_maintenance - an explicit, greppable act
-- for a DBA or a test that tampers on purpose. The application never sets it.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('bashke.audit_maintenance', true), '') = 'on' THEN
        IF TG_LEVEL = 'STATEMENT' THEN
            RETURN NULL;
        ELSIF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

package org.bashke.audit;

/**
 * Every write of every module calls this inside its own transaction, so a change and its audit
 * entry commit together or not at all. Entries are chained by hash: changing a past entry breaks
 * the chain, and the verification page names the first broken entry.
 */
public interface AuditLog {

    /**
     * Records a change made by the person logged in (or "anonymous").
     *
     * @param action     what happened, as {@code module.verb}: {@code directory.organisation.created}
     * @param recordType the kind of record: {@code organisation}
     * @param recordId   its id
     * @param before     the values before (a record, a map, or null for a creation); serialised to JSON
     * @param after      the values after (null for a deletion)
     */
    void record(String action, String recordType, Object recordId, Object before, Object after);

    /** The same, naming the actor explicitly (a person not yet logged in, the system, a scheduled job). */
    void recordAs(String actor, String action, String recordType, Object recordId, Object before, Object after);
}

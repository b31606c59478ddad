package org.bashke.audit.chain;

/**
 * The outcome of walking the chain: intact with the number of entries checked, or the first entry
 * that breaks it and why.
 *
 * @param checked     entries found intact before the break (all of them when intact)
 * @param brokenSeq   the seq of the first entry that breaks the chain, or null
 * @param expectedSeq for a gap, the seq that should have come next
 */
public record ChainReport(boolean intact, long checked, Long brokenSeq, Problem problem, Long expectedSeq) {

    public enum Problem {
        /** The entry's stored hash is not the hash of its own fields: a field (or the hash) was changed. */
        HASH_MISMATCH,
        /** The entry does not name the previous entry's hash: an entry before it was changed, removed or moved. */
        PREV_HASH_MISMATCH,
        /** A seq is missing: an entry was removed. */
        GAP
    }

    static ChainReport intact(long checked) {
        return new ChainReport(true, checked, null, null, null);
    }

    static ChainReport broken(long checked, long seq, Problem problem, Long expectedSeq) {
        return new ChainReport(false, checked, seq, problem, expectedSeq);
    }

    /** One line for logs and the command line. */
    public String summary() {
        if (intact) {
            return "audit chain OK: " + checked + " entries verified";
        }
        return "audit chain BROKEN at seq " + brokenSeq + ": " + problem
                + (expectedSeq != null ? " (expected seq " + expectedSeq + ")" : "")
                + "; " + checked + " entries before it are intact";
    }
}

package org.bashke.audit.chain;

import org.bashke.audit.chain.ChainReport.Problem;

/**
 * Walks the chain one entry at a time, in seq order, keeping only the last hash, so a chain of any
 * length is checked in constant memory. Stops at the first break.
 */
public final class ChainCheck {

    private long expectedSeq = 1;
    private String expectedPrev = HashChain.GENESIS;
    private long checked;
    private ChainReport broken;

    /** Checks the next entry; returns false once the chain is broken (later entries are then ignored). */
    public boolean accept(AuditEntry e) {
        if (broken != null) {
            return false;
        }
        if (e.seq() != expectedSeq) {
            broken = ChainReport.broken(checked, e.seq(), Problem.GAP, expectedSeq);
        } else if (!expectedPrev.equals(e.prevHash())) {
            broken = ChainReport.broken(checked, e.seq(), Problem.PREV_HASH_MISMATCH, null);
        } else if (!HashChain.hashOf(e).equals(e.hash())) {
            broken = ChainReport.broken(checked, e.seq(), Problem.HASH_MISMATCH, null);
        } else {
            checked++;
            expectedSeq = e.seq() + 1;
            expectedPrev = e.hash();
            return true;
        }
        return false;
    }

    public ChainReport report() {
        return broken != null ? broken : ChainReport.intact(checked);
    }
}

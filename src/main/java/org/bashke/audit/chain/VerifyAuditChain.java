package org.bashke.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Recomputes the whole chain from the first entry and names the first one that does not hold. */
@Service
public class VerifyAuditChain {

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditChain.class);
    private static final int PAGE = 2_000;

    private final AuditEntries entries;

    VerifyAuditChain(AuditEntries entries) {
        this.entries = entries;
    }

    public ChainReport run() {
        ChainCheck check = new ChainCheck();
        entries.forEachInOrder(PAGE, check::accept);
        ChainReport report = check.report();
        if (report.intact()) {
            log.info(report.summary());
        } else {
            log.error(report.summary());
        }
        return report;
    }
}

package org.bashke.fund.report;

import org.bashke.fund.claim.ClaimStatus;

/** Which claims an export lists: the meetings' year, and optionally a status, a body, a budget line, a region. */
public record ClaimFilter(int year, ClaimStatus status, Long bodyId, Long budgetLineId, String region) {

    public ClaimFilter {
        region = region == null || region.isBlank() ? null : region.strip();
    }
}

package org.bashke.council.voice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rule on how many inputs a CSO gives on one agenda item: <b>one</b>, which its representatives may
 * revise until the deadline. A second submission from the same organisation on the same item replaces the
 * text (keeping the files already given and adding the new ones) instead of standing beside it. Why: the
 * CSO members weigh organisations, not submissions — two inputs from one CSO would count its voice twice in
 * the consolidation, and the report-back would tell the same organisation twice. The table holds the same
 * rule as a unique key (call item, organisation).
 */
public final class OneInputPerOrganisationPerItem {

    private OneInputPerOrganisationPerItem() {
    }

    /**
     * @param earlier the organisation's input on this item, if it gave one
     * @return the input as it stands after this submission (new, or the earlier one revised)
     */
    public static CsoInput apply(Optional<CsoInput> earlier, long callId, long callItemId, long organisationId, long accountId,
                              String authorName, String language, String body, boolean publicInput, List<Long> fileIds,
                              Instant now) {
        if (earlier.isPresent()) {
            earlier.get().revise(accountId, authorName, language, body, publicInput, fileIds, now);
            return earlier.get();
        }
        return new CsoInput(callId, callItemId, organisationId, accountId, authorName, language, body, publicInput, fileIds, now);
    }
}

package org.bashke.network.internship;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who may read an applicant's personal data (CV, letter, motivation, scores): the call's selectors, and nobody
 * else: not the secretariat, not an administrator, not the host organisation's representatives unless they
 * are named selectors. The data are erased once the retention period after the call closed has run out.
 */
public final class ApplicantDataPolicy {

    private ApplicantDataPolicy() {
    }

    /** Only a named selector of the call reads applicants' personal data; roles do not matter. */
    public static boolean mayReadPersonalData(Set<Long> selectors, Long viewerAccountId) {
        return viewerAccountId != null && selectors.contains(viewerAccountId);
    }

    /** The applications of a call are erased from the day {@code closedOn + retentionDays}; an open call keeps them. */
    public static boolean erasureDue(LocalDate closedOn, int retentionDays, LocalDate today) {
        return closedOn != null && !today.isBefore(closedOn.plusDays(retentionDays));
    }

    /** The day the applications of a closed call will be erased, or null while the call is open. */
    public static LocalDate erasureDay(LocalDate closedOn, int retentionDays) {
        return closedOn == null ? null : closedOn.plusDays(retentionDays);
    }
}

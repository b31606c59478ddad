package org.bashke.fund;

import java.util.List;

/** What other modules (reporting, portal) may ask of the participation fund. */
public interface ParticipationFund {

    /**
     * What was paid for the meetings of a year (the budget year), per organisation and body: the public list (no personal data). Adjustments to
     * paid claims are included in the totals.
     */
    List<PaidToOrganisation> paid(int year);

    /** The years of the meetings anything was paid for, latest first. */
    List<Integer> paidYears();
}

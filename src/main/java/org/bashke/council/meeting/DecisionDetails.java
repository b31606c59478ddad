package org.bashke.council.meeting;

import java.time.LocalDate;
import org.bashke.shared.text.LocalizedText;

/**
 * A decision as entered: who must act (an institution from the directory, or a person / body named in words)
 * and the vote, when one was taken.
 */
public record DecisionDetails(long agendaItemId, LocalizedText text, Long responsibleOrganisationId, String responsible,
                              LocalDate deadline, Votes votes) {

    /** The tally of a vote. */
    public record Votes(int inFavour, int against, int abstaining) {
    }
}

package org.bashke.council.voice;

import java.util.List;
import org.bashke.council.body.SeatHolder;
import org.bashke.council.body.Side;

/**
 * The rule for who the CSO members of a body are: the people who hold one of its civil-society seats on the day,
 * or sit as that seat's substitute. Only they (and the secretariat) speak for the CSO side: they open calls
 * for input, consolidate the position and report back. Government members do not, though they sit in the
 * same body.
 */
public final class CsoSideMembers {

    private CsoSideMembers() {
    }

    public static boolean includes(List<SeatHolder> seatsOnTheDay, long accountId) {
        return seatsOnTheDay.stream().filter(s -> s.side() == Side.CIVIL_SOCIETY)
                .anyMatch(s -> s.accountId() == accountId
                        || s.substituteAccountId() != null && s.substituteAccountId() == accountId);
    }
}

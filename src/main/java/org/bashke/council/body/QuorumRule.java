package org.bashke.council.body;

/**
 * How many people must be present (in their own seat or as the seat's substitute) for a body to decide.
 * The Council's rule is {@link #MAJORITY_OF_FILLED_SEATS}; seats left empty do not count against it.
 */
public enum QuorumRule {
    MAJORITY_OF_FILLED_SEATS, MAJORITY_OF_ALL_SEATS, TWO_THIRDS_OF_FILLED_SEATS;

    /**
     * The smallest number of seats that must be represented.
     *
     * @param filledSeats   seats held on the day
     * @param seatsProvided seats the term provides (both quotas)
     */
    public int needed(int filledSeats, int seatsProvided) {
        return switch (this) {
            case MAJORITY_OF_FILLED_SEATS -> filledSeats / 2 + 1;
            case MAJORITY_OF_ALL_SEATS -> seatsProvided / 2 + 1;
            case TWO_THIRDS_OF_FILLED_SEATS -> (2 * filledSeats + 2) / 3;
        };
    }

    /** Whether {@code represented} seats (present or by substitute) make the quorum. */
    public boolean met(int represented, int filledSeats, int seatsProvided) {
        return represented > 0 && represented >= needed(filledSeats, seatsProvided);
    }
}

package org.bashke.council.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bashke.council.BodySummary;

/**
 * Inside the council module: what meetings, elections and the CSO voice need to know about bodies, terms
 * and seats. Implemented in this package (bodies and seats); used by {@code council.meeting},
 * {@code council.election}, {@code council.voice}.
 */
public interface Membership {

    List<BodySummary> bodies();

    Optional<BodySummary> body(long bodyId);

    Optional<BodySummary> body(String code);

    /** See {@link org.bashke.council.Council#createBody}. */
    BodySummary createBody(String code, org.bashke.shared.text.LocalizedText name, org.bashke.council.BodyKind kind,
                           Long parentId, Integer objective);

    /** The term in force on the day, if any. */
    Optional<Long> termId(long bodyId, LocalDate on);

    /** Seat holders of the body's term in force on the day (seats vacated before the day excluded). */
    List<SeatHolder> members(long bodyId, LocalDate on);

    /** Seats the term in force on the day provides (government + civil society quotas). */
    int seatsProvided(long bodyId, LocalDate on);

    /**
     * The body's quorum rule: {@code MAJORITY_OF_FILLED_SEATS} (more than half of the seats filled, present
     * or by substitute — the Council's rule), {@code MAJORITY_OF_ALL_SEATS} or {@code TWO_THIRDS_OF_FILLED_SEATS}.
     */
    String quorumRule(long bodyId);

    /** Whether the current user may run the body's meetings: the secretariat, or an office holder of the body now. */
    boolean mayManage(long bodyId);

    /** Whether the person holds a seat of the body on the day, or is a seat's substitute. */
    boolean isMember(long bodyId, long accountId, LocalDate on);

    /**
     * Seats a person (an elected CSO candidate, an appointed official) in a term.
     *
     * @return the new seat's id
     * @throws SeatRuleBroken when the side's quota is full, the person already holds a seat in the body, …
     */
    long seat(long termId, Side side, long accountId, Long organisationId, LocalDate from, String note);

    /**
     * Seats of the side still free in the term from the day on (its quota minus the seats held on that day
     * or later) — what a by-election can fill. 0 for an unknown term.
     */
    int vacancies(long termId, Side side, LocalDate from);
}

package org.bashke.council.body;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Membership} for the rest of the council module. Reads straight from this part's tables; the
 * writes ({@link #createBody}, {@link #seat}) go through {@link ManageBodies}, which audits them and
 * keeps the public search up to date.
 */
@Service
@Transactional(readOnly = true)
class BodyMembership implements Membership {

    private final BodyRepository bodies;
    private final TermRepository terms;
    private final ManageBodies manage;
    private final CurrentUser currentUser;

    BodyMembership(BodyRepository bodies, TermRepository terms, ManageBodies manage, CurrentUser currentUser) {
        this.bodies = bodies;
        this.terms = terms;
        this.manage = manage;
        this.currentUser = currentUser;
    }

    @Override
    public List<BodySummary> bodies() {
        return bodies.findAllByOrderByIdAsc().stream().map(Body::summary).toList();
    }

    @Override
    public Optional<BodySummary> body(long bodyId) {
        return bodies.findById(bodyId).map(Body::summary);
    }

    @Override
    public Optional<BodySummary> body(String code) {
        try {
            return bodies.findByCode(Body.normaliseCode(code)).map(Body::summary);
        } catch (SeatRuleBroken notACode) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional
    public BodySummary createBody(String code, LocalizedText name, BodyKind kind, Long parentId, Integer objective) {
        return manage.createBody(new BodyValues(code, name, null, kind, parentId, objective, null)).summary();
    }

    @Override
    public Optional<Long> termId(long bodyId, LocalDate on) {
        return term(bodyId, on).map(Term::getId);
    }

    @Override
    public List<SeatHolder> members(long bodyId, LocalDate on) {
        return term(bodyId, on).map(t -> t.heldOn(on).stream().map(Seat::holder).toList()).orElse(List.of());
    }

    @Override
    public int seatsProvided(long bodyId, LocalDate on) {
        return term(bodyId, on).map(Term::seatsProvided).orElse(0);
    }

    @Override
    public String quorumRule(long bodyId) {
        return bodies.findById(bodyId).map(b -> b.getQuorumRule().name()).orElse(QuorumRule.MAJORITY_OF_FILLED_SEATS.name());
    }

    @Override
    public boolean mayManage(long bodyId) {
        if (currentUser.has(Role.SECRETARIAT)) {
            return true;
        }
        Optional<Long> me = currentUser.accountId();
        LocalDate today = LocalDate.now(ManageBodies.KOSOVO);
        return me.isPresent() && term(bodyId, today).stream().flatMap(t -> t.heldOn(today).stream())
                .anyMatch(s -> s.getAccountId() == me.get() && s.getOffice() != null);
    }

    @Override
    public boolean isMember(long bodyId, long accountId, LocalDate on) {
        return term(bodyId, on).stream().flatMap(t -> t.heldOn(on).stream())
                .anyMatch(s -> s.getAccountId() == accountId
                        || (s.getSubstituteAccountId() != null && s.getSubstituteAccountId() == accountId));
    }

    @Override
    @Transactional
    public long seat(long termId, Side side, long accountId, Long organisationId, LocalDate from, String note) {
        return manage.seat(termId, side, accountId, organisationId, from, note);
    }

    @Override
    public int vacancies(long termId, Side side, LocalDate from) {
        return terms.findById(termId).map(t -> t.vacancies(side, from)).orElse(0);
    }

    private Optional<Term> term(long bodyId, LocalDate on) {
        return terms.findByBodyIdOrderByStartsOnDesc(bodyId).stream().filter(t -> t.inForceOn(on)).findFirst();
    }

    static Instant now() {
        return Instant.now();
    }
}

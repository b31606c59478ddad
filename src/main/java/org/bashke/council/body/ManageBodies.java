package org.bashke.council.body;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.identity.CurrentUser;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The secretariat's work on bodies, terms and seats. Every change is audited and re-publishes the body's
 * public record (its text names the people who sit in it, so the one search finds them).
 */
@Service
@Transactional
public class ManageBodies {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");
    /** Who is recorded when another module creates a body without a person logged in. */
    static final String SYSTEM_ACTOR = "system:council";

    private final BodyRepository bodies;
    private final TermRepository terms;
    private final SeatRepository seats;
    private final Accounts accounts;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ManageBodies(BodyRepository bodies, TermRepository terms, SeatRepository seats, Accounts accounts, Directory directory,
                 CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.terms = terms;
        this.seats = seats;
        this.accounts = accounts;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    public Body createBody(BodyValues v) {
        String code = Body.normaliseCode(v.code());
        if (bodies.findByCode(code).isPresent()) {
            throw new SeatRuleBroken("council.rule.body.codeTaken");
        }
        requireParent(v.parentId(), null);
        Body body = bodies.save(new Body(code, v.name(), v.mandate(), v.kind(), v.parentId(), v.objective(), v.quorumRule(), Instant.now()));
        audit("council.body.created", "body", body.getId(), null, body.auditValues());
        publish(body);
        return body;
    }

    public void describeBody(long bodyId, BodyValues v) {
        Body body = body(bodyId);
        var before = body.auditValues();
        requireParent(v.parentId(), bodyId);
        body.describe(v.name(), v.mandate(), v.kind(), v.parentId(), v.objective(), v.quorumRule());
        audit("council.body.updated", "body", bodyId, before, body.auditValues());
        publish(body);
    }

    private void requireParent(Long parentId, Long bodyId) {
        if (parentId == null) {
            return;
        }
        // walking up from the parent must never reach the body itself: no cycles of bodies
        Long at = parentId;
        for (int depth = 0; at != null; depth++) {
            if (at.equals(bodyId) || depth > 10) {
                throw new SeatRuleBroken("council.rule.body.ownParent");
            }
            at = bodies.findById(at).orElseThrow(() -> new SeatRuleBroken("council.rule.body.parentUnknown")).getParentId();
        }
    }

    public Term createTerm(long bodyId, String label, LocalDate startsOn, LocalDate endsOn, int governmentSeats, int civilSocietySeats) {
        Body body = body(bodyId);
        Term term = new Term(bodyId, label, startsOn, endsOn, governmentSeats, civilSocietySeats, Instant.now());
        requireNoOverlap(term, startsOn, endsOn);
        term = terms.save(term);
        audit("council.term.created", "term", term.getId(), null, term.auditValues());
        publish(body);
        return term;
    }

    public void defineTerm(long termId, String label, LocalDate startsOn, LocalDate endsOn, int governmentSeats, int civilSocietySeats) {
        Term term = term(termId);
        var before = term.auditValues();
        term.define(label, startsOn, endsOn, governmentSeats, civilSocietySeats);
        requireNoOverlap(term, startsOn, endsOn);
        audit("council.term.updated", "term", termId, before, term.auditValues());
        publish(body(term.getBodyId()));
    }

    /** A body's terms never overlap: "the term in force on a day" must be one term. */
    private void requireNoOverlap(Term term, LocalDate startsOn, LocalDate endsOn) {
        boolean overlaps = terms.findByBodyIdOrderByStartsOnDesc(term.getBodyId()).stream()
                .filter(t -> t != term && (term.getId() == null || !t.getId().equals(term.getId())))
                .anyMatch(t -> t.overlaps(startsOn, endsOn));
        if (overlaps) {
            throw new SeatRuleBroken("council.rule.term.overlap");
        }
    }

    public long seat(long termId, Side side, long accountId, Long organisationId, LocalDate from, String note) {
        Term term = term(termId);
        if (accounts.account(accountId).isEmpty()) {
            throw new SeatRuleBroken("council.rule.person.unknown");
        }
        if (organisationId != null && directory.organisation(organisationId).isEmpty()) {
            throw new SeatRuleBroken("council.rule.organisation.unknown");
        }
        Seat seat = term.seat(side, accountId, organisationId, from, note, Instant.now());
        seats.saveAndFlush(seat);
        audit("council.seat.created", "seat", seat.getId(), null, seat.auditValues());
        publish(body(term.getBodyId()));
        return seat.getId();
    }

    /** The secretariat's form: the person by e-mail, the organisation by name (blank: none). */
    public long seat(long termId, Side side, String email, String organisationName, LocalDate from, Office office, String note) {
        long accountId = accountByEmail(email);
        Long organisationId = organisationByName(organisationName).orElse(null);
        long seatId = seat(termId, side, accountId, organisationId, from, note);
        if (office != null) {
            office(seatId, office);
        }
        return seatId;
    }

    public void substitute(long seatId, String email) {
        Long substitute = email == null || email.isBlank() ? null : accountByEmail(email);
        Seat seat = seatById(seatId);
        var before = seat.auditValues();
        seat.getTerm().substitute(seat, substitute);
        audit("council.seat.substitute", "seat", seatId, before, seat.auditValues());
        publish(body(seat.getTerm().getBodyId()));
    }

    public void office(long seatId, Office office) {
        Seat seat = seatById(seatId);
        var before = seat.auditValues();
        seat.getTerm().office(seat, office);
        audit("council.seat.office", "seat", seatId, before, seat.auditValues());
        publish(body(seat.getTerm().getBodyId()));
    }

    public void vacate(long seatId, LocalDate on, VacancyReason reason, String note) {
        Seat seat = seatById(seatId);
        var before = seat.auditValues();
        seat.getTerm().vacate(seat, on, reason, note);
        audit("council.seat.vacated", "seat", seatId, before, seat.auditValues());
        publish(body(seat.getTerm().getBodyId()));
    }

    long accountByEmail(String email) {
        return accounts.accountByEmail(email == null ? "" : email).map(AccountSummary::id)
                .orElseThrow(() -> new SeatRuleBroken("council.rule.person.unknown"));
    }

    /** An organisation by its name in any language or its acronym; one clear match or a message. */
    Optional<Long> organisationByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        List<OrganisationSummary> found = directory.findOrganisations(wanted, null, 20);
        List<OrganisationSummary> exact = found.stream().filter(o -> wanted.equalsIgnoreCase(o.acronym())
                || java.util.Arrays.stream(Language.values()).anyMatch(l -> wanted.equalsIgnoreCase(o.name().get(l)))).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0).id());
        }
        if (exact.isEmpty() && found.size() == 1) {
            return Optional.of(found.get(0).id());
        }
        throw new SeatRuleBroken(found.isEmpty() ? "council.rule.organisation.unknown" : "council.rule.organisation.ambiguous");
    }

    @Transactional(readOnly = true)
    public Body find(long bodyId) {
        return body(bodyId);
    }

    @Transactional(readOnly = true)
    public Term findTerm(long termId) {
        Term t = term(termId);
        t.getSeats().size();
        return t;
    }

    @Transactional(readOnly = true)
    public Seat findSeat(long seatId) {
        Seat s = seatById(seatId);
        s.getTerm().getId();
        return s;
    }

    @Transactional(readOnly = true)
    public List<Term> terms(long bodyId) {
        List<Term> list = terms.findByBodyIdOrderByStartsOnDesc(bodyId);
        list.forEach(t -> t.getSeats().size());
        return list;
    }

    Body body(long id) {
        return bodies.findById(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    Term term(long id) {
        return terms.findById(id).orElseThrow(() -> new NotFoundException("term", id));
    }

    Seat seatById(long id) {
        return seats.findById(id).orElseThrow(() -> new NotFoundException("seat", id));
    }

    private void audit(String action, String type, Object id, Object before, Object after) {
        if (currentUser.loggedIn()) {
            audit.record(action, type, id, before, after);
        } else {
            audit.recordAs(SYSTEM_ACTOR, action, type, id, before, after);
        }
    }

    /**
     * Re-publishes the body's search record once per transaction, just before it commits: creating a term
     * and seating twenty people is one change to the search, not twenty-one racing ones.
     */
    void publish(Body body) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(searchRecord(body));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    ids.forEach(id -> bodies.findById(id).ifPresent(b -> events.publishEvent(searchRecord(b))));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = ids;
        }
        pending.add(body.getId());
    }

    private static final Object PENDING = new Object() {
        @Override
        public String toString() {
            return "council bodies to re-index";
        }
    };

    PublicRecordChanged searchRecord(Body body) {
        LocalDate today = LocalDate.now(KOSOVO);
        List<Long> people = terms.findByBodyIdOrderByStartsOnDesc(body.getId()).stream().filter(t -> t.inForceOn(today))
                .flatMap(t -> t.heldOn(today).stream()).map(Seat::getAccountId).toList();
        String names = accounts.accounts(people).stream().map(AccountSummary::displayName).sorted().collect(Collectors.joining(", "));
        LocalizedText m = body.getMandate();
        LocalizedText text = LocalizedText.of(Language.SQ, join(m.get(Language.SQ), names), join(m.get(Language.SR), names),
                join(m.get(Language.EN), names));
        return PublicRecordChanged.published("council", "body", body.getId(), body.getName(), text,
                "/council/bodies/" + body.getId(), null, body.getCreatedAt());
    }

    private static String join(String a, String b) {
        String s = ((a == null ? "" : a) + " " + b).strip();
        return s.isEmpty() ? null : s;
    }
}

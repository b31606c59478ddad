package org.bashke.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with a waiting list. The event row is locked for the length of each change, so two
 * people taking the last place at once cannot both get it; a cancellation hands the freed place to
 * the first person waiting in the same transaction.
 */
@Component
public class EventRegistrations {

    public enum Result { CONFIRMED, WAITING, ALREADY_REGISTERED, CLOSED }

    private final PortalEvents events;
    private final Registrations registrations;
    private final AuditLog audit;
    private final EventMail mail;
    private final Clock clock;

    EventRegistrations(PortalEvents events, Registrations registrations, AuditLog audit, EventMail mail, Optional<Clock> clock) {
        this.events = events;
        this.registrations = registrations;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Result register(long eventId, long accountId) {
        PortalEvent event = events.lockById(eventId).filter(PortalEvent::isPublished)
                .orElseThrow(() -> new NotFoundException("event", eventId));
        Instant now = clock.instant();
        if (event.isPast(now)) {
            return Result.CLOSED;
        }
        Optional<Registration> existing = registrations.findByEventIdAndAccountId(eventId, accountId);
        if (existing.isPresent() && existing.get().getStatus() != Registration.Status.CANCELLED) {
            return Result.ALREADY_REGISTERED;
        }
        Registration.Status status = hasRoom(event) ? Registration.Status.CONFIRMED : Registration.Status.WAITING;
        Registration r = existing.map(e -> {
            e.renew(status, now);
            return e;
        }).orElseGet(() -> new Registration(eventId, accountId, status, now));
        registrations.saveAndFlush(r);
        audit.record("portal.registration." + status.name().toLowerCase(), "event-registration", r.getId(), null,
                Map.of("eventId", eventId, "accountId", accountId, "status", status));
        return status == Registration.Status.CONFIRMED ? Result.CONFIRMED : Result.WAITING;
    }

    /** Returns the account promoted from the waiting list, if any. */
    @Transactional
    public Optional<Long> cancel(long eventId, long accountId) {
        events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        Registration r = registrations.findByEventIdAndAccountId(eventId, accountId)
                .filter(x -> x.getStatus() != Registration.Status.CANCELLED).orElse(null);
        if (r == null) {
            return Optional.empty();
        }
        Registration.Status before = r.getStatus();
        r.cancel();
        registrations.saveAndFlush(r);
        audit.record("portal.registration.cancelled", "event-registration", r.getId(),
                Map.of("status", before), Map.of("status", Registration.Status.CANCELLED));
        if (before != Registration.Status.CONFIRMED) {
            return Optional.empty();
        }
        PortalEvent event = events.findById(eventId).orElseThrow();
        List<Registration> waiting = registrations.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(eventId, Registration.Status.WAITING);
        if (waiting.isEmpty() || !hasRoom(event)) {
            return Optional.empty();
        }
        Registration first = waiting.get(0);
        first.confirm();
        registrations.saveAndFlush(first);
        audit.record("portal.registration.promoted", "event-registration", first.getId(),
                Map.of("status", Registration.Status.WAITING), Map.of("status", Registration.Status.CONFIRMED));
        // the promoted person hears of it in their language
        mail.send(first.getAccountId(), event, "promoted");
        return Optional.of(first.getAccountId());
    }

    @Transactional(readOnly = true)
    public Optional<Registration.Status> statusOf(long eventId, long accountId) {
        return registrations.findByEventIdAndAccountId(eventId, accountId).map(Registration::getStatus)
                .filter(s -> s != Registration.Status.CANCELLED);
    }

    @Transactional(readOnly = true)
    public long confirmed(long eventId) {
        return registrations.countByEventIdAndStatus(eventId, Registration.Status.CONFIRMED);
    }

    @Transactional(readOnly = true)
    public long waiting(long eventId) {
        return registrations.countByEventIdAndStatus(eventId, Registration.Status.WAITING);
    }

    private boolean hasRoom(PortalEvent event) {
        return event.getCapacity() == null
                || registrations.countByEventIdAndStatus(event.getId(), Registration.Status.CONFIRMED) < event.getCapacity();
    }
}

package org.bashke.portal.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A day before an event, everyone with a confirmed place gets a reminder. The conditional UPDATE
 * marks a registration as reminded and returns it in one step, so with several instances (or a
 * second run) each person is reminded once; the mail is queued in the same transaction.
 */
@Component
public class EventReminders {

    static final String ACTOR = "system:portal";
    static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final PortalEvents events;
    private final EventMail mail;
    private final AuditLog audit;
    private final Clock clock;

    EventReminders(JdbcTemplate jdbc, PortalEvents events, EventMail mail, AuditLog audit, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${bashke.portal.reminder-interval:PT15M}", initialDelayString = "PT1M")
    public void run() {
        sendDue();
    }

    /** Returns the ids of the registrations reminded by this call. */
    @Transactional
    public List<Long> sendDue() {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.queryForList("""
                UPDATE portal_event_registration r SET reminded_at = ?
                  FROM portal_event e
                 WHERE r.event_id = e.id AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL AND e.published
                   AND e.starts_at > ? AND e.starts_at <= ?
                RETURNING r.id, r.account_id, r.event_id""",
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(AHEAD)));
        for (Map<String, Object> row : due) {
            long id = ((Number) row.get("id")).longValue();
            long accountId = ((Number) row.get("account_id")).longValue();
            PortalEvent event = events.findById(((Number) row.get("event_id")).longValue()).orElseThrow();
            mail.send(accountId, event, "reminder");
            audit.recordAs(ACTOR, "portal.registration.reminded", "event-registration", id, null,
                    Map.of("eventId", event.getId(), "accountId", accountId));
        }
        return due.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }
}

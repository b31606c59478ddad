package org.bashke.portal.publications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.portal.ScheduledContentPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the publications whose time has come, as ScheduledPublishing does for news: the
 * conditional UPDATE takes the row lock and re-checks the status, so with several instances each
 * publication is flipped once, and a second run changes nothing.
 */
@Component
public class ScheduledPublicationPublishing {

    static final String ACTOR = "system:portal";

    private final JdbcTemplate jdbc;
    private final Publications publications;
    private final PublicationIndexing indexing;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScheduledPublicationPublishing(JdbcTemplate jdbc, Publications publications, PublicationIndexing indexing, AuditLog audit,
                                   Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.publications = publications;
        this.indexing = indexing;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${bashke.portal.publishing-interval:PT1M}", initialDelayString = "PT40S")
    public void run() {
        publishDue();
    }

    @Transactional
    public List<Long> publishDue() {
        Instant now = clock.instant();
        List<Long> ids = jdbc.queryForList("""
                UPDATE portal_publication SET status = 'PUBLISHED', published_at = publish_at, publish_at = NULL,
                       unpublish_reason = NULL, updated_at = ?, updated_by = ?, version = version + 1
                 WHERE status = 'SCHEDULED' AND publish_at <= ?
                RETURNING id""", Long.class, Timestamp.from(now), ACTOR, Timestamp.from(now));
        for (Long id : ids) {
            Publication p = publications.findById(id).orElseThrow();
            audit.recordAs(ACTOR, "portal.publication.published", "publication", id, Map.of("status", "SCHEDULED"), p.auditView());
            indexing.refresh(p);
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new ScheduledContentPublished("publication", ids));
        }
        return ids;
    }
}

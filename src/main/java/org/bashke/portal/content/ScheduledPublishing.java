package org.bashke.portal.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.portal.ScheduledContentPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes what was scheduled once its time has come. Safe with several instances: the conditional
 * UPDATE takes the row lock and re-checks {@code status = 'SCHEDULED'}, so only one instance flips a
 * given article, and running it twice changes nothing more (idempotent).
 */
@Component
public class ScheduledPublishing {

    static final String ACTOR = "system:portal";

    private final JdbcTemplate jdbc;
    private final Articles articles;
    private final ArticleVersions versions;
    private final ArticleIndexing indexing;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScheduledPublishing(JdbcTemplate jdbc, Articles articles, ArticleVersions versions, ArticleIndexing indexing,
                        AuditLog audit, java.util.Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.articles = articles;
        this.versions = versions;
        this.indexing = indexing;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${bashke.portal.publishing-interval:PT1M}", initialDelayString = "PT30S")
    public void run() {
        publishDue();
    }

    /** Returns the ids published by this call. */
    @Transactional
    public List<Long> publishDue() {
        Instant now = clock.instant();
        List<Long> ids = jdbc.queryForList("""
                UPDATE portal_article SET status = 'PUBLISHED', published_at = publish_at, publish_at = NULL,
                       updated_at = ?, updated_by = ?, version = version + 1
                 WHERE status = 'SCHEDULED' AND publish_at <= ?
                RETURNING id""", Long.class, Timestamp.from(now), ACTOR, Timestamp.from(now));
        for (Long id : ids) {
            Article a = articles.findById(id).orElseThrow();
            versions.keep(a, ACTOR, now);
            audit.recordAs(ACTOR, "portal." + a.getKind().name().toLowerCase() + ".published", "article", id,
                    Map.of("status", "SCHEDULED"), a.auditView());
            indexing.refresh(a);
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new ScheduledContentPublished("article", ids));
        }
        return ids;
    }
}

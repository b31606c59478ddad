package org.bashke.portal.reporting;

import static org.bashke.shared.reporting.ResultFigure.Result.R2;
import static org.bashke.shared.reporting.ResultFigure.Result.R4;

import java.util.List;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal's part of results 2 and 4: events the regional hubs held and the people registered for them;
 * news, publications and events published; and the reach of the newsletter (confirmed subscribers, newsletters delivered in the period).
 * Everything is counted over the period (SUM) except the subscribers, a state on the period's last day (END_OF_PERIOD).
 * Participants are registrations, so a person at two events counts twice, in one year as over several.
 */
@Component
class PortalResultFigures implements ResultFigures {

    private final JdbcTemplate jdbc;

    PortalResultFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ResultFigure> figures(ResultPeriod period) {
        long hubEvents = count("""
                SELECT COUNT(*) FROM portal_event WHERE published AND hub_id IS NOT NULL
                  AND starts_at >= ? AND starts_at < ? AND starts_at < ?""", period.start(), period.end(), period.asOfEnd());
        long hubParticipants = count("""
                SELECT COUNT(*) FROM portal_event_registration r JOIN portal_event e ON e.id = r.event_id
                WHERE r.status = 'CONFIRMED' AND e.published AND e.hub_id IS NOT NULL
                  AND e.starts_at >= ? AND e.starts_at < ? AND e.starts_at < ?""", period.start(), period.end(), period.asOfEnd());
        long events = count("""
                SELECT COUNT(*) FROM portal_event WHERE published
                  AND starts_at >= ? AND starts_at < ? AND starts_at < ?""", period.start(), period.end(), period.asOfEnd());
        long participants = count("""
                SELECT COUNT(*) FROM portal_event_registration r JOIN portal_event e ON e.id = r.event_id
                WHERE r.status = 'CONFIRMED' AND e.published
                  AND e.starts_at >= ? AND e.starts_at < ? AND e.starts_at < ?""", period.start(), period.end(), period.asOfEnd());
        long news = count("""
                SELECT COUNT(*) FROM portal_article WHERE kind = 'NEWS' AND status = 'PUBLISHED'
                  AND published_at >= ? AND published_at < ?""", period.start(), period.end());
        long publications = count("""
                SELECT COUNT(*) FROM portal_publication WHERE status = 'PUBLISHED' AND issued_on BETWEEN ? AND ?""",
                period.first(), period.last());
        long subscribers = count("""
                SELECT COUNT(*) FROM portal_subscriber WHERE confirmed_at IS NOT NULL AND confirmed_at < ?""", period.asOfEnd());
        long newsletterMails = count("""
                SELECT COUNT(*) FROM portal_newsletter_recipient WHERE state = 'SENT' AND handled_at >= ? AND handled_at < ?""",
                period.start(), period.end());
        return List.of(
                ResultFigure.count(R2, 10, "portal.hubEvents", hubEvents, "/events"),
                ResultFigure.count(R2, 20, "portal.hubParticipants", hubParticipants, "/events"),
                ResultFigure.count(R4, 10, "portal.news", news, "/news"),
                ResultFigure.count(R4, 20, "portal.events", events, "/events"),
                ResultFigure.count(R4, 30, "portal.participants", participants, "/events"),
                ResultFigure.count(R4, 40, "portal.publications", publications, "/publications"),
                ResultFigure.count(R4, 50, "portal.newsletterReach", subscribers, "/follow").atEndOfPeriod(),
                ResultFigure.count(R4, 60, "portal.newsletterMails", newsletterMails, "/newsletters"));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

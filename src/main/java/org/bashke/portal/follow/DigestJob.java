package org.bashke.portal.follow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the digests that are due. Each subscriber is handled in one transaction that locks its row
 * ({@code FOR UPDATE SKIP LOCKED}: another instance takes other subscribers), queues the mail, records
 * what it listed and moves {@code next_digest_at} on, so the mail leaves only if all of that commits,
 * and running the job again sends nothing twice. Items come from the one search index, so other
 * modules' records are in digests as soon as they publish them.
 */
@Component
public class DigestJob {

    static final String ACTOR = "system:portal";
    static final int BATCH = 50;
    /**
     * Records reach the index after their module's transaction commits, sometimes later than their
     * publication time says; looking back this far catches them, and the sent table keeps them from
     * being listed twice.
     */
    static final Duration LATE_INDEXING = Duration.ofDays(2);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Subscriptions subscriptions;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    DigestJob(JdbcTemplate jdbc, TransactionTemplate transaction, Mailer mailer, MessageSource messages,
              Subscriptions subscriptions, AuditLog audit, Optional<Clock> clock, @Value("${bashke.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailer = mailer;
        this.messages = messages;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${bashke.portal.digest-interval:PT10M}", initialDelayString = "PT2M")
    public void run() {
        sendDue();
    }

    /** Handles every subscriber due now; returns how many digests were mailed. */
    public int sendDue() {
        int mailed = 0;
        while (true) {
            Integer[] handled = {0, 0};
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                List<Long> due = jdbc.queryForList("""
                        SELECT id FROM portal_subscriber
                         WHERE confirmed_at IS NOT NULL AND next_digest_at <= ?
                         ORDER BY next_digest_at, id LIMIT ? FOR UPDATE SKIP LOCKED""", Long.class, Timestamp.from(now), BATCH);
                for (Long id : due) {
                    if (digest(id, now)) {
                        handled[1]++;
                    }
                }
                handled[0] = due.size();
            });
            mailed += handled[1];
            if (handled[0] < BATCH) {
                return mailed;
            }
        }
    }

    /** One subscriber's digest (true when there was something to send). Runs in the batch's transaction. */
    private boolean digest(long id, Instant now) {
        var row = jdbc.queryForMap("""
                SELECT email, language, frequency, confirmed_at, last_digest_at, next_digest_at
                  FROM portal_subscriber WHERE id = ?""", id);
        String language = (String) row.get("language");
        Frequency frequency = Frequency.valueOf((String) row.get("frequency"));
        Instant confirmed = ((Timestamp) row.get("confirmed_at")).toInstant();
        Instant last = row.get("last_digest_at") == null ? confirmed : ((Timestamp) row.get("last_digest_at")).toInstant();
        Instant since = last.minus(LATE_INDEXING).isBefore(confirmed) ? confirmed : last.minus(LATE_INDEXING);
        List<DigestItem> items = jdbc.query("""
                SELECT d.module, d.type, d.record_id, d.language, d.title, d.url, d.published_at
                  FROM portal_search_document d
                 WHERE d.published_at > ? AND d.published_at <= ?
                   AND NOT EXISTS (SELECT 1 FROM portal_digest_sent s WHERE s.subscriber_id = ?
                                      AND s.module = d.module AND s.type = d.type AND s.record_id = d.record_id)
                   AND EXISTS (SELECT 1 FROM portal_follow f WHERE f.subscriber_id = ?
                                  AND ((f.kind = 'TYPE' AND f.value = d.type)
                                    OR (f.kind = 'HUB' AND f.value = d.hub_code)
                                    OR (f.kind = 'TOPIC' AND d.topics LIKE '%,' || f.value || ',%')))""",
                (rs, i) -> new DigestItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()),
                Timestamp.from(since), Timestamp.from(now), id, id);
        List<DigestGrouping.Group> groups = DigestGrouping.group(items, language);
        Instant due = ((Timestamp) row.get("next_digest_at")).toInstant();
        jdbc.update("UPDATE portal_subscriber SET last_digest_at = ?, next_digest_at = ? WHERE id = ?",
                Timestamp.from(now), Timestamp.from(frequency.nextAfter(due, now)), id);
        if (groups.isEmpty()) {
            return false;
        }
        int count = 0;
        for (DigestGrouping.Group g : groups) {
            for (DigestItem item : g.items()) {
                jdbc.update("""
                        INSERT INTO portal_digest_sent (subscriber_id, module, type, record_id, sent_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", id, item.module(), item.type(), item.recordId(),
                        Timestamp.from(now));
                count++;
            }
        }
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups.stream().map(g -> new MailGroup(
                messages.getMessage("portal.search.type." + g.type(), null, g.type(), locale),
                g.items().stream().map(i -> new MailItem(i.title(), baseUrl + i.url())).toList())).toList());
        String unsubscribe = subscriptions.unsubscribeLink(id);
        model.put("unsubscribe", unsubscribe);
        model.put("manage", baseUrl + "/follow");
        model.put("subjectArgs", new Object[] {count});
        // RFC 2369 and 8058: mail clients offer their own unsubscribe button, which posts to the signed link
        mailer.send((String) row.get("email"), locale, "portal/digest", model, Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        audit.recordAs(ACTOR, "portal.follow.digest.sent", "subscriber", id, null,
                Map.of("items", count, "frequency", frequency.name()));
        return true;
    }

    public record MailGroup(String label, List<MailItem> items) {
    }

    public record MailItem(String title, String link) {
    }
}

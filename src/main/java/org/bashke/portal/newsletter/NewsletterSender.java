package org.bashke.portal.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.bashke.audit.AuditLog;
import org.bashke.mail.Mailer;
import org.bashke.portal.follow.Subscriptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the newsletters' PENDING recipients in batches. A batch is one transaction: it locks its rows
 * ({@code FOR UPDATE SKIP LOCKED}: a second instance takes other rows), queues each mail in the outbox
 * and marks the row SENT, so a mail and its mark commit together or not at all. After a crash or a
 * restart the next run simply takes the rows still PENDING: nobody gets a newsletter twice, nobody is
 * forgotten.
 */
@Component
public class NewsletterSender {

    static final String ACTOR = "system:portal";
    static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Mailer mailer;
    private final Subscriptions subscriptions;
    private final Newsletters newsletters;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    NewsletterSender(JdbcTemplate jdbc, TransactionTemplate transaction, Mailer mailer, Subscriptions subscriptions,
                     Newsletters newsletters, AuditLog audit, Optional<Clock> clock, @Value("${bashke.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailer = mailer;
        this.subscriptions = subscriptions;
        this.newsletters = newsletters;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${bashke.portal.newsletter-interval:PT20S}", initialDelayString = "PT30S")
    public void run() {
        sendPending();
    }

    /** Mails every recipient still pending; returns how many rows were handled. */
    public int sendPending() {
        int handled = 0;
        while (true) {
            int n = sendBatch(BATCH, id -> {
            });
            handled += n;
            if (n < BATCH) {
                finishStragglers();
                return handled;
            }
        }
    }

    /**
     * Two instances finishing the last batches at once each still see the other's rows as pending;
     * this sweep marks such a newsletter SENT on the next run.
     */
    private void finishStragglers() {
        transaction.executeWithoutResult(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.queryForList("SELECT id FROM portal_newsletter WHERE status = 'SENDING' FOR UPDATE SKIP LOCKED", Long.class)
                    .forEach(id -> finishIfDone(id, now));
        });
    }

    /**
     * One batch of at most {@code size} recipients in one transaction; {@code afterEachMail} is told each
     * subscriber mailed (tests throw from it to crash a batch half-way). Returns the rows handled.
     */
    int sendBatch(int size, LongConsumer afterEachMail) {
        Integer handled = transaction.execute(status -> {
            List<long[]> rows = jdbc.query("""
                    SELECT newsletter_id, subscriber_id FROM portal_newsletter_recipient
                     WHERE state = 'PENDING' ORDER BY newsletter_id, subscriber_id LIMIT ? FOR UPDATE SKIP LOCKED""",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, size);
            Map<Long, Newsletter> byId = new HashMap<>();
            Set<Long> touched = new LinkedHashSet<>();
            Timestamp now = Timestamp.from(clock.instant());
            for (long[] row : rows) {
                Newsletter n = byId.computeIfAbsent(row[0], id -> newsletters.find(id).orElseThrow());
                touched.add(n.id());
                boolean mailed = mail(n, row[1]);
                jdbc.update("UPDATE portal_newsletter_recipient SET state = ?, handled_at = ? WHERE newsletter_id = ? AND subscriber_id = ?",
                        mailed ? "SENT" : "SKIPPED", now, row[0], row[1]);
                if (mailed) {
                    afterEachMail.accept(row[1]);
                }
            }
            for (Long id : touched) {
                finishIfDone(id, now);
            }
            return rows.size();
        });
        return handled == null ? 0 : handled;
    }

    /** Queues the mail for one subscriber; false when they left (or are no longer confirmed) before their turn. */
    private boolean mail(Newsletter n, long subscriberId) {
        var found = jdbc.query("SELECT email, language FROM portal_subscriber WHERE id = ? AND confirmed_at IS NOT NULL",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, subscriberId);
        if (found.isEmpty()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(found.get(0)[1]);
        String unsubscribe = subscriptions.unsubscribeLink(subscriberId);
        Map<String, Object> model = new HashMap<>();
        model.put("body", n.body().display(locale));
        model.put("link", baseUrl + "/newsletters/" + n.id());
        model.put("manage", baseUrl + "/follow");
        model.put("unsubscribe", unsubscribe);
        model.put("subjectArgs", new Object[] {n.subject().display(locale)});
        // the same one-click unsubscribe as the digests (RFC 2369 and 8058)
        mailer.send(found.get(0)[0], locale, "portal/newsletter", model, Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        return true;
    }

    private void finishIfDone(long id, Timestamp now) {
        int done = jdbc.update("""
                UPDATE portal_newsletter SET status = 'SENT', sent_at = ?, updated_at = ?
                 WHERE id = ? AND status = 'SENDING'
                   AND NOT EXISTS (SELECT 1 FROM portal_newsletter_recipient r WHERE r.newsletter_id = ? AND r.state = 'PENDING')""",
                now, now, id, id);
        if (done > 0) {
            NewsletterProgress p = newsletters.progress(id);
            audit.recordAs(ACTOR, "portal.newsletter.delivered", "portal-newsletter", id, Map.of("status", "SENDING"),
                    Map.of("status", "SENT", "mailed", p.sent(), "skipped", p.skipped()));
        }
    }
}

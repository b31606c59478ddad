package org.bashke.portal.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.identity.CurrentUser;
import org.bashke.portal.content.Problem;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's newsletters: write and correct a draft, see who it would reach, send it. Sending
 * writes one PENDING row per recipient in one transaction; {@link NewsletterSender} mails them. The
 * public reads the archive of what was sent.
 */
@Service
public class Newsletters {

    private static final String COLUMNS = """
            id, original, subject_sq, subject_sr, subject_en, body_sq, body_sr, body_en, hub_code, topic, members_only, status,
            created_at, send_requested_at, sent_at, recipients""";
    /** Confirmed subscribers, narrowed to the followers of a hub and/or of a topic when those are given. */
    private static final String AUDIENCE = """
            FROM portal_subscriber s
             WHERE s.confirmed_at IS NOT NULL
               AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM portal_follow f
                        WHERE f.subscriber_id = s.id AND f.kind = 'HUB' AND f.value = CAST(? AS VARCHAR)))
               AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM portal_follow f
                        WHERE f.subscriber_id = s.id AND f.kind = 'TOPIC' AND f.value = CAST(? AS VARCHAR)))
               AND (NOT ? OR s.account_id IS NOT NULL)""";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;
    private final String baseUrl;

    Newsletters(JdbcTemplate jdbc, Directory directory, CurrentUser currentUser, AuditLog audit, Optional<Clock> clock,
                MessageSource messages, @Value("${bashke.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** How far back the starting text of a newsletter looks for published items. */
    static final int RECENT_DAYS = 14;
    static final int RECENT_MAX = 20;

    /**
     * A starting text: what every module published in the last two weeks, as a Markdown list of links,
     * in {@code language} (an item not yet in it is listed in Albanian).
     */
    @Transactional(readOnly = true)
    public String recentItems(Language language) {
        mustBeSecretariat();
        Instant now = clock.instant();
        Locale locale = Locale.forLanguageTag(language.tag());
        List<String> lines = jdbc.query("""
                SELECT type, title, url FROM (
                    SELECT DISTINCT ON (module, type, record_id) type, title, url, published_at
                      FROM portal_search_document
                     WHERE published_at > ? AND published_at <= ?
                     ORDER BY module, type, record_id, (language = ?) DESC, (language = 'sq') DESC) d
                 ORDER BY published_at DESC LIMIT ?""",
                (rs, i) -> "- " + messages.getMessage("portal.search.type." + rs.getString(1), null, rs.getString(1), locale)
                        + ": [" + rs.getString(2).replace("[", "(").replace("]", ")") + "](" + baseUrl + rs.getString(3) + ")",
                Timestamp.from(now.minus(java.time.Duration.ofDays(RECENT_DAYS))), Timestamp.from(now), language.tag(), RECENT_MAX);
        if (lines.isEmpty()) {
            return "";
        }
        return messages.getMessage("portal.newsletter.recent.heading", null, locale) + "\n\n" + String.join("\n", lines) + "\n";
    }

    public List<Problem> check(NewsletterDraft draft) {
        return NewsletterRules.check(draft, directory.hubs().stream().map(HubSummary::code).toList());
    }

    /** A new draft; the problems when it cannot be saved (nothing is written then). */
    @Transactional
    public Result compose(NewsletterDraft draft) {
        mustBeSecretariat();
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        Language o = original(draft);
        long id = jdbc.queryForObject("""
                INSERT INTO portal_newsletter (original, subject_sq, subject_sr, subject_en, body_sq, body_sr, body_en,
                       hub_code, topic, members_only, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) RETURNING id""", Long.class, o.tag(),
                clean(draft.subjectSq()), clean(draft.subjectSr()), clean(draft.subjectEn()), clean(draft.bodySq()),
                clean(draft.bodySr()), clean(draft.bodyEn()), clean(draft.hubCode()), clean(draft.topic()), draft.membersOnly(),
                currentUser.accountId().orElse(null), now, now);
        audit.record("portal.newsletter.composed", "portal-newsletter", id, null, auditView(id));
        return new Result(id, List.of());
    }

    /** Corrects a draft; a newsletter already sent cannot change. */
    @Transactional
    public Result update(long id, NewsletterDraft draft) {
        mustBeSecretariat();
        Newsletter before = lock(id);
        if (!before.isDraft()) {
            return new Result(id, List.of(new Problem("subjectSq", "portal.newsletter.alreadySent")));
        }
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new Result(id, problems);
        }
        Map<String, Object> was = auditView(id);
        jdbc.update("""
                UPDATE portal_newsletter SET original = ?, subject_sq = ?, subject_sr = ?, subject_en = ?, body_sq = ?,
                       body_sr = ?, body_en = ?, hub_code = ?, topic = ?, members_only = ?, updated_at = ? WHERE id = ?""",
                original(draft).tag(), clean(draft.subjectSq()), clean(draft.subjectSr()), clean(draft.subjectEn()),
                clean(draft.bodySq()), clean(draft.bodySr()), clean(draft.bodyEn()), clean(draft.hubCode()),
                clean(draft.topic()), draft.membersOnly(), Timestamp.from(clock.instant()), id);
        audit.record("portal.newsletter.changed", "portal-newsletter", id, was, auditView(id));
        return new Result(id, List.of());
    }

    /**
     * Queues the newsletter for its audience as it is now: one PENDING row per subscriber, all in this
     * transaction. Sending twice is refused, so nobody is queued twice.
     */
    @Transactional
    public List<Problem> send(long id) {
        mustBeSecretariat();
        Newsletter n = lock(id);
        if (!n.isDraft()) {
            return List.of(new Problem("newsletter", "portal.newsletter.alreadySent"));
        }
        Instant now = clock.instant();
        int queued = jdbc.update("INSERT INTO portal_newsletter_recipient (newsletter_id, subscriber_id, state) SELECT ?, s.id, 'PENDING' "
                + AUDIENCE + " ON CONFLICT DO NOTHING", id, n.hubCode(), n.hubCode(), n.topic(), n.topic(), n.membersOnly());
        jdbc.update("""
                UPDATE portal_newsletter SET status = ?, send_requested_at = ?, sent_at = ?, recipients = ?, updated_at = ?
                 WHERE id = ?""", queued == 0 ? "SENT" : "SENDING", Timestamp.from(now), queued == 0 ? Timestamp.from(now) : null,
                queued, Timestamp.from(now), id);
        audit.record("portal.newsletter.sent", "portal-newsletter", id, Map.of("status", "DRAFT"),
                Map.of("status", queued == 0 ? "SENT" : "SENDING", "recipients", queued));
        return List.of();
    }

    /** How many confirmed subscribers the newsletter would reach if sent now. */
    @Transactional(readOnly = true)
    public long audienceSize(String hubCode, String topic, boolean membersOnly) {
        return jdbc.queryForObject("SELECT count(*) " + AUDIENCE, Long.class, hubCode, hubCode, topic, topic, membersOnly);
    }

    @Transactional(readOnly = true)
    public NewsletterProgress progress(long id) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT state, count(*) FROM portal_newsletter_recipient WHERE newsletter_id = ? GROUP BY state",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, id);
        return new NewsletterProgress(counts.getOrDefault("PENDING", 0L), counts.getOrDefault("SENT", 0L),
                counts.getOrDefault("SKIPPED", 0L));
    }

    /** Every newsletter, drafts included, newest first: the secretariat's list. */
    @Transactional(readOnly = true)
    public List<Newsletter> all() {
        mustBeSecretariat();
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_newsletter ORDER BY created_at DESC, id DESC", Newsletters::map);
    }

    @Transactional(readOnly = true)
    public Newsletter forSecretariat(long id) {
        mustBeSecretariat();
        return find(id).orElseThrow(() -> new NotFoundException("newsletter", id));
    }

    /** The public archive: what was sent (or is being sent), newest first. */
    @Transactional(readOnly = true)
    public List<Newsletter> archive() {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_newsletter WHERE status <> 'DRAFT' ORDER BY send_requested_at DESC, id DESC",
                Newsletters::map);
    }

    /** One newsletter of the archive; drafts are nobody's business but the secretariat's. */
    @Transactional(readOnly = true)
    public Newsletter published(long id) {
        return find(id).filter(n -> !n.isDraft()).orElseThrow(() -> new NotFoundException("newsletter", id));
    }

    public Optional<Newsletter> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_newsletter WHERE id = ?", Newsletters::map, id).stream().findFirst();
    }

    private Newsletter lock(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_newsletter WHERE id = ? FOR UPDATE", Newsletters::map, id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("newsletter", id));
    }

    static Newsletter map(ResultSet rs, int row) throws SQLException {
        Language original = Language.valueOf(rs.getString("original").toUpperCase(Locale.ROOT));
        return new Newsletter(rs.getLong("id"), original,
                LocalizedText.of(original, rs.getString("subject_sq"), rs.getString("subject_sr"), rs.getString("subject_en")),
                LocalizedText.of(original, rs.getString("body_sq"), rs.getString("body_sr"), rs.getString("body_en")),
                rs.getString("hub_code"), rs.getString("topic"), rs.getBoolean("members_only"), NewsletterStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("send_requested_at")),
                instant(rs.getTimestamp("sent_at")), rs.getInt("recipients"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private Map<String, Object> auditView(long id) {
        Newsletter n = find(id).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", n.status().name());
        m.put("original", n.original().tag());
        for (Language l : Language.values()) {
            m.put("subject." + l.tag(), n.subject().get(l));
            m.put("bodyLength." + l.tag(), n.body().get(l) == null ? 0 : n.body().get(l).length());
        }
        m.put("hub", n.hubCode());
        m.put("topic", n.topic());
        m.put("membersOnly", n.membersOnly());
        return m;
    }

    private void mustBeSecretariat() {
        if (!currentUser.has(Role.SECRETARIAT)) {
            throw new AccessDeniedException("secretariat");
        }
    }

    private static Language original(NewsletterDraft d) {
        return d.original() == null ? Language.SQ : d.original();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The newsletter's id (when there is one) and what must be fixed. */
    public record Result(Long id, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}

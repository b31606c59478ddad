package org.bashke.portal.follow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.identity.CurrentUser;
import org.bashke.mail.Mailer;
import org.bashke.portal.content.Problem;
import org.bashke.portal.content.Topic;
import org.bashke.portal.search.PortalSearch;
import org.bashke.shared.text.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following: a logged-in person's choices take effect at once (their address is known); anyone else's
 * wait in {@code pending} until the link mailed to the address is followed (double opt-in), so nobody
 * can subscribe, or change the follows of, an address that is not theirs. Leaving takes the signed
 * link of any digest, no login needed.
 */
@Component
public class Subscriptions {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    /** Kinds of record the portal itself publishes; other modules' kinds are read from the index. */
    static final List<String> OWN_TYPES = List.of("news", "event", "publication");

    private final JdbcTemplate jdbc;
    private final LinkSigner signer;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final PortalSearch search;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    Subscriptions(JdbcTemplate jdbc, LinkSigner signer, Mailer mailer, CurrentUser currentUser, Directory directory,
                  PortalSearch search, AuditLog audit, Optional<Clock> clock, @Value("${bashke.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.directory = directory;
        this.search = search;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    /** The kinds of record one can follow: the portal's own and whatever other modules have put in the index. */
    public List<String> followableTypes() {
        Set<String> types = new LinkedHashSet<>(OWN_TYPES);
        types.addAll(search.types());
        return List.copyOf(types);
    }

    public List<Problem> check(Choices choices) {
        List<Problem> problems = new ArrayList<>();
        if (choices.follows().isEmpty()) {
            problems.add(new Problem("follows", "portal.follow.nothing"));
        }
        Set<String> hubs = new java.util.HashSet<>();
        directory.hubs().stream().map(HubSummary::code).forEach(hubs::add);
        List<String> types = followableTypes();
        for (Choices.Follow f : choices.follows()) {
            boolean known = switch (f.kind()) {
                case TOPIC -> java.util.Arrays.stream(Topic.values()).anyMatch(t -> t.name().equals(f.value()));
                case HUB -> hubs.contains(f.value());
                case TYPE -> types.contains(f.value());
            };
            if (!known) {
                problems.add(new Problem("follows", "portal.follow.unknown"));
                break;
            }
        }
        return problems;
    }

    /** A logged-in person: their account's address, effective now. */
    @Transactional
    public List<Problem> followAsAccount(Choices choices) {
        var user = currentUser.get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("login"));
        List<Problem> problems = check(choices);
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        Long id = findByEmail(user.email()).map(Subscriber::id).orElse(null);
        Map<String, Object> before = id == null ? null : auditView(id);
        if (id == null) {
            id = insert(user.email(), user.accountId(), choices, now);
        }
        jdbc.update("UPDATE portal_subscriber SET account_id = ? WHERE id = ?", user.accountId(), id);
        apply(id, choices, now);
        audit.record(before == null ? "portal.follow.subscribed" : "portal.follow.changed", "subscriber", id, before, auditView(id));
        return List.of();
    }

    /**
     * Anyone, by e-mail: the choices wait until the address is confirmed. The answer is the same
     * whether the address was known or not, so the form tells nobody who subscribes.
     */
    @Transactional
    public List<Problem> requestByEmail(String email, Choices choices) {
        List<Problem> problems = new ArrayList<>();
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches() || address.length() > 320) {
            problems.add(new Problem("email", "portal.follow.email.invalid"));
        }
        problems.addAll(check(choices));
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        Long id = findByEmail(address).map(Subscriber::id).orElse(null);
        Map<String, Object> before = id == null ? null : auditView(id);
        if (id == null) {
            id = insert(address, null, choices, now);
        }
        jdbc.update("UPDATE portal_subscriber SET pending = ? WHERE id = ?", choices.encode(), id);
        audit.record("portal.follow.requested", "subscriber", id, before, auditView(id));
        Map<String, Object> model = new HashMap<>();
        model.put("link", baseUrl + "/follow/confirm?token=" + signer.sign(LinkSigner.CONFIRM, id));
        mailer.send(address, Locale.forLanguageTag(choices.language().tag()), "portal/follow-confirm", model);
        return List.of();
    }

    /** Applies what the address asked for. Following the link twice changes nothing more. */
    @Transactional
    public boolean confirm(String token) {
        Optional<Long> id = signer.verify(LinkSigner.CONFIRM, token);
        if (id.isEmpty()) {
            return false;
        }
        var found = jdbc.query("SELECT pending, confirmed_at FROM portal_subscriber WHERE id = ? FOR UPDATE",
                (rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2)}, id.get());
        if (found.isEmpty()) {
            return false;
        }
        Optional<Choices> pending = Choices.decode((String) found.get(0)[0]);
        if (pending.isEmpty()) {
            return found.get(0)[1] != null;
        }
        var before = auditView(id.get());
        apply(id.get(), pending.get(), clock.instant());
        audit.recordAs("system:portal", "portal.follow.confirmed", "subscriber", id.get(), before, auditView(id.get()));
        return true;
    }

    /** Removes the subscriber and everything it follows. Empty when the link is not genuine. */
    @Transactional
    public Optional<Boolean> unsubscribe(String token) {
        Optional<Long> id = signer.verify(LinkSigner.UNSUBSCRIBE, token);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(remove(id.get(), "system:portal"));
    }

    /** A logged-in person stops following everything. */
    @Transactional
    public void stopAsAccount() {
        var user = currentUser.get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("login"));
        findByEmail(user.email()).ifPresent(s -> remove(s.id(), null));
    }

    private boolean remove(long id, String actor) {
        var before = auditView(id);
        if (jdbc.update("DELETE FROM portal_subscriber WHERE id = ?", id) == 0) {
            return false;
        }
        if (actor == null) {
            audit.record("portal.follow.unsubscribed", "subscriber", id, before, null);
        } else {
            audit.recordAs(actor, "portal.follow.unsubscribed", "subscriber", id, before, null);
        }
        return true;
    }

    /** The logged-in person's current choices, if they follow anything. */
    @Transactional(readOnly = true)
    public Optional<Choices> ofCurrentAccount() {
        return currentUser.get().flatMap(u -> findByEmail(u.email())).filter(s -> s.confirmedAt() != null)
                .map(s -> new Choices(s.frequency(), s.language(), follows(s.id())));
    }

    /** The unsubscribe link of a subscriber, for the digests. */
    public String unsubscribeLink(long id) {
        return baseUrl + "/follow/unsubscribe?token=" + signer.sign(LinkSigner.UNSUBSCRIBE, id);
    }

    private void apply(long id, Choices choices, Instant now) {
        jdbc.update("""
                UPDATE portal_subscriber SET frequency = ?, language = ?, pending = NULL,
                       confirmed_at = COALESCE(confirmed_at, ?), next_digest_at = COALESCE(next_digest_at, ?)
                 WHERE id = ?""", choices.frequency().name(), choices.language().tag(), Timestamp.from(now),
                Timestamp.from(now.plus(choices.frequency().period())), id);
        jdbc.update("DELETE FROM portal_follow WHERE subscriber_id = ?", id);
        for (Choices.Follow f : choices.follows()) {
            jdbc.update("INSERT INTO portal_follow (subscriber_id, kind, value) VALUES (?, ?, ?)", id, f.kind().name(), f.value());
        }
    }

    /** Two requests for a new address at once: one inserts, the other finds its row. */
    private long insert(String email, Long accountId, Choices choices, Instant now) {
        List<Long> ids = jdbc.queryForList("""
                INSERT INTO portal_subscriber (email, account_id, language, frequency, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT ((lower(email))) DO NOTHING RETURNING id""", Long.class, email, accountId,
                choices.language().tag(), choices.frequency().name(), Timestamp.from(now));
        return ids.isEmpty() ? findByEmail(email).orElseThrow().id() : ids.get(0);
    }

    record Subscriber(long id, String email, Language language, Frequency frequency, Instant confirmedAt) {
    }

    private Optional<Subscriber> findByEmail(String email) {
        return jdbc.query("SELECT id, email, language, frequency, confirmed_at FROM portal_subscriber WHERE lower(email) = lower(?)",
                (rs, i) -> new Subscriber(rs.getLong(1), rs.getString(2), Language.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                        Frequency.valueOf(rs.getString(4)), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()),
                email).stream().findFirst();
    }

    private Set<Choices.Follow> follows(long id) {
        return new LinkedHashSet<>(jdbc.query("SELECT kind, value FROM portal_follow WHERE subscriber_id = ? ORDER BY kind, value",
                (rs, i) -> new Choices.Follow(FollowKind.valueOf(rs.getString(1)), rs.getString(2)), id));
    }

    /** No address in the audit trail: the id says who, the choices say what. */
    private Map<String, Object> auditView(long id) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT language, frequency, confirmed_at, pending, account_id FROM portal_subscriber WHERE id = ?", rs -> {
            m.put("language", rs.getString(1));
            m.put("frequency", rs.getString(2));
            m.put("confirmed", rs.getTimestamp(3) != null);
            m.put("pending", rs.getString(4));
            m.put("accountId", rs.getObject(5));
        }, id);
        m.put("follows", follows(id).stream().map(f -> f.kind() + ":" + f.value()).toList());
        return m;
    }
}

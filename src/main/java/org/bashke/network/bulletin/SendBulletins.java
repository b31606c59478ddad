package org.bashke.network.bulletin;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;
import org.bashke.network.Network;
import org.bashke.network.position.MemberAccess;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletins: the secretariat writes one in three languages for an audience and sends it; every representative
 * of an active member organisation in the audience gets it in their own language through the mail outbox, and
 * the secretariat follows how many are still queued and how many went. Members read the archive.
 */
@Service
public class SendBulletins {

    /** How far a sending has got: mails per delivery state (QUEUED, SENT, FAILED, KEPT) and the total. */
    public record Progress(long recipients, Map<String, Long> byState) {
    }

    private final NetworkBulletinRepository bulletins;
    private final NetworkBulletinRecipientRepository recipients;
    private final Network network;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MemberAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    SendBulletins(NetworkBulletinRepository bulletins, NetworkBulletinRecipientRepository recipients, Network network,
                  Accounts accounts, Mailer mailer, MemberAccess access, AuditLog audit, Optional<Clock> clock,
                  @Value("${bashke.base-url}") String baseUrl) {
        this.bulletins = bulletins;
        this.recipients = recipients;
        this.network = network;
        this.accounts = accounts;
        this.mailer = mailer;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    @Transactional
    public Bulletin compose(LocalizedText subject, LocalizedText body, BulletinAudience audience) {
        access.mustBeSecretariat();
        if (subject == null || subject.isEmpty() || body == null || body.isEmpty()) {
            throw new BulletinRuleBroken("network.bulletin.rule.textRequired");
        }
        Bulletin b = bulletins.save(new Bulletin(subject, body, audience, access.accountId(), clock.instant()));
        audit.record("network.bulletin.composed", "network-bulletin", b.getId(), null, b.audit());
        return b;
    }

    /** @return how many people it was queued for */
    @Transactional
    public int send(long bulletinId) {
        access.mustBeSecretariat();
        Bulletin b = find(bulletinId);
        b.sent(access.accountId(), clock.instant());
        BulletinAudience audience = b.audience();
        if (audience instanceof BulletinAudience.WorkingGroup group) {
            audience = group.with(network.workingGroupOrganisations(group.objective()));
        }
        Map<Long, AccountSummary> people = new LinkedHashMap<>();
        for (MemberSummary m : network.members(MemberStatus.ACTIVE)) {
            if (audience.includes(m)) {
                accounts.holders(Role.CSO_REPRESENTATIVE, m.organisationId()).forEach(a -> people.putIfAbsent(a.id(), a));
            }
        }
        for (AccountSummary a : people.values()) {
            Language language = Language.of(Locale.forLanguageTag(a.languageTag() == null ? "sq" : a.languageTag()));
            Locale locale = Locale.forLanguageTag(language.tag());
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.displayName());
            model.put("body", b.getBody().display(locale));
            model.put("link", baseUrl + "/network/bulletins/" + b.getId());
            model.put("subjectArgs", new Object[] {b.getSubject().display(locale)});
            long mailId = mailer.queue(a.email(), locale, "network/bulletin", model);
            recipients.save(new BulletinRecipient(b.getId(), a.id(), a.email(), language.tag(), mailId));
        }
        audit.record("network.bulletin.sent", "network-bulletin", b.getId(), null,
                Map.of("recipients", people.size(), "audience", audience.kind() + (audience.value() == null ? "" : ":" + audience.value())));
        return people.size();
    }

    @Transactional(readOnly = true)
    public Progress progress(long bulletinId) {
        access.mustBeSecretariat();
        List<Long> mails = recipients.findByBulletinId(bulletinId).stream().map(BulletinRecipient::getMailId).toList();
        return new Progress(mails.size(), mailer.deliveryCounts(mails));
    }

    @Transactional(readOnly = true)
    public List<Bulletin> all() {
        access.mustBeSecretariat();
        return bulletins.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Bulletin forSecretariat(long id) {
        access.mustBeSecretariat();
        return find(id);
    }

    /** The archive members read: sent bulletins, newest first. */
    @Transactional(readOnly = true)
    public List<Bulletin> archive() {
        access.mustBeMember();
        return bulletins.findBySentAtIsNotNullOrderBySentAtDesc();
    }

    @Transactional(readOnly = true)
    public Bulletin read(long id) {
        access.mustBeMember();
        return bulletins.findById(id).filter(Bulletin::isSent).orElseThrow(() -> new NotFoundException("bulletin", id));
    }

    private Bulletin find(long id) {
        return bulletins.findById(id).orElseThrow(() -> new NotFoundException("bulletin", id));
    }
}

package org.bashke.network.code;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;
import org.bashke.network.Network;
import org.bashke.network.member.MembershipAccess;
import org.bashke.network.member.MembershipMail;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat drafts a version of the code of conduct or the rules of work and records its adoption;
 * adopting asks every active member to accept it (its representatives get a mail), and the secretariat sees
 * who has not and reminds them. A member's representative accepts for the member.
 */
@Component
public class ManageCode {

    /** Words of a version in three languages; {@code authoritative} is the language the others translate. */
    public record Words(Language authoritative, String titleSq, String titleSr, String titleEn, String textSq,
                        String textSr, String textEn) {

        LocalizedText title() {
            return LocalizedText.of(authoritative, titleSq, titleSr, titleEn);
        }

        LocalizedText text() {
            return LocalizedText.of(authoritative, textSq, textSr, textEn);
        }
    }

    private final CodeVersionRepository versions;
    private final CodeAcceptanceRepository acceptances;
    private final CodeReminderRepository reminders;
    private final Network network;
    private final MembershipMail mail;
    private final MembershipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManageCode(CodeVersionRepository versions, CodeAcceptanceRepository acceptances, CodeReminderRepository reminders,
               Network network, MembershipMail mail, MembershipAccess access, AuditLog audit, Optional<Clock> clock) {
        this.versions = versions;
        this.acceptances = acceptances;
        this.reminders = reminders;
        this.network = network;
        this.mail = mail;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public CodeVersion draft(CodeKind kind, Words w) {
        access.requireSecretariat();
        check(w);
        CodeVersion v = versions.saveAndFlush(new CodeVersion(kind, versions.lastNumber(kind) + 1, w.title(), w.text(), clock.instant()));
        audit.record("network.code.drafted", "network-code-version", v.getId(), null, v.audit());
        return v;
    }

    @Transactional
    public void edit(long id, Words w) {
        access.requireSecretariat();
        CodeVersion v = find(id);
        check(w);
        var before = v.audit();
        v.edit(w.title(), w.text(), clock.instant());
        audit.record("network.code.edited", "network-code-version", id, before, v.audit());
    }

    /** Records the adoption; returns how many member organisations were asked to accept. */
    @Transactional
    public int adopt(long id, LocalDate on) {
        access.requireSecretariat();
        CodeVersion v = find(id);
        if (on != null && on.isAfter(CodesInForce.today())) {
            throw new MembershipRuleBroken("adoptedOn", "network-code.rule.adoptedOn.future");
        }
        var before = v.audit();
        v.adopt(on, access.actorName(), clock.instant());
        versions.flush();
        audit.record("network.code.adopted", "network-code-version", id, before, v.audit());
        List<MemberSummary> asked = network.members(MemberStatus.ACTIVE);
        for (MemberSummary m : asked) {
            mail.toRepresentatives(m.organisationId(), "code/accept", model(v), "/network/code/versions/" + id);
        }
        return asked.size();
    }

    @Transactional
    public void accept(long versionId, long organisationId) {
        access.requireRepresentative(organisationId);
        CodeVersion v = find(versionId);
        if (!v.isAdopted()) {
            throw new MembershipRuleBroken("network-code.rule.accept.notAdopted");
        }
        if (network.memberOf(organisationId).filter(m -> m.status() != MemberStatus.LEFT).isEmpty()) {
            throw new MembershipRuleBroken("network-code.rule.accept.notMember");
        }
        if (acceptances.existsByCodeVersionIdAndOrganisationId(versionId, organisationId)) {
            return;
        }
        CodeAcceptance a = acceptances.save(new CodeAcceptance(versionId, organisationId, access.accountId(), clock.instant()));
        audit.record("network.code.accepted", "network-code-version", versionId, null,
                Map.of("organisationId", organisationId, "acceptanceId", a.getId()));
    }

    /** Active members that have not accepted this version. */
    @Transactional(readOnly = true)
    public List<MemberSummary> notAccepted(long versionId) {
        Set<Long> accepted = acceptances.findByCodeVersionId(versionId).stream().map(CodeAcceptance::getOrganisationId)
                .collect(Collectors.toSet());
        return network.members(MemberStatus.ACTIVE).stream().filter(m -> !accepted.contains(m.organisationId())).toList();
    }

    /** Reminds every active member that has not accepted (or only {@code organisationId}); returns how many. */
    @Transactional
    public int remind(long versionId, Long organisationId) {
        access.requireSecretariat();
        CodeVersion v = find(versionId);
        if (!v.isAdopted()) {
            throw new MembershipRuleBroken("network-code.rule.accept.notAdopted");
        }
        int count = 0;
        for (MemberSummary m : notAccepted(versionId)) {
            if (organisationId != null && m.organisationId() != organisationId) {
                continue;
            }
            mail.toRepresentatives(m.organisationId(), "code/reminder", model(v), "/network/code/versions/" + versionId);
            reminders.save(new CodeReminder(versionId, m.organisationId(), clock.instant()));
            count++;
        }
        audit.record("network.code.reminded", "network-code-version", versionId, null, Map.of("members", count));
        return count;
    }

    @Transactional(readOnly = true)
    public List<CodeReminder> reminders(long versionId) {
        return reminders.findByCodeVersionIdOrderBySentAtDesc(versionId);
    }

    @Transactional(readOnly = true)
    public Set<Long> acceptedBy(long versionId) {
        return acceptances.findByCodeVersionId(versionId).stream().map(CodeAcceptance::getOrganisationId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public List<CodeVersion> versions(CodeKind kind) {
        return versions.findByKindOrderByNumberDesc(kind);
    }

    @Transactional(readOnly = true)
    public CodeVersion find(long id) {
        return versions.findById(id).orElseThrow(() -> new NotFoundException("network-code-version", id));
    }

    private static void check(Words w) {
        if (w.authoritative() == null) {
            throw new MembershipRuleBroken("authoritative", "network-code.rule.authoritative");
        }
        LocalizedText title = w.title();
        LocalizedText text = w.text();
        if (title.get(w.authoritative()) == null) {
            throw new MembershipRuleBroken("title" + cap(w.authoritative()), "network-code.rule.title");
        }
        if (text.get(w.authoritative()) == null) {
            throw new MembershipRuleBroken("text" + cap(w.authoritative()), "network-code.rule.text");
        }
    }

    private static String cap(Language l) {
        return l == Language.SQ ? "Sq" : l == Language.SR ? "Sr" : "En";
    }

    private static Map<String, Object> model(CodeVersion v) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", v.getTitle());
        m.put("number", v.getNumber());
        m.put("adoptedOn", String.valueOf(v.getAdoptedOn()));
        m.put("subjectArgs", new Object[] {v.getNumber()});
        return m;
    }
}

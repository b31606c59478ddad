package org.bashke.network.position;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.consultation.Consultations;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on a position: draft, revise (a new version each time), send to the members, record
 * the adoption, and file the adopted text as CiviKos's comment on the linked public consultation.
 */
@Service
public class ManagePositions {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    /** Title and text as written, in Albanian, Serbian and English; {@code original} is the authoritative one. */
    public record Text(Language original, String titleSq, String titleSr, String titleEn, String textSq, String textSr,
                       String textEn, String note) {

        LocalizedText title() {
            return LocalizedText.of(original, titleSq, titleSr, titleEn);
        }

        LocalizedText body() {
            return LocalizedText.of(original, textSq, textSr, textEn);
        }
    }

    private final NetworkPositionRepository positions;
    private final NetworkPositionVersionRepository versions;
    private final NetworkPositionCommentRepository comments;
    private final Consultations consultations;
    private final CivikosOrganisation civikos;
    private final MemberAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManagePositions(NetworkPositionRepository positions, NetworkPositionVersionRepository versions,
                    NetworkPositionCommentRepository comments, Consultations consultations,
                    CivikosOrganisation civikos, MemberAccess access, AuditLog audit, Optional<Clock> clock) {
        this.positions = positions;
        this.versions = versions;
        this.comments = comments;
        this.consultations = consultations;
        this.civikos = civikos;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public NetworkPosition draft(SubjectKind kind, Long consultationId, Long agendaItemId, AdoptingBody body, Text text) {
        access.mustBeSecretariat();
        if (consultationId != null && consultations.consultation(consultationId).isEmpty()) {
            throw new PositionRuleBroken("network.position.rule.unknownConsultation");
        }
        mustHaveText(text);
        Instant now = clock.instant();
        NetworkPosition p = positions.saveAndFlush(new NetworkPosition(kind, consultationId, agendaItemId, body, access.accountId(), now));
        versions.save(new PositionVersion(p.getId(), 1, text.title(), text.body(), text.note(), access.accountId(), now));
        audit.record("network.position.drafted", "network-position", p.getId(), null, p.audit());
        return p;
    }

    @Transactional
    public PositionVersion revise(long positionId, Text text) {
        access.mustBeSecretariat();
        NetworkPosition p = find(positionId);
        mustHaveText(text);
        Instant now = clock.instant();
        p.revised(now);
        int next = versions.findFirstByPositionIdOrderByNumberDesc(positionId).map(v -> v.getNumber() + 1).orElse(1);
        PositionVersion v = versions.save(new PositionVersion(positionId, next, text.title(), text.body(), text.note(), access.accountId(), now));
        audit.record("network.position.revised", "network-position", positionId, null, java.util.Map.of("version", next));
        return v;
    }

    @Transactional
    public void openMemberConsultation(long positionId, LocalDate deadline) {
        access.mustBeSecretariat();
        NetworkPosition p = find(positionId);
        var before = p.audit();
        p.openMemberConsultation(deadline, today(), clock.instant());
        audit.record("network.position.consultation-opened", "network-position", positionId, before, p.audit());
    }

    @Transactional
    public void adopt(long positionId, AdoptingBody body, String reference, LocalDate on) {
        access.mustBeSecretariat();
        NetworkPosition p = find(positionId);
        var before = p.audit();
        PositionVersion latest = versions.findFirstByPositionIdOrderByNumberDesc(positionId)
                .orElseThrow(() -> new NotFoundException("position version", positionId));
        p.adopt(body, reference, on, latest, today(), clock.instant());
        versions.save(latest);
        audit.record("network.position.adopted", "network-position", positionId, before, p.audit());
    }

    /** Files the adopted text (Albanian, else the authoritative language) as CiviKos's comment on the linked consultation. */
    @Transactional
    public long submitToConsultation(long positionId) {
        access.mustBeSecretariat();
        NetworkPosition p = find(positionId);
        if (p.getStatus() != PositionStatus.ADOPTED) {
            throw new PositionRuleBroken("network.position.rule.notAdopted");
        }
        if (p.getConsultationId() == null) {
            throw new PositionRuleBroken("network.position.rule.noConsultation");
        }
        if (p.getSubmittedCommentId() != null) {
            throw new PositionRuleBroken("network.position.rule.alreadySubmitted");
        }
        long organisation = civikos.id().orElseThrow(() -> new PositionRuleBroken("network.position.rule.noCivikos"));
        PositionVersion adopted = versions.findByPositionIdAndNumber(positionId, p.getAdoptedVersion())
                .orElseThrow(() -> new NotFoundException("position version", positionId));
        Language language = adopted.getText().get(Language.SQ) != null ? Language.SQ
                : adopted.getText().get(Language.SR) != null ? Language.SR : Language.EN;
        String body = adopted.getTitle().get(language) + "\n\n" + adopted.getText().get(language);
        long commentId = consultations.commentOnBehalfOf(p.getConsultationId(), organisation, access.accountId(), body, language.tag())
                .orElseThrow(() -> new PositionRuleBroken("network.position.rule.consultationClosed"));
        var before = p.audit();
        p.submittedAsComment(commentId, clock.instant());
        audit.record("network.position.submitted", "network-position", positionId, before, p.audit());
        return commentId;
    }

    /** A position with every version (newest first) and the members' comments, for the secretariat. */
    public record Detail(NetworkPosition position, java.util.List<PositionVersion> versions, java.util.List<PositionComment> comments) {

        public PositionVersion latest() {
            return versions.get(0);
        }
    }

    @Transactional(readOnly = true)
    public java.util.List<CommentOnPosition.Current> all() {
        access.mustBeSecretariat();
        return CommentOnPosition.withLatest(positions.findAllByOrderByUpdatedAtDesc(), versions);
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        access.mustBeSecretariat();
        NetworkPosition p = find(id);
        return new Detail(p, versions.findByPositionIdOrderByNumberDesc(id), comments.findByPositionIdOrderByCreatedAtAsc(id));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(KOSOVO));
    }

    private NetworkPosition find(long id) {
        return positions.findById(id).orElseThrow(() -> new NotFoundException("position", id));
    }

    private static void mustHaveText(Text text) {
        if (text == null || text.title().isEmpty() || text.body().isEmpty()) {
            throw new PositionRuleBroken("network.position.rule.textRequired");
        }
        if (text.title().get(text.original()) == null || text.body().get(text.original()) == null) {
            throw new PositionRuleBroken("network.position.rule.originalRequired");
        }
    }
}

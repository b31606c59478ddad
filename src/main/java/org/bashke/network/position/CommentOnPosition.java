package org.bashke.network.position;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member consultation on a position: members read the draft and its comments and comment for their
 * organisation until the deadline. Nobody else reads either (the secretariat does).
 */
@Service
public class CommentOnPosition {

    /** A position as members see it during (or after) their consultation. */
    public record MemberView(NetworkPosition position, PositionVersion latest, List<PositionComment> comments,
                             List<Long> myOrganisations, boolean open) {
    }

    private final NetworkPositionRepository positions;
    private final NetworkPositionVersionRepository versions;
    private final NetworkPositionCommentRepository comments;
    private final MemberAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CommentOnPosition(NetworkPositionRepository positions, NetworkPositionVersionRepository versions,
                      NetworkPositionCommentRepository comments, MemberAccess access, AuditLog audit, Optional<Clock> clock) {
        this.positions = positions;
        this.versions = versions;
        this.comments = comments;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A position with its current text. */
    public record Current(NetworkPosition position, PositionVersion latest) {
    }

    /** Positions the members are asked about now, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<Current> underConsultation() {
        access.mustBeMember();
        return withLatest(positions.findByStatusOrderByConsultationDeadlineAscIdAsc(PositionStatus.MEMBER_CONSULTATION), versions);
    }

    static List<Current> withLatest(List<NetworkPosition> list, NetworkPositionVersionRepository versions) {
        java.util.Map<Long, PositionVersion> latest = new java.util.HashMap<>();
        versions.findByPositionIdIn(list.stream().map(NetworkPosition::getId).toList())
                .forEach(v -> latest.merge(v.getPositionId(), v, (a, b) -> a.getNumber() >= b.getNumber() ? a : b));
        return list.stream().filter(p -> latest.containsKey(p.getId())).map(p -> new Current(p, latest.get(p.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public MemberView view(long positionId) {
        access.mustBeMember();
        NetworkPosition p = positions.findById(positionId)
                .filter(x -> x.getStatus() != PositionStatus.DRAFT || access.secretariat())
                .orElseThrow(() -> new NotFoundException("position", positionId));
        PositionVersion latest = versions.findFirstByPositionIdOrderByNumberDesc(positionId)
                .orElseThrow(() -> new NotFoundException("position", positionId));
        return new MemberView(p, latest, comments.findByPositionIdOrderByCreatedAtAsc(positionId), access.memberOrganisations(),
                p.acceptsMemberComments(today()));
    }

    @Transactional
    public PositionComment comment(long positionId, long organisationId, String body) {
        access.mustBeMember();
        NetworkPosition p = positions.findById(positionId)
                .filter(x -> x.getStatus() != PositionStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("position", positionId));
        if (!access.memberOrganisations().contains(organisationId)) {
            throw new PositionRuleBroken("network.position.rule.notYourOrganisation");
        }
        if (!p.acceptsMemberComments(today())) {
            throw new PositionRuleBroken("network.position.rule.consultationClosed");
        }
        if (body == null || body.isBlank()) {
            throw new PositionRuleBroken("network.position.rule.commentRequired");
        }
        int version = versions.findFirstByPositionIdOrderByNumberDesc(positionId).map(PositionVersion::getNumber).orElse(1);
        PositionComment c = comments.save(new PositionComment(positionId, version, organisationId, access.accountId(),
                access.actorName(), body.strip(), clock.instant()));
        audit.record("network.position.commented", "network-position-comment", c.getId(), null,
                java.util.Map.of("position", positionId, "organisation", organisationId, "version", version));
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ManagePositions.KOSOVO));
    }
}

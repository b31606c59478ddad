package org.bashke.network.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The life of a placement: the mentor and the intern write monthly check-ins and, at the end, their evaluations. */
@Component
public class KeepPlacement {

    /** A placement as one person may see it, with their part in it (null for a selector). */
    public record Seen(InternshipPlacement placement, InternshipCall call, InternshipPlacement.Role role,
                       List<InternshipCheckIn> checkIns) {
    }

    private final InternshipPlacements placements;
    private final InternshipCalls calls;
    private final InternshipCheckIns checkIns;
    private final InternshipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    KeepPlacement(InternshipPlacements placements, InternshipCalls calls, InternshipCheckIns checkIns, InternshipAccess access,
                  AuditLog audit, Optional<Clock> clock) {
        this.placements = placements;
        this.calls = calls;
        this.checkIns = checkIns;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Seen see(long placementId) {
        InternshipPlacement placement = placements.findById(placementId)
                .orElseThrow(() -> new NotFoundException("internship-placement", placementId));
        InternshipCall call = calls.findById(placement.getCallId()).orElseThrow();
        InternshipPlacement.Role role = access.mustSeePlacement(placement, call);
        return new Seen(placement, call, role, checkIns.findByPlacementIdOrderByMonthAscWrittenAtAsc(placementId));
    }

    @Transactional
    public InternshipCheckIn checkIn(long placementId, LocalDate month, String note) {
        Seen seen = see(placementId);
        if (seen.role() == null) {
            throw new NotFoundException("internship-placement", placementId);
        }
        if (month == null) {
            throw new InternshipRuleBroken("network.internship.rule.month", "month");
        }
        InternshipCheckIn saved = checkIns.save(new InternshipCheckIn(placementId, month, access.mustBeSignedIn(), seen.role(),
                note, clock.instant()));
        audit.record("network.internship.checkin", "internship-placement", placementId, null,
                java.util.Map.of("month", String.valueOf(saved.getMonth()), "by", seen.role()));
        return saved;
    }

    @Transactional
    public void evaluate(long placementId, Integer rating, String text) {
        Seen seen = see(placementId);
        if (seen.role() == null) {
            throw new NotFoundException("internship-placement", placementId);
        }
        if (rating == null) {
            throw new InternshipRuleBroken("network.internship.rule.rating", "rating");
        }
        var before = seen.placement().audit();
        seen.placement().evaluate(seen.role(), rating, text);
        placements.save(seen.placement());
        audit.record("network.internship.evaluated", "internship-placement", placementId, before, seen.placement().audit());
    }
}

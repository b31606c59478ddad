package org.bashke.monitoring.obligation;

import java.time.LocalDate;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat (or the responsible officer) moves a deadline, with a reason kept beside both dates. */
@Service("monitoringMoveDeadline")
public class MoveDeadline {

    private final ObligationRepository obligations;
    private final DeadlineChangeRepository changes;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;
    private final PublishObligation publish;

    MoveDeadline(ObligationRepository obligations, DeadlineChangeRepository changes, ObligationAccess access, AuditLog audit,
                 MonitoringClock clock, PublishObligation publish) {
        this.obligations = obligations;
        this.changes = changes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publish = publish;
    }

    @Transactional
    public void move(long obligationId, LocalDate to, String reason) {
        Obligation o = obligations.findById(obligationId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        access.requireReport(o);
        DeadlineChange change = changes.save(o.moveDeadline(to, reason, access.actorName(), clock.now()));
        audit.record("monitoring.deadline.moved", "monitoring-obligation", o.getId(),
                Map.of("deadline", String.valueOf(change.getFromDate())),
                Map.of("deadline", change.getToDate().toString(), "reason", change.getReason()));
        publish.changed(o);
    }
}

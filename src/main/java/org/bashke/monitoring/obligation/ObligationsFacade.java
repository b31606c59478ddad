package org.bashke.monitoring.obligation;

import java.util.List;
import java.util.Optional;
import org.bashke.calendar.WorkingDays;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.ObligationSummary;
import org.bashke.monitoring.Obligations;
import org.bashke.shared.followup.FollowUps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The obligation engine as other modules see it; also how far a Council decision or a commitment has got. */
@Service("monitoringObligationsFacade")
@Transactional(readOnly = true)
class ObligationsFacade implements Obligations, FollowUps {

    private final ObligationRepository obligations;
    private final WorkingDays workingDays;
    private final MonitoringClock clock;

    ObligationsFacade(ObligationRepository obligations, WorkingDays workingDays, MonitoringClock clock) {
        this.obligations = obligations;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public Optional<ObligationSummary> obligation(long id) {
        return obligations.findById(id).map(this::summary);
    }

    @Override
    public Optional<ObligationSummary> bySource(String module, String type, long id) {
        return obligations.findBySourceModuleAndSourceTypeAndSourceId(module, type, id).map(this::summary);
    }

    @Override
    public List<ObligationSummary> ofInstitution(long institutionId) {
        return obligations.findByInstitutionIdOrderByDeadlineAsc(institutionId).stream().map(this::summary).toList();
    }

    @Override
    public List<ObligationSummary> overdue() {
        return obligations.openWithDeadlineUpTo(clock.today(), List.of(ObligationStatus.COMPLETED, ObligationStatus.CANCELLED))
                .stream().map(this::summary).filter(s -> s.overdueDays() > 0).toList();
    }

    @Override
    public Optional<FollowUp> followUp(String module, String type, long id) {
        return bySource(module, type, id).map(s -> new FollowUp(s.status().name(), s.status().labelKey(), s.percent(),
                s.overdueDays() > 0, s.url()));
    }

    ObligationSummary summary(Obligation o) {
        return new ObligationSummary(o.getId(), o.getSourceModule(), o.getSourceType(), o.getSourceId(), o.getCode(), o.getTitle(),
                o.getInstitutionId(), o.getDeadline(), o.getStatus(), o.getPercent(),
                OverdueRule.overdueDays(o.getDeadline(), o.getStatus(), clock.today(), workingDays),
                "/monitoring/obligations/" + o.getId());
    }
}

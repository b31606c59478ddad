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
    private final ProgressUpdateRepository updates;
    private final EvidenceRepository evidence;
    private final AssessmentRepository assessments;

    ObligationsFacade(ObligationRepository obligations, WorkingDays workingDays, MonitoringClock clock,
                      ProgressUpdateRepository updates, EvidenceRepository evidence, AssessmentRepository assessments) {
        this.updates = updates;
        this.evidence = evidence;
        this.assessments = assessments;
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

    /** The updates of the obligation born from this source, with their evidence and the CSO side's assessments. */
    @Override
    public List<Report> reports(String module, String type, long id) {
        Optional<Obligation> o = obligations.findBySourceModuleAndSourceTypeAndSourceId(module, type, id);
        if (o.isEmpty()) {
            return List.of();
        }
        List<ProgressUpdate> list = updates.findByObligationIdOrderByCreatedAtAscIdAsc(o.get().getId());
        List<Long> ids = list.stream().map(ProgressUpdate::getId).toList();
        java.util.Map<Long, List<Evidence>> files = ids.isEmpty() ? java.util.Map.of()
                : evidence.findByUpdateIdIn(ids).stream().collect(java.util.stream.Collectors.groupingBy(Evidence::getUpdateId));
        java.util.Map<Long, Assessment> assessed = ids.isEmpty() ? java.util.Map.of()
                : assessments.findByUpdateIdIn(ids).stream().collect(java.util.stream.Collectors.toMap(Assessment::getUpdateId, a -> a, (a, b) -> a));
        return list.stream().map(u -> {
            Assessment a = assessed.get(u.getId());
            return new Report(u.getCreatedAt(), u.getStatus().name(), u.getStatus().labelKey(), u.getPercent(), u.getNarrative(),
                    u.getAuthorName(), files.getOrDefault(u.getId(), List.of()).stream()
                    .map(e -> new EvidenceLink(e.getLabel(), e.getFileId() != null ? "/monitoring/evidence/" + e.getId() : e.getUrl()))
                    .toList(),
                    a == null ? null : a.getVerdict().labelKey(), a == null ? null : a.getNarrative(),
                    a == null ? null : a.getOnBehalfOf() != null ? a.getOnBehalfOf() : a.getAuthorName());
        }).toList();
    }

    ObligationSummary summary(Obligation o) {
        return new ObligationSummary(o.getId(), o.getSourceModule(), o.getSourceType(), o.getSourceId(), o.getCode(), o.getTitle(),
                o.getInstitutionId(), o.getDeadline(), o.getStatus(), o.getPercent(),
                OverdueRule.overdueDays(o.getDeadline(), o.getStatus(), clock.today(), workingDays),
                "/monitoring/obligations/" + o.getId());
    }
}

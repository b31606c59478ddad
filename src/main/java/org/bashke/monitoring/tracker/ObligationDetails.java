package org.bashke.monitoring.tracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bashke.calendar.WorkingDays;
import org.bashke.monitoring.obligation.Assessment;
import org.bashke.monitoring.obligation.AssessmentRepository;
import org.bashke.monitoring.obligation.DeadlineChange;
import org.bashke.monitoring.obligation.DeadlineChangeRepository;
import org.bashke.monitoring.obligation.Evidence;
import org.bashke.monitoring.obligation.EvidenceRepository;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.IndicatorRepository;
import org.bashke.monitoring.obligation.IndicatorValue;
import org.bashke.monitoring.obligation.IndicatorValueRepository;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.OverdueRule;
import org.bashke.monitoring.obligation.ProgressUpdate;
import org.bashke.monitoring.obligation.ProgressUpdateRepository;
import org.bashke.monitoring.plan.Measure;
import org.bashke.monitoring.plan.MeasureRepository;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One obligation with everything a reader needs: where it comes from, who is responsible, deadlines
 * (first and current), indicators, and the timeline of government updates each beside its CSO assessment.
 */
@Service("monitoringObligationDetails")
@Transactional(readOnly = true)
public class ObligationDetails {

    /** One step of the timeline: the government's update and, beside it, the CSO assessment (or none yet). */
    public record Entry(ProgressUpdate update, List<Evidence> evidence, List<Actual> actuals, Assessment assessment,
                        List<Evidence> assessmentEvidence, boolean correctable) {
    }

    public record Actual(Indicator indicator, BigDecimal value, LocalDate measuredOn) {
    }

    /** An indicator with its values over time, the latest value and the share toward the target. */
    public record IndicatorView(Indicator indicator, List<IndicatorValue> values, BigDecimal latest, Integer share) {
    }

    public record Detail(Obligation obligation, Strategy strategy, Objective objective, Measure measure, String institution,
                         List<String> supporters, List<DeadlineChange> deadlineChanges, List<IndicatorView> indicators,
                         List<Entry> timeline, int overdueDays, Integer workingDaysLeft, boolean mayReport, boolean mayAssess) {
    }

    private final ObligationRepository obligations;
    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final MeasureRepository measures;
    private final ProgressUpdateRepository updates;
    private final AssessmentRepository assessments;
    private final EvidenceRepository evidence;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final DeadlineChangeRepository deadlineChanges;
    private final Tracker tracker;
    private final ObligationAccess access;
    private final WorkingDays workingDays;
    private final MonitoringClock clock;

    ObligationDetails(ObligationRepository obligations, StrategyRepository strategies, ObjectiveRepository objectives,
                      MeasureRepository measures, ProgressUpdateRepository updates, AssessmentRepository assessments,
                      EvidenceRepository evidence, IndicatorRepository indicators, IndicatorValueRepository values,
                      DeadlineChangeRepository deadlineChanges, Tracker tracker, ObligationAccess access, WorkingDays workingDays,
                      MonitoringClock clock) {
        this.obligations = obligations;
        this.strategies = strategies;
        this.objectives = objectives;
        this.measures = measures;
        this.updates = updates;
        this.assessments = assessments;
        this.evidence = evidence;
        this.indicators = indicators;
        this.values = values;
        this.deadlineChanges = deadlineChanges;
        this.tracker = tracker;
        this.access = access;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Detail detail(long id, Locale locale) {
        Obligation o = obligations.findById(id).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        List<Long> orgIds = new ArrayList<>(o.getSupporters());
        orgIds.add(o.getInstitutionId());
        Map<Long, String> names = tracker.institutionNames(orgIds, locale);
        List<IndicatorView> indicatorViews = indicatorViews(List.of(o.getId())).getOrDefault(o.getId(), List.of());
        LocalDate today = clock.today();
        return new Detail(o,
                o.getStrategyId() == null ? null : strategies.findById(o.getStrategyId()).orElse(null),
                o.getObjectiveId() == null ? null : objectives.findById(o.getObjectiveId()).orElse(null),
                o.getMeasureId() == null ? null : measures.findById(o.getMeasureId()).orElse(null),
                o.getInstitutionId() == null ? o.getResponsibleText() : names.get(o.getInstitutionId()),
                o.getSupporters().stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList(),
                deadlineChanges.findByObligationIdOrderByChangedAtAsc(o.getId()),
                indicatorViews,
                timelines(List.of(o.getId()), indicatorViews.stream().map(IndicatorView::indicator).toList()).getOrDefault(o.getId(), List.of()),
                OverdueRule.overdueDays(o.getDeadline(), o.getStatus(), today, workingDays),
                o.getStatus().closed() ? null : OverdueRule.workingDaysLeft(o.getDeadline(), today, workingDays),
                access.mayReport(o), access.mayAssess());
    }

    /** Indicators of many obligations at once (scorecards and the annual report use this too). */
    public Map<Long, List<IndicatorView>> indicatorViews(List<Long> obligationIds) {
        List<Indicator> list = indicators.findByObligationIdInOrderById(obligationIds);
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<IndicatorValue>> byIndicator = values.findByIndicatorIdInOrderByMeasuredOnAscIdAsc(
                list.stream().map(Indicator::getId).toList()).stream().collect(Collectors.groupingBy(IndicatorValue::getIndicatorId));
        return list.stream().map(i -> {
            List<IndicatorValue> vs = byIndicator.getOrDefault(i.getId(), List.of());
            BigDecimal latest = vs.isEmpty() ? null : vs.get(vs.size() - 1).getValue();
            return new IndicatorView(i, vs, latest, i.share(latest));
        }).collect(Collectors.groupingBy(v -> v.indicator().getObligationId(), java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** The timelines of many obligations, oldest update first. */
    public Map<Long, List<Entry>> timelines(List<Long> obligationIds, List<Indicator> knownIndicators) {
        List<ProgressUpdate> history = updates.findByObligationIdInOrderByCreatedAtAscIdAsc(obligationIds);
        if (history.isEmpty()) {
            return Map.of();
        }
        List<Long> updateIds = history.stream().map(ProgressUpdate::getId).toList();
        Map<Long, Assessment> byUpdate = assessments.findByUpdateIdIn(updateIds).stream()
                .collect(Collectors.toMap(Assessment::getUpdateId, a -> a));
        Map<Long, List<Evidence>> updateEvidence = evidence.findByUpdateIdIn(updateIds).stream()
                .collect(Collectors.groupingBy(Evidence::getUpdateId));
        Map<Long, List<Evidence>> assessmentEvidence = byUpdate.isEmpty() ? Map.of()
                : evidence.findByAssessmentIdIn(byUpdate.values().stream().map(Assessment::getId).toList()).stream()
                .collect(Collectors.groupingBy(Evidence::getAssessmentId));
        List<Indicator> inds = knownIndicators != null ? knownIndicators : indicators.findByObligationIdInOrderById(obligationIds);
        Map<Long, Indicator> indicatorById = inds.stream().collect(Collectors.toMap(Indicator::getId, i -> i));
        Map<Long, List<Actual>> actualsByUpdate = inds.isEmpty() ? Map.of()
                : values.findByIndicatorIdInOrderByMeasuredOnAscIdAsc(indicatorById.keySet()).stream()
                .filter(v -> v.getUpdateId() != null)
                .collect(Collectors.groupingBy(IndicatorValue::getUpdateId,
                        Collectors.mapping(v -> new Actual(indicatorById.get(v.getIndicatorId()), v.getValue(), v.getMeasuredOn()),
                                Collectors.toList())));
        return history.stream().map(u -> {
            Assessment a = byUpdate.get(u.getId());
            return new Entry(u, updateEvidence.getOrDefault(u.getId(), List.of()), actualsByUpdate.getOrDefault(u.getId(), List.of()),
                    a, a == null ? List.of() : assessmentEvidence.getOrDefault(a.getId(), List.of()), a == null);
        }).collect(Collectors.groupingBy(e -> e.update().getObligationId(), java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** The evidence with this id, if it belongs to a (public) update or assessment. */
    public Optional<Evidence> evidence(long id) {
        return evidence.findById(id);
    }

    public ProgressUpdate update(long id) {
        return updates.findById(id).orElseThrow(() -> new NotFoundException("monitoring update", id));
    }

    static Comparator<Entry> newestFirst() {
        return Comparator.comparing((Entry e) -> e.update().getCreatedAt()).reversed();
    }
}

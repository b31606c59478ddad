package org.bashke.monitoring.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.plan.Measure;
import org.bashke.monitoring.plan.MeasureRepository;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.monitoring.tracker.ObligationDetails;
import org.bashke.monitoring.tracker.Tracker;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual implementation report of a strategy's action plan, as it stood at the end of a year:
 * objectives, measures, each activity's status, its indicators (baseline, target, actual, share toward
 * target), and the latest government report beside the CSO assessment of it. PDF and DOCX are drawn from it.
 */
@Service("monitoringAnnualReport")
@Transactional(readOnly = true)
public class AnnualReport {

    /**
     * @param status   the status reported by the end of the year (not yet reported: NOT_ASSESSED)
     * @param latest   the latest update filed by the end of the year, with its assessment, or null
     */
    public record Activity(Obligation obligation, String institution, ObligationStatus status, int percent,
                           List<ObligationDetails.IndicatorView> indicators, ObligationDetails.Entry latest) {
    }

    public record MeasureSection(Measure measure, List<Activity> activities) {
    }

    public record ObjectiveSection(Objective objective, List<MeasureSection> measures) {
    }

    /**
     * The report as a version of it: the secretariat's introduction and, once the Council approved it, the
     * approval (null for a report drawn on the fly, without a version).
     */
    public record Edition(int version, org.bashke.shared.text.LocalizedText introduction, boolean approved, LocalDate approvedOn,
                          String approvalReference, String approvalUrl, String meetingUrl, boolean published) {

        static Edition of(ReportVersion v) {
            return new Edition(v.getVersion(), v.getIntroduction(), v.getStatus() != ReportVersion.Status.DRAFT, v.getApprovedOn(),
                    v.getApprovalReference(), v.getApprovalUrl(), v.getApprovalMeetingUrl(), v.isPublished());
        }

        public boolean hasIntroduction() {
            return introduction != null && !introduction.isEmpty();
        }
    }

    public record Report(Strategy strategy, int year, List<ObjectiveSection> objectives, Map<ObligationStatus, Long> byStatus,
                         long total, long disagreements, Edition edition) {

        Report withEdition(Edition e) {
            return new Report(strategy, year, objectives, byStatus, total, disagreements, e);
        }
    }

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final MeasureRepository measures;
    private final ObligationRepository obligations;
    private final ObligationDetails details;
    private final Tracker tracker;
    private final MonitoringClock clock;

    AnnualReport(StrategyRepository strategies, ObjectiveRepository objectives, MeasureRepository measures,
                 ObligationRepository obligations, ObligationDetails details, Tracker tracker, MonitoringClock clock) {
        this.strategies = strategies;
        this.objectives = objectives;
        this.measures = measures;
        this.obligations = obligations;
        this.details = details;
        this.tracker = tracker;
        this.clock = clock;
    }

    /** The year a report is about when none is asked for: this year, or the strategy's last one if it has ended. */
    public int defaultYear(Strategy s) {
        return Math.min(clock.today().getYear(), s.getEndsYear());
    }

    public Strategy strategy(long id) {
        return strategies.findById(id).orElseThrow(() -> new NotFoundException("strategy", id));
    }

    public Report build(long strategyId, int year, Locale locale) {
        Strategy s = strategy(strategyId);
        var yearEnd = LocalDate.of(year, 12, 31).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Obligation> all = obligations.findByStrategyIdOrderByCode(strategyId);
        List<Long> ids = all.stream().map(Obligation::getId).toList();
        Map<Long, List<ObligationDetails.IndicatorView>> indicators = details.indicatorViews(ids);
        Map<Long, List<ObligationDetails.Entry>> timelines = details.timelines(ids, null);
        Map<Long, String> names = tracker.institutionNames(all.stream().map(Obligation::getInstitutionId).toList(), locale);
        Map<Long, List<Activity>> byMeasure = new java.util.LinkedHashMap<>();
        Map<ObligationStatus, Long> counts = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus st : ObligationStatus.values()) {
            counts.put(st, 0L);
        }
        long disagreements = 0;
        for (Obligation o : all) {
            ObligationDetails.Entry latest = timelines.getOrDefault(o.getId(), List.of()).stream()
                    .filter(e -> e.update().getCreatedAt().isBefore(yearEnd)).reduce((a, b) -> b).orElse(null);
            ObligationStatus status = latest == null ? ObligationStatus.NOT_ASSESSED : latest.update().getStatus();
            int percent = latest == null ? 0 : latest.update().getPercent();
            counts.merge(status, 1L, Long::sum);
            if (latest != null && latest.assessment() != null
                    && latest.assessment().getVerdict() == org.bashke.monitoring.obligation.Verdict.DISAGREE) {
                disagreements++;
            }
            byMeasure.computeIfAbsent(o.getMeasureId(), k -> new ArrayList<>()).add(new Activity(o, names.get(o.getInstitutionId()),
                    status, percent, indicators.getOrDefault(o.getId(), List.of()), latest));
        }
        List<Objective> objectiveList = objectives.findByStrategyIdOrderByCode(strategyId);
        Map<Long, List<Measure>> measuresByObjective = objectiveList.isEmpty() ? Map.of()
                : measures.findByObjectiveIdInOrderByCode(objectiveList.stream().map(Objective::getId).toList()).stream()
                .collect(Collectors.groupingBy(Measure::getObjectiveId));
        List<ObjectiveSection> sections = objectiveList.stream().map(obj -> new ObjectiveSection(obj,
                measuresByObjective.getOrDefault(obj.getId(), List.of()).stream()
                        .sorted(Comparator.comparing(Measure::getCode))
                        .map(m -> new MeasureSection(m, byMeasure.getOrDefault(m.getId(), List.of()))).toList())).toList();
        return new Report(s, year, sections, counts, all.size(), disagreements, null);
    }
}

package org.bashke.monitoring.tracker;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.calendar.WorkingDays;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.Assessment;
import org.bashke.monitoring.obligation.AssessmentRepository;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.OverdueRule;
import org.bashke.monitoring.obligation.ProgressUpdate;
import org.bashke.monitoring.obligation.ProgressUpdateRepository;
import org.bashke.monitoring.obligation.Verdict;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public tracker: obligations filtered by strategy, objective, institution, status, source and year. */
@Service("monitoringTracker")
@Transactional(readOnly = true)
public class Tracker {

    public static final int PAGE_SIZE = 25;

    /** The filters; nulls mean "all". {@code source} is a source type: activity, decision, commitment. */
    public record Filter(Long strategy, Long objective, Long institution, ObligationStatus status, String source, Integer year,
                         Boolean overdue) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    /**
     * @param latestVerdict the CSO verdict on the latest assessed update, or null
     */
    public record Row(long id, String code, org.bashke.shared.text.LocalizedText title, Long institutionId, String institution,
                      String sourceType, LocalDate deadline, boolean deadlineMoved, ObligationStatus status, int percent,
                      int overdueDays, Verdict latestVerdict) {
    }

    public record Result(List<Row> rows, int page, int pages, long total) {
    }

    private final ObligationRepository obligations;
    private final ProgressUpdateRepository updates;
    private final AssessmentRepository assessments;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final MonitoringClock clock;

    Tracker(ObligationRepository obligations, ProgressUpdateRepository updates, AssessmentRepository assessments,
            Directory directory, WorkingDays workingDays, MonitoringClock clock) {
        this.obligations = obligations;
        this.updates = updates;
        this.assessments = assessments;
        this.directory = directory;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Result find(Filter f, int page, Locale locale) {
        int p = Math.max(1, page);
        if (Boolean.TRUE.equals(f.overdue())) {
            // overdue depends on working days, which SQL does not know: filter the open, past-deadline ones in memory
            List<Obligation> all = obligations.findAll(spec(f).and(pastDeadline()), Sort.by("deadline", "id"));
            List<Row> rows = rows(all, locale).stream().filter(r -> r.overdueDays() > 0).toList();
            int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int from = Math.min(rows.size(), (p - 1) * PAGE_SIZE);
            return new Result(rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)), p, pages, rows.size());
        }
        Page<Obligation> result = obligations.findAll(spec(f),
                PageRequest.of(p - 1, PAGE_SIZE, Sort.by(Sort.Order.asc("deadline").nullsLast(), Sort.Order.asc("id"))));
        return new Result(rows(result.getContent(), locale), p, Math.max(1, result.getTotalPages()), result.getTotalElements());
    }

    /** Every obligation matching, unpaged (open data, reports). */
    public List<Row> all(Filter f, Locale locale) {
        return rows(obligations.findAll(spec(f), Sort.by(Sort.Order.asc("code"), Sort.Order.asc("id"))), locale);
    }

    private Specification<Obligation> pastDeadline() {
        LocalDate today = clock.today();
        return (root, query, cb) -> cb.and(cb.lessThan(root.get("deadline"), today),
                root.get("status").in(ObligationStatus.COMPLETED, ObligationStatus.CANCELLED).not());
    }

    private static Specification<Obligation> spec(Filter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.strategy() != null) {
                where.add(cb.equal(root.get("strategyId"), f.strategy()));
            }
            if (f.objective() != null) {
                where.add(cb.equal(root.get("objectiveId"), f.objective()));
            }
            if (f.institution() != null) {
                where.add(cb.equal(root.get("institutionId"), f.institution()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.source() != null && !f.source().isBlank()) {
                where.add(cb.equal(root.get("sourceType"), f.source()));
            }
            if (f.year() != null) {
                where.add(cb.between(root.get("deadline"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    public List<Row> rows(List<Obligation> list, Locale locale) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Obligation::getId).toList();
        Map<Long, ProgressUpdate> latestAssessable = new HashMap<>();
        List<ProgressUpdate> history = updates.findByObligationIdInOrderByCreatedAtAscIdAsc(ids);
        Map<Long, Verdict> verdictByUpdate = assessments.findByUpdateIdIn(history.stream().map(ProgressUpdate::getId).toList())
                .stream().collect(Collectors.toMap(Assessment::getUpdateId, Assessment::getVerdict));
        for (ProgressUpdate u : history) {
            if (verdictByUpdate.containsKey(u.getId())) {
                latestAssessable.put(u.getObligationId(), u);
            }
        }
        Map<Long, String> names = institutionNames(list.stream().map(Obligation::getInstitutionId).toList(), locale);
        LocalDate today = clock.today();
        return list.stream().map(o -> new Row(o.getId(), o.getCode(), o.getTitle(), o.getInstitutionId(),
                o.getInstitutionId() == null ? o.getResponsibleText() : names.get(o.getInstitutionId()), o.getSourceType(),
                o.getDeadline(), o.deadlineMoved(), o.getStatus(), o.getPercent(),
                OverdueRule.overdueDays(o.getDeadline(), o.getStatus(), today, workingDays),
                latestAssessable.containsKey(o.getId()) ? verdictByUpdate.get(latestAssessable.get(o.getId()).getId()) : null))
                .toList();
    }

    public Map<Long, String> institutionNames(List<Long> ids, Locale locale) {
        List<Long> present = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (present.isEmpty()) {
            return Map.of();
        }
        return directory.organisations(present).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale), (a, b) -> a));
    }

    /** Institutions that have at least one obligation, by name: the tracker's filter choices. */
    public Map<Long, String> institutionsWithObligations(Locale locale) {
        List<Long> ids = obligations.institutionIds();
        return institutionNames(ids, locale).entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

package org.bashke.monitoring.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.Verdict;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.tracker.ObligationDetails;
import org.bashke.monitoring.tracker.Tracker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards per institution and per objective: counts by status, the share on time, the share the CSO
 * side disagrees with, and the average progress of indicators toward their targets.
 */
@Service("monitoringScorecards")
@Transactional(readOnly = true)
public class Scorecards {

    /**
     * @param onTimePercent       share of obligations on time: completed by their deadline, or open with the deadline not yet passed
     * @param disagreePercent     share of assessed obligations whose latest assessment is "disagree" (null: none assessed)
     * @param indicatorPercent    average share toward target of the indicators that have an actual value (null: none)
     */
    public record Card(String label, String url, Map<ObligationStatus, Long> byStatus, long total, int onTimePercent,
                       Integer disagreePercent, Integer indicatorPercent) {
    }

    public record Cards(List<Card> byInstitution, List<Card> byObjective, Map<ObligationStatus, Long> overall, long total) {
    }

    private final ObligationRepository obligations;
    private final ObjectiveRepository objectives;
    private final Tracker tracker;
    private final ObligationDetails details;
    private final MonitoringClock clock;

    Scorecards(ObligationRepository obligations, ObjectiveRepository objectives, Tracker tracker, ObligationDetails details,
               MonitoringClock clock) {
        this.obligations = obligations;
        this.objectives = objectives;
        this.tracker = tracker;
        this.details = details;
        this.clock = clock;
    }

    public Cards cards(Long strategyId, Locale locale) {
        List<Obligation> all = strategyId == null ? obligations.findAll() : obligations.findByStrategyIdOrderByCode(strategyId);
        List<Tracker.Row> rows = tracker.rows(all, locale);
        Map<Long, Obligation> byId = all.stream().collect(Collectors.toMap(Obligation::getId, Function.identity()));
        Map<Long, Integer> indicatorShare = indicatorShares(all);
        LocalDate today = clock.today();

        Map<Long, List<Tracker.Row>> perInstitution = rows.stream().filter(r -> r.institutionId() != null)
                .collect(Collectors.groupingBy(Tracker.Row::institutionId, LinkedHashMap::new, Collectors.toList()));
        List<Card> institutions = new ArrayList<>();
        perInstitution.forEach((id, list) -> institutions.add(card(list.get(0).institution(), "/monitoring?institution=" + id,
                list, byId, indicatorShare, today)));
        institutions.sort(Comparator.comparing(Card::label, Comparator.nullsLast(Comparator.naturalOrder())));

        List<Card> objectiveCards = new ArrayList<>();
        List<Long> objectiveIds = all.stream().map(Obligation::getObjectiveId).filter(Objects::nonNull).distinct().toList();
        for (Objective o : objectives.findAllById(objectiveIds).stream().sorted(Comparator.comparing(Objective::getCode)).toList()) {
            List<Tracker.Row> list = rows.stream().filter(r -> o.getId().equals(byId.get(r.id()).getObjectiveId())).toList();
            objectiveCards.add(card(o.getCode() + " " + o.getTitle().display(locale),
                    "/monitoring?strategy=" + o.getStrategyId() + "&objective=" + o.getId(), list, byId, indicatorShare, today));
        }
        return new Cards(institutions, objectiveCards, countByStatus(rows), rows.size());
    }

    static Map<ObligationStatus, Long> countByStatus(List<Tracker.Row> rows) {
        Map<ObligationStatus, Long> counts = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus s : ObligationStatus.values()) {
            counts.put(s, 0L);
        }
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    private Card card(String label, String url, List<Tracker.Row> rows, Map<Long, Obligation> byId, Map<Long, Integer> indicatorShare,
                      LocalDate today) {
        long onTime = rows.stream().filter(r -> onTime(byId.get(r.id()), r, today)).count();
        List<Tracker.Row> assessed = rows.stream().filter(r -> r.latestVerdict() != null).toList();
        long disagree = assessed.stream().filter(r -> r.latestVerdict() == Verdict.DISAGREE).count();
        List<Integer> shares = rows.stream().map(r -> indicatorShare.get(r.id())).filter(Objects::nonNull).toList();
        return new Card(label, url, countByStatus(rows), rows.size(), rows.isEmpty() ? 0 : (int) (onTime * 100 / rows.size()),
                assessed.isEmpty() ? null : (int) (disagree * 100 / assessed.size()),
                shares.isEmpty() ? null : (int) shares.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    /** On time: completed on or before the deadline; or still open with the deadline not yet passed (or none). */
    static boolean onTime(Obligation o, Tracker.Row r, LocalDate today) {
        if (o.getStatus() == ObligationStatus.CANCELLED) {
            return false;
        }
        if (o.getStatus() == ObligationStatus.COMPLETED) {
            return o.getDeadline() == null || o.getCompletedOn() == null || !o.getCompletedOn().isAfter(o.getDeadline());
        }
        return r.overdueDays() == 0;
    }

    /** Average share toward target of each obligation's indicators that have an actual value. */
    private Map<Long, Integer> indicatorShares(List<Obligation> all) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        details.indicatorViews(all.stream().map(Obligation::getId).toList()).forEach((obligationId, views) -> {
            List<Integer> shares = views.stream().map(ObligationDetails.IndicatorView::share).filter(Objects::nonNull).toList();
            if (!shares.isEmpty()) {
                out.put(obligationId, (int) shares.stream().mapToInt(Integer::intValue).average().orElse(0));
            }
        });
        return out;
    }
}

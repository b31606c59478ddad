package org.bashke.monitoring.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.calendar.WorkingDays;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.OverdueRule;
import org.bashke.monitoring.obligation.TargetShare;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.tracker.Tracker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards per institution and per objective: counts by status, the share on time, the share the CSO
 * side disagrees with, and the average progress of indicators toward their targets.
 *
 * <p>Two aggregate queries do the counting in the database (obligations grouped by institution, objective,
 * status, on-time flag and latest verdict; and the latest actual of every indicator), so a plan with tens of
 * thousands of updates never loads them. The share toward target stays the one named rule, {@link TargetShare}.
 */
@Service("monitoringScorecards")
@Transactional(readOnly = true)
public class Scorecards {

    /**
     * @param onTimePercent       share of obligations on time: completed by their deadline, or open with the deadline not yet passed
     * @param disagreePercent     share of assessed obligations whose latest assessment is disagree (null: none assessed)
     * @param indicatorPercent    average share toward target of the indicators that have an actual value (null: none)
     */
    public record Card(String label, String url, Map<ObligationStatus, Long> byStatus, long total, int onTimePercent,
                       Integer disagreePercent, Integer indicatorPercent) {
    }

    public record Cards(List<Card> byInstitution, List<Card> byObjective, Map<ObligationStatus, Long> overall, long total) {
    }

    /** One group of the counting query. */
    record Group(Long institutionId, Long objectiveId, ObligationStatus status, boolean onTime, String verdict, long count) {
    }

    /** Counts of one card being summed up. */
    static final class Tally {
        final Map<ObligationStatus, Long> byStatus = emptyCounts();
        long total;
        long onTime;
        long assessed;
        long disagree;
        long shareSum;
        long shareCount;

        void add(Group g) {
            byStatus.merge(g.status(), g.count(), Long::sum);
            total += g.count();
            onTime += g.onTime() ? g.count() : 0;
            if (g.verdict() != null) {
                assessed += g.count();
                disagree += "DISAGREE".equals(g.verdict()) ? g.count() : 0;
            }
        }

        Card card(String label, String url) {
            return new Card(label, url, byStatus, total, total == 0 ? 0 : (int) (onTime * 100 / total),
                    assessed == 0 ? null : (int) (disagree * 100 / assessed), shareCount == 0 ? null : (int) (shareSum / shareCount));
        }
    }

    private static final String COUNTS = """
            WITH verdicts AS (
                SELECT DISTINCT ON (u.obligation_id) u.obligation_id, a.verdict
                  FROM monitoring_update u JOIN monitoring_assessment a ON a.update_id = u.id
                  JOIN monitoring_obligation o ON o.id = u.obligation_id
                 WHERE (CAST(:strategy AS BIGINT) IS NULL OR o.strategy_id = :strategy)
                 ORDER BY u.obligation_id, u.created_at DESC, u.id DESC)
            SELECT o.institution_id, o.objective_id, o.status,
                   CASE WHEN o.status = 'CANCELLED' THEN FALSE
                        WHEN o.status = 'COMPLETED' THEN (o.deadline IS NULL OR o.completed_on IS NULL OR o.completed_on <= o.deadline)
                        ELSE (o.deadline IS NULL OR o.deadline >= :overdueBefore) END AS on_time,
                   v.verdict, COUNT(*) AS n
              FROM monitoring_obligation o LEFT JOIN verdicts v ON v.obligation_id = o.id
             WHERE (CAST(:strategy AS BIGINT) IS NULL OR o.strategy_id = :strategy)
             GROUP BY 1, 2, 3, 4, 5
            """;

    private static final String INDICATORS = """
            SELECT i.obligation_id, o.institution_id, o.objective_id, i.baseline, i.target, lv.value
              FROM monitoring_indicator i JOIN monitoring_obligation o ON o.id = i.obligation_id
              JOIN LATERAL (SELECT v.value FROM monitoring_indicator_value v WHERE v.indicator_id = i.id
                             ORDER BY v.measured_on DESC, v.id DESC LIMIT 1) lv ON TRUE
             WHERE (CAST(:strategy AS BIGINT) IS NULL OR o.strategy_id = :strategy)
             ORDER BY i.obligation_id, i.id
            """;

    private final JdbcClient jdbc;
    private final ObjectiveRepository objectives;
    private final Tracker tracker;
    private final WorkingDays workingDays;
    private final MonitoringClock clock;

    Scorecards(JdbcClient jdbc, ObjectiveRepository objectives, Tracker tracker, WorkingDays workingDays, MonitoringClock clock) {
        this.jdbc = jdbc;
        this.objectives = objectives;
        this.tracker = tracker;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Cards cards(Long strategyId, Locale locale) {
        List<Group> groups = jdbc.sql(COUNTS).param("strategy", strategyId).param("overdueBefore", overdueBefore(clock.today()))
                .query((rs, n) -> new Group((Long) rs.getObject("institution_id"), (Long) rs.getObject("objective_id"),
                        ObligationStatus.valueOf(rs.getString("status")), rs.getBoolean("on_time"), rs.getString("verdict"), rs.getLong("n")))
                .list();
        Map<Long, Tally> perInstitution = new HashMap<>();
        Map<Long, Tally> perObjective = new HashMap<>();
        Tally overall = new Tally();
        for (Group g : groups) {
            overall.add(g);
            if (g.institutionId() != null) {
                perInstitution.computeIfAbsent(g.institutionId(), k -> new Tally()).add(g);
            }
            if (g.objectiveId() != null) {
                perObjective.computeIfAbsent(g.objectiveId(), k -> new Tally()).add(g);
            }
        }
        addIndicatorShares(strategyId, perInstitution, perObjective);

        Map<Long, String> names = tracker.institutionNames(List.copyOf(perInstitution.keySet()), locale);
        List<Card> institutions = new ArrayList<>();
        perInstitution.forEach((id, t) -> institutions.add(t.card(names.get(id), "/monitoring?institution=" + id)));
        institutions.sort(Comparator.comparing(Card::label, Comparator.nullsLast(Comparator.naturalOrder())));

        List<Card> objectiveCards = new ArrayList<>();
        for (Objective o : objectives.findAllById(perObjective.keySet()).stream().sorted(Comparator.comparing(Objective::getCode)).toList()) {
            objectiveCards.add(perObjective.get(o.getId()).card(o.getCode() + " " + o.getTitle().display(locale),
                    "/monitoring?strategy=" + o.getStrategyId() + "&objective=" + o.getId()));
        }
        return new Cards(institutions, objectiveCards, overall.byStatus, overall.total);
    }

    /** Each obligation's average share toward target (over its indicators with an actual), averaged per card. */
    private void addIndicatorShares(Long strategyId, Map<Long, Tally> perInstitution, Map<Long, Tally> perObjective) {
        record Share(long obligationId, Long institutionId, Long objectiveId, Integer share) {
        }
        List<Share> shares = jdbc.sql(INDICATORS).param("strategy", strategyId)
                .query((rs, n) -> new Share(rs.getLong("obligation_id"), (Long) rs.getObject("institution_id"),
                        (Long) rs.getObject("objective_id"), TargetShare.percent(rs.getBigDecimal("baseline"),
                        rs.getBigDecimal("target"), rs.getBigDecimal("value")))).list();
        Map<Long, List<Share>> byObligation = new LinkedHashMap<>();
        shares.stream().filter(s -> s.share() != null).forEach(s -> byObligation.computeIfAbsent(s.obligationId(), k -> new ArrayList<>()).add(s));
        byObligation.values().forEach(list -> {
            int average = (int) list.stream().mapToInt(Share::share).average().orElse(0);
            Share first = list.get(0);
            for (Tally t : new Tally[] {first.institutionId() == null ? null : perInstitution.get(first.institutionId()),
                    first.objectiveId() == null ? null : perObjective.get(first.objectiveId())}) {
                if (t != null) {
                    t.shareSum += average;
                    t.shareCount++;
                }
            }
        });
    }

    /**
     * The earliest deadline that is not overdue today: the latest working day up to today. A deadline before
     * it has a working day after it, so {@link OverdueRule} counts it overdue; one on or after it does not.
     */
    LocalDate overdueBefore(LocalDate today) {
        LocalDate day = today;
        for (int i = 0; i < 60 && workingDays.workingDaysBetween(day.minusDays(1), day) == 0; i++) {
            day = day.minusDays(1);
        }
        return day;
    }

    static Map<ObligationStatus, Long> emptyCounts() {
        Map<ObligationStatus, Long> counts = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus s : ObligationStatus.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }
}

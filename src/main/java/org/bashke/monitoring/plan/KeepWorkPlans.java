package org.bashke.monitoring.plan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat keeps yearly work plans: it places an activity of a strategy in a year, moves it to another
 * year or takes it out, each step recorded with who, when and why ({@link WorkPlanPlacement} is the rule).
 * The year's plan is made the first time an activity is placed in it.
 */
@Service("monitoringKeepWorkPlans")
public class KeepWorkPlans {

    /** A year of a strategy with its activities (codes in order) and everything that came in or left. */
    public record Year(Strategy strategy, int year, List<Obligation> activities, List<WorkPlanMove> moves) {
    }

    private final StrategyRepository strategies;
    private final ObligationRepository obligations;
    private final WorkPlanRepository plans;
    private final WorkPlanItemRepository items;
    private final WorkPlanMoveRepository moves;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;

    KeepWorkPlans(StrategyRepository strategies, ObligationRepository obligations, WorkPlanRepository plans,
                  WorkPlanItemRepository items, WorkPlanMoveRepository moves, ObligationAccess access, AuditLog audit,
                  MonitoringClock clock) {
        this.strategies = strategies;
        this.obligations = obligations;
        this.plans = plans;
        this.items = items;
        this.moves = moves;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Puts an activity in a year, moves it there from another year, or (year null) takes it out of the plans. */
    @Transactional
    public WorkPlanPlacement.Kind place(long obligationId, Integer year, String reason) {
        access.requireSecretariat();
        Obligation o = obligations.findById(obligationId).filter(Obligation::isActivity).filter(ob -> ob.getStrategyId() != null)
                .orElseThrow(() -> new MonitoringRuleException("obligationId", "monitoring.admin.form.activityRequired"));
        Strategy s = strategies.findById(o.getStrategyId()).orElseThrow(() -> new NotFoundException("strategy", o.getStrategyId()));
        Optional<WorkPlanItem> item = items.findById(obligationId);
        Integer current = item.map(i -> plans.findById(i.getWorkPlanId()).orElseThrow().getYear()).orElse(null);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        WorkPlanPlacement.Kind kind = WorkPlanPlacement.check(current, year, why, s.getStartsYear(), s.getEndsYear());
        var now = clock.now();
        switch (kind) {
            case PLACED -> items.save(new WorkPlanItem(obligationId, planOf(s.getId(), year).getId(), now));
            case MOVED -> item.get().moveTo(planOf(s.getId(), year).getId(), now);
            case REMOVED -> items.delete(item.get());
        }
        WorkPlanMove move = moves.save(new WorkPlanMove(obligationId, s.getId(), current, year, why, access.actorName(), now));
        audit.record("monitoring.workPlan." + kind.name().toLowerCase(java.util.Locale.ROOT), "monitoring-obligation", obligationId,
                current == null ? null : Map.of("year", current),
                year == null ? Map.of("moveId", move.getId(), "reason", why) : Map.of("year", year, "moveId", move.getId(),
                        "reason", why == null ? "" : why));
        return kind;
    }

    private WorkPlan planOf(long strategyId, int year) {
        return plans.findByStrategyIdAndYear(strategyId, year).orElseGet(() -> {
            WorkPlan p = plans.save(new WorkPlan(strategyId, year, access.actorName(), clock.now()));
            audit.record("monitoring.workPlan.created", "monitoring-work-plan", p.getId(), null,
                    Map.of("strategyId", strategyId, "year", year));
            return p;
        });
    }

    /** Each activity of a strategy with the year it is planned in (absent: in no year's plan). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> yearsOf(long strategyId) {
        Map<Long, Integer> yearById = plans.findByStrategyIdOrderByYear(strategyId).stream()
                .collect(Collectors.toMap(WorkPlan::getId, WorkPlan::getYear));
        if (yearById.isEmpty()) {
            return Map.of();
        }
        return items.findByWorkPlanIdIn(yearById.keySet()).stream()
                .collect(Collectors.toMap(WorkPlanItem::getObligationId, i -> yearById.get(i.getWorkPlanId())));
    }

    /** The year's work plan as the public sees it; an empty year when nothing is planned for it. */
    @Transactional(readOnly = true)
    public Year year(long strategyId, int year) {
        Strategy s = strategies.findById(strategyId).orElseThrow(() -> new NotFoundException("strategy", strategyId));
        if (year < s.getStartsYear() || year > s.getEndsYear()) {
            throw new NotFoundException("work plan", strategyId + "/" + year);
        }
        List<Obligation> activities = plans.findByStrategyIdAndYear(strategyId, year)
                .map(p -> obligations.findAllById(items.findByWorkPlanId(p.getId()).stream().map(WorkPlanItem::getObligationId).toList())
                        .stream().sorted(Comparator.comparing(Obligation::getCode, Comparator.nullsLast(Comparator.naturalOrder()))).toList())
                .orElse(List.of());
        return new Year(s, year, activities, moves.touchingYear(strategyId, year));
    }

    /** The history of one activity across the work plans, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkPlanMove> history(long obligationId) {
        return moves.findByObligationIdOrderByMovedAtAscIdAsc(obligationId);
    }

    /** Codes and titles of the activities named in a list of moves (for pages listing moves). */
    @Transactional(readOnly = true)
    public Map<Long, Obligation> activities(List<WorkPlanMove> list) {
        return obligations.findAllById(list.stream().map(WorkPlanMove::getObligationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Obligation::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}

package org.bashke.monitoring.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.monitoring.obligation.DeadlineChangeRepository;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.IndicatorRepository;
import org.bashke.monitoring.obligation.IndicatorUnit;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.PublishObligation;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat keeps the strategies and their action plans: objectives, measures, activities (each an
 * obligation) and indicators. Activities are found again by code, so saving one twice updates it.
 */
@Service("monitoringEditPlan")
public class EditPlan {

    /** An activity as the plan describes it; objective and measure by code within the strategy. */
    public record ActivityValues(long strategyId, String objectiveCode, String measureCode, String code, LocalizedText title,
                                 long institutionId, List<Long> supporters, LocalDate deadline, BigDecimal budgetEur,
                                 String budgetSource) {
    }

    public record IndicatorValues(LocalizedText name, IndicatorUnit unit, BigDecimal baseline, int baselineYear,
                                  BigDecimal target, int targetYear) {
    }

    /** Whether a save made a new activity or changed an existing one (the import report counts both). */
    public enum Saved { CREATED, UPDATED, UNCHANGED }

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final MeasureRepository measures;
    private final ObligationRepository obligations;
    private final IndicatorRepository indicators;
    private final DeadlineChangeRepository deadlineChanges;
    private final Directory directory;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;
    private final PublishObligation publish;

    EditPlan(StrategyRepository strategies, ObjectiveRepository objectives, MeasureRepository measures,
             ObligationRepository obligations, IndicatorRepository indicators, DeadlineChangeRepository deadlineChanges,
             Directory directory, ObligationAccess access, AuditLog audit, MonitoringClock clock, PublishObligation publish) {
        this.strategies = strategies;
        this.objectives = objectives;
        this.measures = measures;
        this.obligations = obligations;
        this.indicators = indicators;
        this.deadlineChanges = deadlineChanges;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publish = publish;
    }

    @Transactional
    public long createStrategy(String code, LocalizedText title, int startsYear, int endsYear) {
        access.requireSecretariat();
        if (strategies.findByCode(code).isPresent()) {
            throw new MonitoringRuleException("code", "monitoring.rule.code.taken");
        }
        if (endsYear < startsYear) {
            throw new MonitoringRuleException("endsYear", "monitoring.rule.strategy.years");
        }
        Strategy s = strategies.save(new Strategy(code, title, startsYear, endsYear, clock.now()));
        audit.record("monitoring.strategy.created", "monitoring-strategy", s.getId(), null,
                Map.of("code", code, "title", String.valueOf(title.get(Language.SQ)), "years", startsYear + "-" + endsYear));
        return s.getId();
    }

    @Transactional
    public long addObjective(long strategyId, String code, LocalizedText title) {
        access.requireSecretariat();
        strategies.findById(strategyId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        if (objectives.findByStrategyIdAndCode(strategyId, code).isPresent()) {
            throw new MonitoringRuleException("code", "monitoring.rule.code.taken");
        }
        Objective o = objectives.save(new Objective(strategyId, code, title));
        audit.record("monitoring.objective.created", "monitoring-objective", o.getId(), null,
                Map.of("strategyId", strategyId, "code", code, "title", String.valueOf(title.get(Language.SQ))));
        return o.getId();
    }

    @Transactional
    public long addMeasure(long objectiveId, String code, LocalizedText title) {
        access.requireSecretariat();
        objectives.findById(objectiveId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        if (measures.findByObjectiveIdAndCode(objectiveId, code).isPresent()) {
            throw new MonitoringRuleException("code", "monitoring.rule.code.taken");
        }
        Measure m = measures.save(new Measure(objectiveId, code, title));
        audit.record("monitoring.measure.created", "monitoring-measure", m.getId(), null,
                Map.of("objectiveId", objectiveId, "code", code, "title", String.valueOf(title.get(Language.SQ))));
        return m.getId();
    }

    /**
     * Creates the activity or updates the one with the same code. A changed deadline of an existing
     * activity is a deadline move, recorded with {@code deadlineReason}.
     */
    @Transactional
    public Saved saveActivity(ActivityValues v, String deadlineReason) {
        access.requireSecretariat();
        Strategy strategy = strategies.findById(v.strategyId()).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        Objective objective = objectives.findByStrategyIdAndCode(strategy.getId(), v.objectiveCode())
                .orElseThrow(() -> new MonitoringRuleException("objectiveCode", "monitoring.rule.objective.unknown"));
        Measure measure = measures.findByObjectiveIdAndCode(objective.getId(), v.measureCode())
                .orElseThrow(() -> new MonitoringRuleException("measureCode", "monitoring.rule.measure.unknown"));
        if (directory.organisation(v.institutionId()).isEmpty()) {
            throw new MonitoringRuleException("institutionId", "monitoring.rule.institution.unknown");
        }
        if (v.supporters() != null && directory.organisations(v.supporters()).size() != v.supporters().stream().distinct().count()) {
            throw new MonitoringRuleException("supporters", "monitoring.rule.institution.unknown");
        }
        if (v.budgetEur() != null && (v.budgetEur().signum() < 0 || v.budgetEur().stripTrailingZeros().scale() > 2)) {
            throw new MonitoringRuleException("budgetEur", "monitoring.rule.indicator.euros");
        }
        Optional<Obligation> existing = obligations.findByStrategyIdAndCode(strategy.getId(), v.code());
        if (existing.isEmpty()) {
            Obligation o = Obligation.activity(strategy.getId(), objective.getId(), measure.getId(), v.code(), v.title(),
                    v.institutionId(), v.deadline(), clock.now());
            o.plan(objective.getId(), measure.getId(), v.title(), v.institutionId(), v.supporters(), v.budgetEur(), v.budgetSource());
            obligations.save(o);
            audit.record("monitoring.activity.created", "monitoring-obligation", o.getId(), null, o.snapshot());
            publish.changed(o);
            return Saved.CREATED;
        }
        Obligation o = existing.get();
        Map<String, Object> before = new LinkedHashMap<>(o.snapshot());
        o.plan(objective.getId(), measure.getId(), v.title(), v.institutionId(), v.supporters(), v.budgetEur(), v.budgetSource());
        if (v.deadline() != null && !v.deadline().equals(o.getDeadline())) {
            if (o.getDeadline() == null) {
                o.setPlannedDeadline(v.deadline());
            } else {
                deadlineChanges.save(o.moveDeadline(v.deadline(), deadlineReason, access.actorName(), clock.now()));
            }
        }
        Map<String, Object> after = o.snapshot();
        if (before.equals(after)) {
            return Saved.UNCHANGED;
        }
        audit.record("monitoring.activity.updated", "monitoring-obligation", o.getId(), before, after);
        publish.changed(o);
        return Saved.UPDATED;
    }

    @Transactional
    public long addIndicator(long obligationId, IndicatorValues v) {
        access.requireSecretariat();
        Obligation o = obligations.findById(obligationId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        Indicator i = indicators.save(new Indicator(o.getId(), v.name(), v.unit(), v.baseline(), v.baselineYear(), v.target(),
                v.targetYear()));
        audit.record("monitoring.indicator.created", "monitoring-indicator", i.getId(), null,
                Map.of("obligationId", o.getId(), "name", String.valueOf(v.name().get(Language.SQ)), "unit", v.unit().name(),
                        "baseline", v.baseline().toPlainString() + " (" + v.baselineYear() + ")",
                        "target", v.target().toPlainString() + " (" + v.targetYear() + ")"));
        return i.getId();
    }
}

package org.bashke.monitoring.plan;

import org.bashke.monitoring.obligation.MonitoringRuleException;

/**
 * The rule for placing an activity in a year's work plan: the year lies within the strategy's years; an
 * activity is in one year at a time; leaving a year (a move to another or out of the plans) needs a reason,
 * so the history says why an activity slipped; placing it where it already is changes nothing and is refused.
 */
public final class WorkPlanPlacement {

    /** What a placement does. */
    public enum Kind { PLACED, MOVED, REMOVED }

    private WorkPlanPlacement() {
    }

    /**
     * @param currentYear the year the activity is in now, or null
     * @param targetYear  the year to put it in, or null to take it out of the plans
     */
    public static Kind check(Integer currentYear, Integer targetYear, String reason, int startsYear, int endsYear) {
        if (targetYear != null && (targetYear < startsYear || targetYear > endsYear)) {
            throw new MonitoringRuleException("year", "monitoring.rule.workPlan.yearOutside");
        }
        if (currentYear == null && targetYear == null) {
            throw new MonitoringRuleException("year", "monitoring.rule.workPlan.notPlanned");
        }
        if (currentYear != null && currentYear.equals(targetYear)) {
            throw new MonitoringRuleException("year", "monitoring.rule.workPlan.sameYear");
        }
        if (currentYear != null && (reason == null || reason.isBlank())) {
            throw new MonitoringRuleException("reason", "monitoring.rule.workPlan.reasonRequired");
        }
        return currentYear == null ? Kind.PLACED : targetYear == null ? Kind.REMOVED : Kind.MOVED;
    }
}

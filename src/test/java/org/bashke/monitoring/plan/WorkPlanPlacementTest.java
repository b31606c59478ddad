package org.bashke.monitoring.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.junit.jupiter.api.Test;

class WorkPlanPlacementTest {

    @Test
    void an_activity_in_no_plan_is_placed_in_a_year_without_a_reason() {
        assertThat(WorkPlanPlacement.check(null, 2025, null, 2024, 2028)).isEqualTo(WorkPlanPlacement.Kind.PLACED);
    }

    @Test
    void moving_an_activity_to_another_year_needs_a_reason() {
        assertThatThrownBy(() -> WorkPlanPlacement.check(2025, 2026, " ", 2024, 2028))
                .isInstanceOf(MonitoringRuleException.class).hasMessage("monitoring.rule.workPlan.reasonRequired");
        assertThat(WorkPlanPlacement.check(2025, 2026, "Budget not adopted", 2024, 2028)).isEqualTo(WorkPlanPlacement.Kind.MOVED);
    }

    @Test
    void taking_an_activity_out_of_the_plans_needs_a_reason() {
        assertThatThrownBy(() -> WorkPlanPlacement.check(2025, null, null, 2024, 2028))
                .hasMessage("monitoring.rule.workPlan.reasonRequired");
        assertThat(WorkPlanPlacement.check(2025, null, "Merged into A7", 2024, 2028)).isEqualTo(WorkPlanPlacement.Kind.REMOVED);
    }

    @Test
    void the_year_lies_within_the_strategy() {
        assertThatThrownBy(() -> WorkPlanPlacement.check(null, 2023, null, 2024, 2028)).hasMessage("monitoring.rule.workPlan.yearOutside");
        assertThatThrownBy(() -> WorkPlanPlacement.check(2025, 2029, "late", 2024, 2028)).hasMessage("monitoring.rule.workPlan.yearOutside");
        assertThat(WorkPlanPlacement.check(null, 2028, null, 2024, 2028)).isEqualTo(WorkPlanPlacement.Kind.PLACED);
    }

    @Test
    void placing_an_activity_where_it_already_is_or_removing_one_that_is_nowhere_is_refused() {
        assertThatThrownBy(() -> WorkPlanPlacement.check(2025, 2025, "again", 2024, 2028)).hasMessage("monitoring.rule.workPlan.sameYear");
        assertThatThrownBy(() -> WorkPlanPlacement.check(null, null, "why", 2024, 2028)).hasMessage("monitoring.rule.workPlan.notPlanned");
    }
}

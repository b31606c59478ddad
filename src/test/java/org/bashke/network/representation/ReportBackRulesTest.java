package org.bashke.network.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a representative's report-back is reminded, overdue, and filed. */
class ReportBackRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    @Test
    void a_report_is_reminded_once_within_the_days_before_it_is_due_and_once_when_overdue() {
        RepresentationReport r = new RepresentationReport(1L, DUE);
        assertThat(r.wantsEarlyReminder(DUE.minusDays(8), 7)).isFalse();
        assertThat(r.wantsEarlyReminder(DUE.minusDays(7), 7)).isTrue();
        r.remindedBefore(DUE.minusDays(7));
        assertThat(r.wantsEarlyReminder(DUE.minusDays(3), 7)).as("reminded already").isFalse();
        assertThat(r.overdueOn(DUE)).as("on the day itself").isFalse();
        assertThat(r.overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(r.wantsOverdueReminder(DUE.plusDays(1))).isTrue();
        r.remindedOverdue(DUE.plusDays(1));
        assertThat(r.wantsOverdueReminder(DUE.plusDays(2))).isFalse();
    }

    @Test
    void a_filed_report_is_neither_overdue_nor_filed_twice() {
        RepresentationReport r = new RepresentationReport(1L, DUE);
        assertThatThrownBy(() -> r.file(" ", 5L, DUE)).extracting("messageKey").isEqualTo("network.representation.rule.reportRequired");
        r.file("Raporti nga mbledhja e Këshillit", 5L, DUE.plusDays(2));
        assertThat(r.overdueOn(DUE.plusDays(3))).isFalse();
        assertThat(r.wantsOverdueReminder(DUE.plusDays(3))).isFalse();
        assertThatThrownBy(() -> r.file("again", 5L, DUE.plusDays(3))).extracting("messageKey")
                .isEqualTo("network.representation.rule.alreadyFiled");
    }
}

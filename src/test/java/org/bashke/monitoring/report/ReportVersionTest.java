package org.bashke.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The rules of an annual report version: approved before published, published never changes, corrections are new versions. */
class ReportVersionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static ReportVersion draft() {
        return new ReportVersion(1, 2025, 1, LocalizedText.of(Language.SQ, "Hyrje", null, null), "Sekretariati", NOW);
    }

    @Test
    void a_draft_cannot_be_published_before_the_council_approves_it() {
        ReportVersion v = draft();
        assertThatThrownBy(() -> v.publish(NOW)).isInstanceOf(MonitoringRuleException.class)
                .hasMessage("monitoring.rule.report.notApproved");
    }

    @Test
    void the_approval_needs_a_day_not_in_the_future_and_a_decision_reference() {
        ReportVersion v = draft();
        assertThatThrownBy(() -> v.recordApproval(TODAY.plusDays(1), "2026/4", null, null, null, TODAY))
                .hasMessage("monitoring.rule.report.approvalDate");
        assertThatThrownBy(() -> v.recordApproval(TODAY, " ", null, null, null, TODAY)).hasMessage("monitoring.rule.report.approvalReference");
        v.recordApproval(TODAY, "2026/4", 7L, "/council/decisions/7", "/council/meetings/3", TODAY);
        assertThat(v.getStatus()).isEqualTo(ReportVersion.Status.APPROVED);
        assertThat(v.getApprovalUrl()).isEqualTo("/council/decisions/7");
    }

    @Test
    void the_introduction_the_council_approved_no_longer_changes() {
        ReportVersion v = draft();
        v.recordApproval(TODAY, "2026/4", null, null, null, TODAY);
        assertThatThrownBy(() -> v.editIntroduction(LocalizedText.same("Other"))).hasMessage("monitoring.rule.report.notDraft");
    }

    @Test
    void a_published_version_never_changes_and_a_correction_is_the_next_version_as_a_draft() {
        ReportVersion v = draft();
        v.recordApproval(TODAY, "2026/4", null, null, null, TODAY);
        v.publish(NOW);
        assertThat(v.isPublished()).isTrue();
        assertThatThrownBy(() -> v.editIntroduction(LocalizedText.same("Other"))).hasMessage("monitoring.rule.report.published");
        assertThatThrownBy(() -> v.recordApproval(TODAY, "2026/5", null, null, null, TODAY)).hasMessage("monitoring.rule.report.published");
        assertThatThrownBy(() -> v.publish(NOW)).hasMessage("monitoring.rule.report.published");
        ReportVersion next = v.correction(2, "Sekretariati", NOW);
        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(ReportVersion.Status.DRAFT);
        assertThat(next.getIntroduction()).isEqualTo(v.getIntroduction());
    }

    @Test
    void only_a_published_version_is_corrected_by_a_new_one() {
        assertThatThrownBy(() -> draft().correction(2, "x", NOW)).hasMessage("monitoring.rule.report.notPublished");
    }
}

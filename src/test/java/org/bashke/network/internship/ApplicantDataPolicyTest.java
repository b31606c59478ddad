package org.bashke.network.internship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicantDataPolicyTest {

    @Test
    void applicants_personal_data_are_visible_only_to_the_calls_selectors() {
        Set<Long> selectors = Set.of(10L, 11L);
        assertThat(ApplicantDataPolicy.mayReadPersonalData(selectors, 10L)).isTrue();
        assertThat(ApplicantDataPolicy.mayReadPersonalData(selectors, 11L)).isTrue();
        assertThat(ApplicantDataPolicy.mayReadPersonalData(selectors, 12L)).as("anyone else, whatever their role").isFalse();
        assertThat(ApplicantDataPolicy.mayReadPersonalData(selectors, null)).as("nobody signed in").isFalse();
    }

    @Test
    void applicants_personal_data_are_deleted_when_the_retention_period_ends() {
        LocalDate closed = LocalDate.of(2026, 3, 1);
        assertThat(ApplicantDataPolicy.erasureDue(closed, 30, LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(ApplicantDataPolicy.erasureDue(closed, 30, LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(ApplicantDataPolicy.erasureDue(closed, 30, LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(ApplicantDataPolicy.erasureDue(null, 30, LocalDate.of(2030, 1, 1))).as("an open call keeps them").isFalse();
        assertThat(ApplicantDataPolicy.erasureDay(closed, 30)).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}

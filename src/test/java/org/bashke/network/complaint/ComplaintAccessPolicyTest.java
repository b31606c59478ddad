package org.bashke.network.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintAccessPolicyTest {

    @Test
    void complaint_cases_are_visible_only_to_their_handlers() {
        Set<Long> handlers = Set.of(1L, 2L);
        assertThat(ComplaintAccessPolicy.maySee(handlers, 1L, false, 50L, Set.of())).isTrue();
        assertThat(ComplaintAccessPolicy.maySee(handlers, 3L, false, 50L, Set.of())).as("not a handler").isFalse();
        assertThat(ComplaintAccessPolicy.maySee(handlers, null, true, 50L, Set.of())).isFalse();
        assertThat(ComplaintAccessPolicy.maySee(handlers, 3L, true, 50L, Set.of(51L))).as("another organisation").isFalse();
    }

    @Test
    void the_member_concerned_sees_the_case_only_once_it_is_opened_to_it() {
        Set<Long> handlers = Set.of(1L);
        assertThat(ComplaintAccessPolicy.maySee(handlers, 9L, false, 50L, Set.of(50L))).isFalse();
        assertThat(ComplaintAccessPolicy.maySee(handlers, 9L, true, 50L, Set.of(50L))).isTrue();
    }

    @Test
    void a_case_is_heard_after_opening_decided_after_hearing_and_only_a_decided_case_is_published() {
        ComplaintCase c = new ComplaintCase(1, 50, 7, true, "s", "d", "sq", Instant.now());
        assertThatThrownBy(() -> c.hearing(LocalDate.now(), null)).isInstanceOf(ComplaintRuleBroken.class);
        assertThatThrownBy(() -> c.publish(org.bashke.shared.text.LocalizedText.same("x"), Instant.now()))
                .isInstanceOf(ComplaintRuleBroken.class);
        c.openToMember(Instant.now());
        assertThatThrownBy(() -> c.decide(ComplaintCase.Outcome.UPHELD, "r", Instant.now())).isInstanceOf(ComplaintRuleBroken.class);
        c.hearing(LocalDate.now(), "n");
        assertThatThrownBy(() -> c.decide(ComplaintCase.Outcome.UPHELD, " ", Instant.now())).isInstanceOf(ComplaintRuleBroken.class);
        c.decide(ComplaintCase.Outcome.UPHELD, "reasons", Instant.now());
        assertThat(c.getStatus()).isEqualTo(ComplaintCase.Status.DECIDED);
    }
}

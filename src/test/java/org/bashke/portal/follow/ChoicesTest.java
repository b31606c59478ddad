package org.bashke.portal.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.bashke.shared.text.Language;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void choices_waiting_for_confirmation_come_back_as_they_were_asked() {
        Choices c = new Choices(Frequency.DAILY, Language.SR, Set.of(new Choices.Follow(FollowKind.HUB, "PRZ"),
                new Choices.Follow(FollowKind.TOPIC, "COUNCIL"), new Choices.Follow(FollowKind.TYPE, "consultation")));
        assertThat(Choices.decode(c.encode())).contains(c);
    }

    @Test
    void text_that_is_not_an_encoding_gives_nothing() {
        assertThat(Choices.decode("DAILY|xx|HUB:PRZ")).isEmpty();
        assertThat(Choices.decode("garbage")).isEmpty();
        assertThat(Choices.decode(null)).isEmpty();
    }

    @Test
    void a_follow_value_with_separators_cannot_be_made() {
        assertThatThrownBy(() -> new Choices.Follow(FollowKind.HUB, "PRZ,TYPE:x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_an_outage_the_next_digest_is_one_period_ahead_not_a_burst() {
        Instant due = Instant.parse("2026-11-01T06:00:00Z");
        Instant now = Instant.parse("2026-11-10T07:00:00Z");
        assertThat(Frequency.DAILY.nextAfter(due, now)).isEqualTo(Instant.parse("2026-11-11T06:00:00Z"));
        assertThat(Frequency.WEEKLY.nextAfter(due, now)).isEqualTo(Instant.parse("2026-11-15T06:00:00Z"));
    }
}

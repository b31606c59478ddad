package org.bashke.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bashke.council.meeting.MeetingRulesTest.meeting;

import java.time.Duration;
import java.time.Instant;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.shared.text.TranslationStatus;
import org.junit.jupiter.api.Test;

class MinutesRulesTest {

    static final Instant FIRST = Instant.parse("2026-09-10T09:00:00Z");
    static final Instant NEXT = Instant.parse("2026-12-10T09:00:00Z");
    static final LocalizedText TEXT = LocalizedText.of(Language.SQ, "Procesverbali", "Zapisnik", null);

    Meeting held(long id, long body, Instant start) {
        Meeting m = meeting(id, body, start);
        m.hold("s", start);
        return m;
    }

    @Test
    void minutes_are_written_only_for_a_held_meeting() {
        assertThatThrownBy(() -> Minutes.draft(meeting(1, 1, FIRST), TEXT, "s", FIRST))
                .hasMessage("council-meeting.rule.minutesOnlyForHeldMeeting");
        assertThat(Minutes.draft(held(1, 1, FIRST), TEXT, "s", FIRST).getStatus()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void minutes_keep_a_status_per_language() {
        Minutes x = Minutes.draft(held(1, 1, FIRST), TEXT, "s", FIRST);
        assertThat(x.getText().status(Language.SQ)).isEqualTo(TranslationStatus.AUTHORITATIVE);
        assertThat(x.getText().status(Language.SR)).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(x.getText().status(Language.EN)).isEqualTo(TranslationStatus.MISSING);
    }

    @Test
    void minutes_can_be_published_only_after_approval() {
        Meeting first = held(1, 1, FIRST);
        Minutes x = Minutes.draft(first, TEXT, "s", FIRST);
        assertThatThrownBy(() -> x.publish("s", FIRST)).hasMessage("council-meeting.rule.publishOnlyApproved");
        x.circulate("s", FIRST);
        assertThatThrownBy(() -> x.publish("s", FIRST)).hasMessage("council-meeting.rule.publishOnlyApproved");
        x.approveAt(first, held(2, 1, NEXT), "s", NEXT);
        x.publish("s", NEXT);
        assertThat(x.getStatus()).isEqualTo(MinutesStatus.PUBLISHED);
    }

    @Test
    void minutes_are_approved_only_once_circulated() {
        Meeting first = held(1, 1, FIRST);
        Minutes x = Minutes.draft(first, TEXT, "s", FIRST);
        assertThatThrownBy(() -> x.approveAt(first, held(2, 1, NEXT), "s", NEXT))
                .hasMessage("council-meeting.rule.approveOnlyCirculated");
    }

    @Test
    void minutes_are_approved_at_a_later_meeting_of_the_same_body_and_the_approval_is_recorded_there() {
        Meeting first = held(1, 1, FIRST);
        Minutes x = Minutes.draft(first, TEXT, "s", FIRST);
        x.circulate("s", FIRST);
        assertThatThrownBy(() -> x.approveAt(first, first, "s", NEXT))
                .hasMessage("council-meeting.rule.approveAtLaterMeetingOfBody");
        assertThatThrownBy(() -> x.approveAt(first, held(3, 2, NEXT), "s", NEXT))
                .hasMessage("council-meeting.rule.approveAtLaterMeetingOfBody");
        assertThatThrownBy(() -> x.approveAt(first, held(4, 1, FIRST.minus(Duration.ofDays(90))), "s", NEXT))
                .hasMessage("council-meeting.rule.approveAtLaterMeetingOfBody");
        Meeting next = held(2, 1, NEXT);
        x.approveAt(first, next, "s", NEXT);
        assertThat(x.getApprovedAtMeetingId()).isEqualTo(2L);
        assertThat(x.getApprovedOn()).isEqualTo(next.getDate());
    }

    @Test
    void minutes_are_not_approved_at_a_meeting_that_has_not_sat() {
        Meeting first = held(1, 1, FIRST);
        Minutes x = Minutes.draft(first, TEXT, "s", FIRST);
        x.circulate("s", FIRST);
        Meeting planned = meeting(2, 1, NEXT);
        assertThatThrownBy(() -> x.approveAt(first, planned, "s", NEXT)).hasMessage("council-meeting.rule.notSitting");
    }

    @Test
    void approved_minutes_are_immutable_and_a_correction_is_a_new_version() {
        Meeting first = held(1, 1, FIRST);
        Minutes x = Minutes.draft(first, TEXT, "s", FIRST);
        x.circulate("s", FIRST);
        x.approveAt(first, held(2, 1, NEXT), "s", NEXT);
        assertThatThrownBy(() -> x.revise(LocalizedText.same("changed"), "s", NEXT))
                .hasMessage("council-meeting.rule.approvedMinutesImmutable");
        Minutes correction = x.correction("s", NEXT);
        assertThat(correction.getNumber()).isEqualTo(2);
        assertThat(correction.getStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(correction.getText()).isEqualTo(x.getText());
        correction.revise(LocalizedText.same("corrected"), "s", NEXT);
        assertThat(x.getText()).isEqualTo(TEXT);
    }

    @Test
    void only_approved_minutes_are_corrected_and_only_a_draft_is_circulated() {
        Meeting first = held(1, 1, FIRST);
        Minutes x = Minutes.draft(first, TEXT, "s", FIRST);
        assertThatThrownBy(() -> x.correction("s", FIRST)).hasMessage("council-meeting.rule.correctOnlyApproved");
        x.circulate("s", FIRST);
        assertThatThrownBy(() -> x.circulate("s", FIRST)).hasMessage("council-meeting.rule.circulateOnlyDraft");
    }
}

package org.bashke.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class MeetingRulesTest {

    static final Instant START = Instant.parse("2026-12-10T09:00:00Z");

    static Meeting meeting(long id, long bodyId, Instant start) {
        Meeting m = new Meeting(bodyId, new MeetingDetails(LocalizedText.same("M" + id), start, start.plus(Duration.ofHours(3)),
                "Prishtinë", null, null), "test", start.minus(Duration.ofDays(30)));
        ReflectionTestUtils.setField(m, "id", id);
        return m;
    }

    @Test
    void a_meeting_is_convened_by_its_invitations_and_may_be_convened_again_after_a_change() {
        Meeting m = meeting(1, 1, START);
        m.convene("s", START.minus(Duration.ofDays(10)));
        m.convene("s", START.minus(Duration.ofDays(5)));
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(m.getInvitationsSent()).isEqualTo(2);
    }

    @Test
    void a_meeting_is_not_recorded_as_held_before_it_begins() {
        Meeting m = meeting(1, 1, START);
        assertThatThrownBy(() -> m.hold("s", START.minusSeconds(60)))
                .hasMessage("council-meeting.rule.holdNotBeforeStart");
        m.hold("s", START.plusSeconds(60));
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void a_held_meeting_cannot_be_cancelled_postponed_or_rescheduled() {
        Meeting m = meeting(1, 1, START);
        m.hold("s", START);
        assertThatThrownBy(() -> m.cancel("s", START)).hasMessage("council-meeting.rule.cancelOnlyAhead");
        assertThatThrownBy(() -> m.postpone("s", START)).hasMessage("council-meeting.rule.postponeOnlyAhead");
        assertThatThrownBy(() -> m.reschedule(m.details(), "s", START)).hasMessage("council-meeting.rule.closedMeetingUnchanged");
        assertThatThrownBy(() -> m.convene("s", START)).hasMessage("council-meeting.rule.conveneOnlyUpcoming");
    }

    @Test
    void a_postponed_meeting_is_planned_again_when_given_new_times() {
        Meeting m = meeting(1, 1, START);
        m.postpone("s", START.minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> m.hold("s", START)).hasMessage("council-meeting.rule.holdOnlyUpcoming");
        Instant later = START.plus(Duration.ofDays(14));
        m.reschedule(new MeetingDetails(m.getTitle(), later, later.plus(Duration.ofHours(2)), "Prizren", null, null), "s", START);
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(m.getStartsAt()).isEqualTo(later);
    }

    @Test
    void a_postponed_meeting_may_still_be_cancelled() {
        Meeting m = meeting(1, 1, START);
        m.postpone("s", START.minus(Duration.ofDays(2)));
        m.cancel("s", START.minus(Duration.ofDays(1)));
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void the_register_is_taken_only_from_the_day_of_a_convened_or_held_meeting() {
        Meeting m = meeting(1, 1, START);
        assertThatThrownBy(() -> m.requireSitting(START)).hasMessage("council-meeting.rule.notSitting");
        m.convene("s", START.minus(Duration.ofDays(10)));
        assertThatThrownBy(() -> m.requireSitting(START.minus(Duration.ofDays(1)))).hasMessage("council-meeting.rule.notYetTheDay");
        m.requireSitting(START.minus(Duration.ofHours(1)));
    }

    @Test
    void a_substitute_fills_a_seat_only_when_the_seat_has_one() {
        Attendance without = new Attendance(1, 10, 100, null, null);
        assertThatThrownBy(() -> without.record(AttendanceStatus.SUBSTITUTE_PRESENT, "s", START))
                .hasMessage("council-meeting.rule.noSubstitute");
        Attendance with = new Attendance(1, 11, 101, 201L, null);
        with.record(AttendanceStatus.SUBSTITUTE_PRESENT, "s", START);
        assertThat(with.attendeeAccountId()).isEqualTo(201L);
    }

    @Test
    void restricted_papers_are_for_members_and_officers_until_the_meeting_is_held() {
        assertThat(PaperAccess.maySee(false, MeetingStatus.PLANNED, false, false)).isTrue();
        assertThat(PaperAccess.maySee(true, MeetingStatus.CONVENED, false, false)).isFalse();
        assertThat(PaperAccess.maySee(true, MeetingStatus.CONVENED, true, false)).isTrue();
        assertThat(PaperAccess.maySee(true, MeetingStatus.CONVENED, false, true)).isTrue();
        assertThat(PaperAccess.maySee(true, MeetingStatus.HELD, false, false)).isTrue();
        assertThat(PaperAccess.maySee(true, MeetingStatus.CANCELLED, false, false)).isFalse();
    }
}

package org.bashke.consultation.draft;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.consultation.DraftType;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ConsultationMeetingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static Consultation consultation() {
        return new Consultation(7, LocalizedText.same("Projekt"), LocalizedText.same("Përmbledhje"), DraftType.DRAFT_LAW,
                "Arta", "arta@example.org",
                new ConsultationPeriodPolicy.Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), 20, null, false),
                Instant.now());
    }

    static RecordConsultationMeeting.MeetingValues meeting(LocalDate on, int participants, int organisations) {
        return new RecordConsultationMeeting.MeetingValues(on, "Prishtinë", participants, organisations, null);
    }

    @Test
    void a_meeting_within_the_consultation_period_is_recorded() {
        assertThatCode(() -> RecordConsultationMeeting.check(consultation(), meeting(LocalDate.of(2026, 11, 10), 25, 9), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_meeting_before_opening_or_in_the_future_is_refused() {
        assertThatThrownBy(() -> RecordConsultationMeeting.check(consultation(), meeting(LocalDate.of(2026, 10, 30), 25, 9), TODAY))
                .hasMessage("consultation.meeting.rule.outsidePeriod");
        assertThatThrownBy(() -> RecordConsultationMeeting.check(consultation(), meeting(LocalDate.of(2026, 11, 25), 25, 9), TODAY))
                .hasMessage("consultation.meeting.rule.outsidePeriod");
    }

    @Test
    void more_organisations_than_participants_is_refused() {
        assertThatThrownBy(() -> RecordConsultationMeeting.check(consultation(), meeting(LocalDate.of(2026, 11, 10), 3, 4), TODAY))
                .hasMessage("consultation.meeting.rule.counts");
    }

    @Test
    void a_meeting_needs_a_date_a_place_and_a_count() {
        assertThatThrownBy(() -> RecordConsultationMeeting.check(consultation(),
                new RecordConsultationMeeting.MeetingValues(LocalDate.of(2026, 11, 10), " ", 3, 0, null), TODAY))
                .hasMessage("consultation.meeting.rule.required");
    }
}

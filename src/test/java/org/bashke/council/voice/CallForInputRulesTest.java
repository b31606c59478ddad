package org.bashke.council.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bashke.council.MeetingSummary;
import org.bashke.council.meeting.AgendaItemInfo;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class CallForInputRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final Instant IN_A_WEEK = NOW.plus(Duration.ofDays(7));
    static final Instant MEETING_START = NOW.plus(Duration.ofDays(10));

    static MeetingSummary meeting(String status, Instant start) {
        return new MeetingSummary(5, 1, LocalizedText.same("Mbledhja e Këshillit"), OffsetDateTime.ofInstant(start, ZoneOffset.UTC),
                null, "Prishtinë", null, status, "/council/meetings/5");
    }

    static final AgendaItemInfo ITEM_1 = new AgendaItemInfo(51, 5, 1, LocalizedText.same("Plani i veprimit"), true);
    static final AgendaItemInfo ITEM_2 = new AgendaItemInfo(52, 5, 2, LocalizedText.same("Raporti vjetor"), false);

    static CallForInput openCall() {
        return CallForInput.open(meeting("PLANNED", MEETING_START), List.of(ITEM_2, ITEM_1), LocalizedText.same("Thirrje"),
                null, Audience.PUBLIC, IN_A_WEEK, 7, NOW);
    }

    @Test
    void a_call_keeps_the_items_in_agenda_order() {
        assertThat(openCall().getItems()).extracting(CallItem::getAgendaItemId).containsExactly(51L, 52L);
    }

    @Test
    void a_call_is_opened_only_for_a_planned_or_convened_meeting() {
        for (String status : List.of("HELD", "CANCELLED", "POSTPONED")) {
            assertThatThrownBy(() -> CallForInput.open(meeting(status, MEETING_START), List.of(ITEM_1), LocalizedText.same("T"),
                    null, Audience.PUBLIC, IN_A_WEEK, 7, NOW))
                    .isInstanceOfSatisfying(VoiceRuleBroken.class,
                            e -> assertThat(e.messageKey()).isEqualTo("council-voice.rule.call.meetingNotUpcoming"));
        }
        assertThat(CallForInput.open(meeting("CONVENED", MEETING_START), List.of(ITEM_1), LocalizedText.same("T"), null,
                Audience.MEMBERS_ONLY, IN_A_WEEK, 7, NOW).getAudience()).isEqualTo(Audience.MEMBERS_ONLY);
    }

    @Test
    void a_call_asks_about_at_least_one_item_and_only_items_of_its_own_meeting() {
        assertRule(() -> CallForInput.open(meeting("PLANNED", MEETING_START), List.of(), LocalizedText.same("T"), null,
                Audience.PUBLIC, IN_A_WEEK, 7, NOW), "council-voice.rule.call.itemsRequired");
        AgendaItemInfo ofAnother = new AgendaItemInfo(99, 6, 1, LocalizedText.same("X"), false);
        assertRule(() -> CallForInput.open(meeting("PLANNED", MEETING_START), List.of(ofAnother), LocalizedText.same("T"), null,
                Audience.PUBLIC, IN_A_WEEK, 7, NOW), "council-voice.rule.call.itemOfAnotherMeeting");
    }

    @Test
    void the_deadline_is_in_the_future_and_no_later_than_the_start_of_the_meeting() {
        assertRule(() -> CallForInput.open(meeting("PLANNED", MEETING_START), List.of(ITEM_1), LocalizedText.same("T"), null,
                Audience.PUBLIC, NOW, 7, NOW), "council-voice.rule.call.deadlinePassed");
        assertRule(() -> CallForInput.open(meeting("PLANNED", MEETING_START), List.of(ITEM_1), LocalizedText.same("T"), null,
                Audience.PUBLIC, MEETING_START.plusSeconds(60), 7, NOW), "council-voice.rule.call.deadlineAfterMeeting");
        assertThat(CallForInput.open(meeting("PLANNED", MEETING_START), List.of(ITEM_1), LocalizedText.same("T"), null,
                Audience.PUBLIC, MEETING_START, 7, NOW).getDeadline()).isEqualTo(MEETING_START);
    }

    @Test
    void a_call_needs_a_title() {
        assertRule(() -> CallForInput.open(meeting("PLANNED", MEETING_START), List.of(ITEM_1), LocalizedText.same(" "), null,
                Audience.PUBLIC, IN_A_WEEK, 7, NOW), "council-voice.rule.call.titleRequired");
    }

    @Test
    void no_input_is_taken_from_the_deadline_on() {
        CallForInput call = openCall();
        assertThat(call.acceptsInput(IN_A_WEEK.minusSeconds(1))).isTrue();
        assertThat(call.acceptsInput(IN_A_WEEK)).isFalse();
        assertThat(call.acceptsInput(IN_A_WEEK.plusSeconds(1))).isFalse();
    }

    @Test
    void closing_early_stops_input_at_once_and_a_closed_call_cannot_be_closed_again() {
        CallForInput call = openCall();
        Instant closing = NOW.plus(Duration.ofDays(2));
        call.closeEarly(closing);
        assertThat(call.acceptsInput(closing.plusSeconds(1))).isFalse();
        assertThat(call.closedAt()).isEqualTo(closing);
        assertRule(() -> call.closeEarly(closing.plusSeconds(5)), "council-voice.rule.call.alreadyClosed");
    }

    @Test
    void positions_are_written_only_after_the_call_closed_and_before_the_meeting_is_held() {
        CallForInput call = openCall();
        assertRule(() -> call.checkMayConsolidate(NOW.plusSeconds(60), meeting("PLANNED", MEETING_START)),
                "council-voice.rule.position.callStillOpen");
        Instant afterDeadline = IN_A_WEEK.plusSeconds(60);
        call.checkMayConsolidate(afterDeadline, meeting("CONVENED", MEETING_START));
        call.checkMayConsolidate(afterDeadline, meeting("POSTPONED", MEETING_START));
        assertRule(() -> call.checkMayConsolidate(afterDeadline, meeting("HELD", MEETING_START)),
                "council-voice.rule.position.meetingPast");
        assertRule(() -> call.checkMayConsolidate(afterDeadline, meeting("CANCELLED", MEETING_START)),
                "council-voice.rule.position.meetingPast");
    }

    @Test
    void a_position_draws_only_on_inputs_given_on_its_own_item_and_says_something() {
        CallItem item = openCall().getItems().get(0);
        assertRule(() -> item.writePosition(LocalizedText.same("Qëndrimi"), Set.of(3L, 4L), Set.of(3L), NOW),
                "council-voice.rule.position.sourceOfAnotherItem");
        assertRule(() -> item.writePosition(LocalizedText.same(" "), Set.of(), Set.of(), NOW),
                "council-voice.rule.position.textRequired");
        assertRule(() -> item.publishPosition(NOW), "council-voice.rule.position.textRequired");
        item.writePosition(LocalizedText.same("Qëndrimi"), Set.of(3L), Set.of(3L, 5L), NOW);
        assertThat(item.getSources()).containsExactly(3L);
        assertThat(item.isPositionPublished()).isFalse();
        item.publishPosition(NOW);
        assertThat(item.isPositionPublished()).isTrue();
    }

    @Test
    void the_report_back_comes_after_the_meeting_has_taken_place() {
        CallForInput call = openCall();
        Instant afterDeadline = IN_A_WEEK.plusSeconds(60);
        assertRule(() -> call.checkMayReportBack(afterDeadline, meeting("PLANNED", MEETING_START)),
                "council-voice.rule.report.meetingNotHeld");
        assertRule(() -> call.checkMayReportBack(MEETING_START.plusSeconds(60), meeting("CANCELLED", MEETING_START)),
                "council-voice.rule.report.meetingNotHeld");
        call.checkMayReportBack(afterDeadline, meeting("HELD", MEETING_START));
        call.checkMayReportBack(MEETING_START.plusSeconds(60), meeting("CONVENED", MEETING_START));
    }

    @Test
    void every_published_position_says_how_it_fared_before_the_report_back_is_published_and_it_is_published_once() {
        CallForInput call = openCall();
        CallItem first = call.getItems().get(0);
        first.writePosition(LocalizedText.same("Qëndrimi"), Set.of(), Set.of(), NOW);
        first.publishPosition(NOW);
        MeetingSummary held = meeting("HELD", MEETING_START);
        Instant after = MEETING_START.plus(Duration.ofDays(1));
        assertRule(() -> call.publishReport(after, held), "council-voice.rule.report.outcomeMissing");
        first.recordOutcome(PositionOutcome.PARTLY_ADOPTED, LocalizedText.same("Pjesërisht"));
        call.publishReport(after, held);
        assertThat(call.isReportPublished()).isTrue();
        assertRule(() -> call.publishReport(after.plusSeconds(1), held), "council-voice.rule.report.alreadyPublished");
        assertRule(() -> call.draftReport(after.plusSeconds(1), held, null, Map.of()), "council-voice.rule.report.alreadyPublished");
        assertRule(() -> call.checkMayConsolidate(after, meeting("PLANNED", MEETING_START)), "council-voice.rule.position.meetingPast");
    }

    @Test
    void an_outcome_is_given_only_for_an_item_whose_position_was_published() {
        CallItem item = openCall().getItems().get(1);
        assertRule(() -> item.recordOutcome(PositionOutcome.ADOPTED, null), "council-voice.rule.report.outcomeWithoutPosition");
        item.recordOutcome(null, LocalizedText.same("U diskutua pa qëndrim"));
        assertThat(item.getOutcome()).isNull();
    }

    static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VoiceRuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}

package org.bashke.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.DraftType;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ConsultationRulesTest {

    static Consultation consultation() {
        return new Consultation(7, LocalizedText.same("Projekt"), LocalizedText.same("Përmbledhje"), DraftType.DRAFT_LAW,
                "Arta", "arta@example.org",
                new ConsultationPeriodPolicy.Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), 20, null, false),
                Instant.now());
    }

    static Comment comment() {
        return new Comment(1, null, 5, "Ana", "ana@example.org", "sq", null, "Koment", true, Instant.now());
    }

    @Test
    void partly_accepting_or_rejecting_a_comment_requires_a_reason() {
        assertThatThrownBy(() -> comment().answer(AnswerOutcome.REJECTED, " ", "officer", Instant.now()))
                .hasMessage("consultation.rule.answer.reasonRequired");
        assertThatThrownBy(() -> comment().answer(AnswerOutcome.PARTLY_ACCEPTED, null, "officer", Instant.now()))
                .hasMessage("consultation.rule.answer.reasonRequired");
        Comment accepted = comment();
        accepted.answer(AnswerOutcome.ACCEPTED, null, "officer", Instant.now());
        assertThat(accepted.isAnswered()).isTrue();
    }

    @Test
    void a_hidden_comment_keeps_its_reason_and_needs_no_answer() {
        Comment c = comment();
        c.hide(HiddenReason.PERSONAL_DATA, Instant.now());
        assertThat(c.getHiddenReason()).isEqualTo(HiddenReason.PERSONAL_DATA);
        assertThat(c.getBody()).isEqualTo("Koment");
        assertThat(c.needsAnswer()).isFalse();
    }

    @Test
    void the_stages_move_forward_only_and_comments_stop_at_closing() {
        Consultation c = consultation();
        assertThat(c.getStage()).isEqualTo(ConsultationStage.EARLY);
        assertThat(c.acceptsComments()).isTrue();
        assertThatThrownBy(() -> c.close(LocalDate.now())).hasMessage("consultation.rule.stage.notAllowed");
        c.open();
        assertThat(c.acceptsComments()).isTrue();
        c.close(LocalDate.of(2026, 11, 30));
        assertThat(c.acceptsComments()).isFalse();
        assertThatThrownBy(c::open).hasMessage("consultation.rule.stage.notAllowed");
    }

    @Test
    void no_final_report_while_a_comment_lacks_an_answer_nor_before_closing() {
        Consultation c = consultation();
        c.open();
        assertThatThrownBy(() -> c.publishReport(0, LocalDate.now())).hasMessage("consultation.rule.stage.notAllowed");
        c.close(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> c.publishReport(1, LocalDate.now())).hasMessage("consultation.rule.report.unanswered");
        c.publishReport(0, LocalDate.of(2026, 12, 10));
        assertThat(c.getStage()).isEqualTo(ConsultationStage.REPORT_PUBLISHED);
        assertThat(c.acceptsAnswers()).isFalse();
    }
}

package org.bashke.network.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** How CiviKos takes a position, as plain rules. */
class PositionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static NetworkPosition draftForThe(AdoptingBody body) {
        return new NetworkPosition(SubjectKind.LAW, null, null, body, 1L, NOW);
    }

    static PositionVersion version(int number) {
        return new PositionVersion(1L, number, LocalizedText.of(Language.SQ, "Titulli", null, null),
                LocalizedText.of(Language.SQ, "Teksti", null, null), null, 1L, NOW);
    }

    @Test
    void a_position_is_published_only_after_adoption_by_the_named_body() {
        NetworkPosition p = draftForThe(AdoptingBody.ASSEMBLY);
        assertThat(p.isPublic()).as("a draft").isFalse();
        p.openMemberConsultation(TODAY, TODAY, NOW);
        assertThat(p.isPublic()).as("under member consultation").isFalse();

        assertThatThrownBy(() -> p.adopt(AdoptingBody.BOARD, "Mbledhja e Bordit 4", TODAY, version(1), TODAY, NOW))
                .isInstanceOf(PositionRuleBroken.class).extracting("messageKey").isEqualTo("network.position.rule.wrongBody");
        assertThat(p.isPublic()).as("refused adoption by a body the rules do not name").isFalse();
        assertThat(p.getStatus()).isEqualTo(PositionStatus.MEMBER_CONSULTATION);

        p.adopt(AdoptingBody.ASSEMBLY, "Kuvendi, vendimi 2/2026", TODAY, version(1), TODAY, NOW);
        assertThat(p.isPublic()).isTrue();
        assertThat(p.getAdoptedByBody()).isEqualTo(AdoptingBody.ASSEMBLY);
        assertThat(p.getAdoptionReference()).isEqualTo("Kuvendi, vendimi 2/2026");
        assertThat(p.getAdoptedOn()).isEqualTo(TODAY);
    }

    @Test
    void adopted_versions_are_immutable() {
        NetworkPosition p = draftForThe(AdoptingBody.BOARD);
        p.openMemberConsultation(TODAY, TODAY, NOW);
        p.revised(NOW);
        PositionVersion second = version(2);
        p.adopt(AdoptingBody.BOARD, "Bordi, mbledhja 7", TODAY, second, TODAY, NOW);
        assertThat(second.isAdopted()).isTrue();
        assertThat(p.getAdoptedVersion()).isEqualTo(2);

        assertThatThrownBy(() -> p.revised(NOW)).isInstanceOf(PositionRuleBroken.class)
                .extracting("messageKey").isEqualTo("network.position.rule.adoptedImmutable");
        assertThatThrownBy(() -> p.adopt(AdoptingBody.BOARD, "again", TODAY, version(3), TODAY, NOW))
                .isInstanceOf(PositionRuleBroken.class).extracting("messageKey").isEqualTo("network.position.rule.adoptedImmutable");
        assertThat(p.getAdoptedVersion()).isEqualTo(2);
    }

    @Test
    void members_are_consulted_before_adoption_and_until_their_deadline() {
        NetworkPosition p = draftForThe(AdoptingBody.BOARD);
        assertThatThrownBy(() -> p.adopt(AdoptingBody.BOARD, "Bordi 1", TODAY, version(1), TODAY, NOW))
                .extracting("messageKey").isEqualTo("network.position.rule.consultMembersFirst");
        assertThatThrownBy(() -> p.openMemberConsultation(TODAY.minusDays(1), TODAY, NOW))
                .extracting("messageKey").isEqualTo("network.position.rule.deadlinePast");
        p.openMemberConsultation(TODAY.plusDays(10), TODAY, NOW);
        assertThat(p.acceptsMemberComments(TODAY.plusDays(10))).isTrue();
        assertThat(p.acceptsMemberComments(TODAY.plusDays(11))).isFalse();
        assertThatThrownBy(() -> p.adopt(AdoptingBody.BOARD, "Bordi 1", TODAY, version(1), TODAY, NOW))
                .extracting("messageKey").isEqualTo("network.position.rule.consultationRunning");
        p.adopt(AdoptingBody.BOARD, "Bordi 1", TODAY.plusDays(10), version(1), TODAY.plusDays(10), NOW);
        assertThat(p.isPublic()).isTrue();
    }

    @Test
    void an_adoption_names_its_meeting_or_decision_and_a_date_not_in_the_future() {
        NetworkPosition p = draftForThe(AdoptingBody.BOARD);
        p.openMemberConsultation(TODAY, TODAY, NOW);
        assertThatThrownBy(() -> p.adopt(AdoptingBody.BOARD, " ", TODAY, version(1), TODAY, NOW))
                .extracting("messageKey").isEqualTo("network.position.rule.referenceRequired");
        assertThatThrownBy(() -> p.adopt(AdoptingBody.BOARD, "Bordi 2", TODAY.plusDays(1), version(1), TODAY, NOW))
                .extracting("messageKey").isEqualTo("network.position.rule.adoptionDate");
        assertThat(p.isPublic()).isFalse();
    }
}

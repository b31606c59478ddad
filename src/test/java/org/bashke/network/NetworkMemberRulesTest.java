package org.bashke.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.governance.BoardRotationRule;
import org.bashke.network.governance.Majority;
import org.bashke.network.governance.OneRepresentativePerMemberRule;
import org.bashke.network.governance.QuorumAndMajorityRule;
import org.bashke.network.member.MemberArea;
import org.bashke.network.member.MembershipApplication;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.network.member.NetworkMember;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The rules of CiviKos membership, its bodies and its code, by name. */
class NetworkMemberRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    // one representative per member organisation in the Assembly

    @Test
    void one_representative_per_member_an_active_member_names_one_of_its_own_representatives() {
        assertThat(OneRepresentativePerMemberRule.check(true, true, false)).isEmpty();
    }

    @Test
    void one_representative_per_member_a_person_cannot_represent_two_members() {
        assertThat(OneRepresentativePerMemberRule.check(true, true, true)).contains("network-member.rule.assembly.otherMember");
    }

    @Test
    void one_representative_per_member_only_active_members_and_only_their_own_representatives() {
        assertThat(OneRepresentativePerMemberRule.check(false, true, false)).contains("network-member.rule.assembly.notMember");
        assertThat(OneRepresentativePerMemberRule.check(true, false, false)).contains("network-member.rule.assembly.notRepresentative");
    }

    // quorum and majority, configurable

    @Test
    void quorum_is_the_configured_share_of_members_present() {
        assertThat(QuorumAndMajorityRule.quorumMet(5, 9, 50)).isTrue();
        assertThat(QuorumAndMajorityRule.quorumMet(4, 9, 50)).isFalse();
        assertThat(QuorumAndMajorityRule.quorumMet(6, 9, 66)).isTrue();
        assertThat(QuorumAndMajorityRule.quorumMet(5, 9, 66)).isFalse();
        assertThat(QuorumAndMajorityRule.quorumMet(0, 0, 50)).isFalse();
    }

    @Test
    void without_quorum_nothing_carries() {
        assertThat(QuorumAndMajorityRule.carried(Majority.SIMPLE, 50, 9, 4, 4, 0, 0)).isFalse();
    }

    @Test
    void simple_majority_needs_more_for_than_against() {
        assertThat(QuorumAndMajorityRule.carried(Majority.SIMPLE, 50, 130, 75, 30, 29, 16)).isTrue();
        assertThat(QuorumAndMajorityRule.carried(Majority.SIMPLE, 50, 130, 75, 30, 30, 15)).isFalse();
    }

    @Test
    void absolute_majority_needs_more_than_half_of_all_members() {
        assertThat(QuorumAndMajorityRule.carried(Majority.ABSOLUTE, 50, 9, 6, 5, 1, 0)).isTrue();
        assertThat(QuorumAndMajorityRule.carried(Majority.ABSOLUTE, 50, 9, 6, 4, 0, 2)).isFalse();
    }

    @Test
    void two_thirds_majority_counts_those_present() {
        assertThat(QuorumAndMajorityRule.carried(Majority.TWO_THIRDS, 50, 9, 6, 4, 2, 0)).isTrue();
        assertThat(QuorumAndMajorityRule.carried(Majority.TWO_THIRDS, 50, 9, 6, 3, 3, 0)).isFalse();
    }

    @Test
    void more_votes_than_people_present_carry_nothing() {
        assertThat(QuorumAndMajorityRule.carried(Majority.SIMPLE, 50, 9, 5, 6, 0, 0)).isFalse();
    }

    // the Board's rotation

    @Test
    void board_rotation_no_member_sits_more_than_the_allowed_consecutive_terms() {
        assertThat(BoardRotationRule.check(List.of(1, 2), 3, 9, 0, 2)).contains("network-member.rule.board.rotation");
        assertThat(BoardRotationRule.check(List.of(2), 3, 9, 0, 2)).isEmpty();
        assertThat(BoardRotationRule.check(List.of(1, 2), 4, 9, 0, 2)).isEmpty();
    }

    @Test
    void board_rotation_counts_terms_on_both_sides_of_a_gap_filled_later() {
        assertThat(BoardRotationRule.check(List.of(1, 3), 2, 9, 0, 2)).contains("network-member.rule.board.rotation");
    }

    @Test
    void board_rotation_the_board_has_nine_seats_by_default_and_one_seat_per_member_a_term() {
        assertThat(BoardRotationRule.check(List.of(), 1, 9, 9, 2)).contains("network-member.rule.board.full");
        assertThat(BoardRotationRule.check(List.of(), 1, 9, 8, 2)).isEmpty();
        assertThat(BoardRotationRule.check(List.of(1), 1, 9, 3, 2)).contains("network-member.rule.board.alreadySeated");
    }

    // applications

    @Test
    void the_board_decides_only_a_complete_application() {
        MembershipApplication a = application();
        assertThatThrownBy(() -> a.decide(true, 1, TODAY, null, null, null, null, NOW))
                .hasMessage("network-member.rule.application.notComplete");
    }

    @Test
    void a_refusal_needs_its_reason() {
        MembershipApplication a = application();
        a.markComplete(null, NOW);
        assertThatThrownBy(() -> a.decide(false, 1, TODAY, 2, 5, 0, " ", NOW))
                .hasMessage("network-member.rule.application.reasonRequired");
        a.decide(false, 1, TODAY, 2, 5, 0, "Statuti nuk përputhet me qëllimet e platformës", NOW);
        assertThat(a.getRefusalReason()).startsWith("Statuti");
        assertThat(a.getDecidedOn()).isEqualTo(TODAY);
    }

    @Test
    void asking_for_changes_says_what_to_change() {
        MembershipApplication a = application();
        assertThatThrownBy(() -> a.askForChanges("", NOW)).hasMessage("network-member.rule.application.changesNote");
    }

    // members' status

    @Test
    void a_suspension_has_a_reason_and_ends_after_today_and_counts_as_active_again_once_over() {
        NetworkMember m = new NetworkMember(7, TODAY.minusYears(1), "PRI", EnumSet.of(MemberArea.YOUTH), null, NOW);
        assertThatThrownBy(() -> m.suspend(null, TODAY.plusMonths(3), TODAY, NOW)).hasMessage("network-member.rule.suspend.reason");
        assertThatThrownBy(() -> m.suspend("Pa raport", TODAY, TODAY, NOW)).hasMessage("network-member.rule.suspend.until");
        m.suspend("Pa raport vjetor", TODAY.plusMonths(3), TODAY, NOW);
        assertThat(m.activeOn(TODAY)).isFalse();
        assertThat(m.activeOn(TODAY.plusMonths(3))).isTrue();
    }

    @Test
    void a_member_that_left_is_not_suspended_or_restored() {
        NetworkMember m = new NetworkMember(7, TODAY.minusYears(1), "PRI", EnumSet.of(MemberArea.YOUTH), null, NOW);
        m.leave(null, TODAY, NOW);
        assertThatThrownBy(() -> m.restore(NOW)).isInstanceOf(MembershipRuleBroken.class);
        assertThat(m.activeOn(TODAY)).isFalse();
    }

    // the code

    @Test
    void adopted_versions_are_immutable() {
        CodeVersion v = new CodeVersion(CodeKind.CODE_OF_CONDUCT, 2, LocalizedText.of(Language.SQ, "Kodi", null, null),
                LocalizedText.of(Language.SQ, "Teksti", null, null), NOW);
        v.edit(LocalizedText.of(Language.SQ, "Kodi i ri", null, null), LocalizedText.of(Language.SQ, "Teksti i ri", null, null), NOW);
        v.adopt(TODAY, "Sekretariati", NOW);
        assertThat(v.authoritativeLanguage()).isEqualTo(Language.SQ);
        assertThatThrownBy(() -> v.edit(LocalizedText.same("x"), LocalizedText.same("y"), NOW))
                .hasMessage("network-code.rule.adopted.immutable");
        assertThatThrownBy(() -> v.adopt(TODAY, "x", NOW)).hasMessage("network-code.rule.adopted.already");
    }

    @Test
    void member_areas_are_stored_as_the_directory_codes() {
        assertThat(MemberArea.format(EnumSet.of(MemberArea.YOUTH, MemberArea.HUMAN_RIGHTS))).isEqualTo("human_rights,youth");
        assertThat(MemberArea.parse("youth, nonsense,human_rights")).containsExactlyInAnyOrder(MemberArea.YOUTH, MemberArea.HUMAN_RIGHTS);
    }

    static MembershipApplication application() {
        return new MembershipApplication(7, 3, "PRI", EnumSet.of(MemberArea.YOUTH), 1, 2, null, null, NOW);
    }
}

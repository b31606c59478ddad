package org.bashke.identity.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.roles.RoleGrantPolicy.Refusal;
import org.bashke.shared.security.Role;
import org.junit.jupiter.api.Test;

class RoleGrantPolicyTest {

    static final Actor SECRETARIAT = new Actor("staff@test", 1L, false);
    static final Actor ADMIN = new Actor("admin@test", 2L, true);
    static final long PERSON = 10L;

    static final ScopeFacts MINISTRY = ScopeFacts.organisation(100L, OrganisationType.PUBLIC_INSTITUTION);
    static final ScopeFacts MUNICIPALITY = ScopeFacts.organisation(101L, OrganisationType.MUNICIPALITY);
    static final ScopeFacts CSO = ScopeFacts.organisation(102L, OrganisationType.CSO);
    static final ScopeFacts DONOR = ScopeFacts.organisation(103L, OrganisationType.DONOR);
    static final ScopeFacts UNKNOWN_ORGANISATION = ScopeFacts.organisation(104L, null);

    static RoleAssignment held(long account, Role role, Long scope) {
        return new RoleAssignment(account, role, scope, "someone", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void the_secretariat_makes_an_officer_of_a_ministry_or_a_municipality() {
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, MINISTRY, List.of())).isEmpty();
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, MUNICIPALITY, List.of())).isEmpty();
    }

    @Test
    void a_government_officer_cannot_act_for_a_cso_or_a_donor() {
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, CSO, List.of())).contains(Refusal.OFFICER_NEEDS_INSTITUTION);
        assertThat(RoleGrantPolicy.mayGrant(ADMIN, Role.GOVERNMENT_OFFICER, DONOR, List.of())).contains(Refusal.OFFICER_NEEDS_INSTITUTION);
    }

    @Test
    void a_cso_representative_acts_only_for_a_cso() {
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.CSO_REPRESENTATIVE, CSO, List.of())).isEmpty();
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.CSO_REPRESENTATIVE, MINISTRY, List.of())).contains(Refusal.REPRESENTATIVE_NEEDS_CSO);
    }

    @Test
    void a_scoped_role_needs_an_existing_organisation_or_hub() {
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, ScopeFacts.organisation(null, null), List.of()))
                .contains(Refusal.ORGANISATION_MISSING);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, ScopeFacts.none(), List.of()))
                .contains(Refusal.ORGANISATION_MISSING);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, UNKNOWN_ORGANISATION, List.of()))
                .contains(Refusal.ORGANISATION_UNKNOWN);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.HUB_COORDINATOR, ScopeFacts.hub(null, false), List.of()))
                .contains(Refusal.HUB_MISSING);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.HUB_COORDINATOR, ScopeFacts.hub(7L, false), List.of()))
                .contains(Refusal.HUB_UNKNOWN);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.HUB_COORDINATOR, ScopeFacts.hub(7L, true), List.of())).isEmpty();
    }

    @Test
    void a_secretariat_member_cannot_grant_admin_or_secretariat_but_an_admin_can() {
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.ADMIN, ScopeFacts.none(), List.of())).contains(Refusal.ONLY_ADMIN_GRANTS_STAFF);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.SECRETARIAT, ScopeFacts.none(), List.of())).contains(Refusal.ONLY_ADMIN_GRANTS_STAFF);
        assertThat(RoleGrantPolicy.mayGrant(ADMIN, Role.ADMIN, ScopeFacts.none(), List.of())).isEmpty();
        assertThat(RoleGrantPolicy.mayGrant(ADMIN, Role.SECRETARIAT, ScopeFacts.none(), List.of())).isEmpty();
    }

    @Test
    void the_same_role_for_the_same_scope_is_not_granted_twice_but_for_another_scope_it_is() {
        List<RoleAssignment> active = List.of(held(PERSON, Role.GOVERNMENT_OFFICER, 100L), held(PERSON, Role.COUNCIL_MEMBER, null));
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, MINISTRY, active)).contains(Refusal.ALREADY_HELD);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.COUNCIL_MEMBER, ScopeFacts.none(), active)).contains(Refusal.ALREADY_HELD);
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, MUNICIPALITY, active)).isEmpty();
    }

    @Test
    void a_revoked_role_can_be_granted_again() {
        RoleAssignment revoked = held(PERSON, Role.GOVERNMENT_OFFICER, 100L);
        revoked.revoke("someone", Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.GOVERNMENT_OFFICER, MINISTRY, List.of(revoked))).isEmpty();
    }

    @Test
    void an_unscoped_role_ignores_an_organisation_sent_with_it() {
        assertThat(RoleGrantPolicy.mayGrant(SECRETARIAT, Role.COUNCIL_MEMBER, ScopeFacts.none(), List.of())).isEmpty();
    }

    @Test
    void no_role_chosen_is_refused() {
        assertThat(RoleGrantPolicy.mayGrant(ADMIN, null, ScopeFacts.none(), List.of())).contains(Refusal.ROLE_MISSING);
    }

    @Test
    void only_an_admin_revokes_staff_roles_and_nobody_revokes_their_own_admin_role() {
        assertThat(RoleGrantPolicy.mayRevoke(SECRETARIAT, held(PERSON, Role.SECRETARIAT, null))).contains(Refusal.ONLY_ADMIN_REVOKES_STAFF);
        assertThat(RoleGrantPolicy.mayRevoke(ADMIN, held(PERSON, Role.SECRETARIAT, null))).isEmpty();
        assertThat(RoleGrantPolicy.mayRevoke(ADMIN, held(ADMIN.accountId(), Role.ADMIN, null))).contains(Refusal.OWN_ADMIN);
        assertThat(RoleGrantPolicy.mayRevoke(ADMIN, held(PERSON, Role.ADMIN, null))).isEmpty();
        assertThat(RoleGrantPolicy.mayRevoke(SECRETARIAT, held(PERSON, Role.GOVERNMENT_OFFICER, 100L))).isEmpty();
    }

    @Test
    void a_role_already_revoked_is_not_revoked_again() {
        RoleAssignment revoked = held(PERSON, Role.COUNCIL_MEMBER, null);
        revoked.revoke("someone", Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(RoleGrantPolicy.mayRevoke(ADMIN, revoked)).contains(Refusal.ALREADY_REVOKED);
    }

    @Test
    void nobody_disables_their_own_account_and_only_an_admin_disables_staff() {
        assertThat(RoleGrantPolicy.mayDisable(SECRETARIAT, SECRETARIAT.accountId(), List.of())).contains(Refusal.OWN_ACCOUNT);
        assertThat(RoleGrantPolicy.mayDisable(SECRETARIAT, PERSON, List.of(held(PERSON, Role.ADMIN, null))))
                .contains(Refusal.ONLY_ADMIN_DISABLES_STAFF);
        assertThat(RoleGrantPolicy.mayDisable(ADMIN, PERSON, List.of(held(PERSON, Role.SECRETARIAT, null)))).isEmpty();
        assertThat(RoleGrantPolicy.mayDisable(SECRETARIAT, PERSON, List.of(held(PERSON, Role.GOVERNMENT_OFFICER, 100L)))).isEmpty();
    }

    @Test
    void a_principal_without_an_account_is_never_taken_for_the_person_acted_on() {
        Actor noAccount = new Actor("test", null, true);
        assertThat(RoleGrantPolicy.mayRevoke(noAccount, held(PERSON, Role.ADMIN, null))).isEmpty();
    }
}

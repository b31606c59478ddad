package org.bashke.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bashke.shared.security.Role;

/** What other modules may ask about people's accounts, roles and verified organisations. */
public interface Accounts {

    Optional<AccountSummary> account(long id);

    /** The accounts with these ids, in no particular order; unknown ids are skipped. */
    List<AccountSummary> accounts(Collection<Long> ids);

    /**
     * Active accounts holding {@code role} (not revoked) for this scope: the officers of a ministry,
     * the coordinator of a hub, the representatives of a CSO. {@code scopeId} null for an unscoped
     * role (all secretariat members).
     */
    List<AccountSummary> holders(Role role, Long scopeId);

    /** The account with this e-mail (case ignored), whatever its status — for staff picking a person by e-mail. */
    Optional<AccountSummary> accountByEmail(String email);

    /** Which of these accounts are active with a public profile page at {@code /people/{id}}. */
    java.util.Set<Long> withPublicProfile(Collection<Long> ids);

    /** Ids of the organisations whose link with this person the secretariat has verified. */
    List<Long> verifiedOrganisations(long accountId);
}

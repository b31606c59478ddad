package org.bashke.identity.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.affiliation.Affiliation;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.affiliation.AffiliationStatus;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountsFacade implements Accounts {

    private final AccountRepository accounts;
    private final RoleAssignmentRepository assignments;
    private final AffiliationRepository affiliations;

    AccountsFacade(AccountRepository accounts, RoleAssignmentRepository assignments, AffiliationRepository affiliations) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.affiliations = affiliations;
    }

    @Override
    public Optional<AccountSummary> account(long id) {
        return accounts.findById(id).map(AccountsFacade::summary);
    }

    @Override
    public List<AccountSummary> accounts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findAllById(ids).stream().map(AccountsFacade::summary).toList();
    }

    /** Only active accounts: a disabled officer must not be the one a ministry's notices go to. */
    @Override
    public List<AccountSummary> holders(Role role, Long scopeId) {
        Long scope = role.scopeKind() == Role.ScopeKind.NONE ? null : scopeId;
        List<Long> ids = assignments.findByRoleAndScopeIdAndRevokedAtIsNull(role, scope).stream()
                .map(RoleAssignment::getAccountId).distinct().toList();
        return ids.isEmpty() ? List.of() : accounts.findAllById(ids).stream()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .map(AccountsFacade::summary).toList();
    }

    @Override
    public List<Long> verifiedOrganisations(long accountId) {
        return affiliations.findByAccountIdAndStatus(accountId, AffiliationStatus.VERIFIED).stream()
                .map(Affiliation::getOrganisationId).distinct().toList();
    }

    @Override
    public Optional<AccountSummary> accountByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : accounts.findByEmail(email.strip()).map(AccountsFacade::summary);
    }

    @Override
    public java.util.Set<Long> withPublicProfile(Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of() : accounts.findAllById(ids).stream()
                .filter(a -> a.isPublicProfile() && a.getStatus() == AccountStatus.ACTIVE)
                .map(Account::getId).collect(java.util.stream.Collectors.toSet());
    }

    private static AccountSummary summary(Account a) {
        return new AccountSummary(a.getId(), a.getEmail(), a.getDisplayName(), a.getLanguageTag());
    }
}

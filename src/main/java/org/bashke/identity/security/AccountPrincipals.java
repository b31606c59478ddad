package org.bashke.identity.security;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the principal of an account from the account and the roles it holds now. */
@Component
public class AccountPrincipals {

    private final AccountRepository accounts;
    private final RoleAssignmentRepository roles;

    AccountPrincipals(AccountRepository accounts, RoleAssignmentRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public Optional<BashkeUser> byEmail(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email)).map(this::of);
    }

    @Transactional(readOnly = true)
    public Optional<BashkeUser> byId(long accountId) {
        return accounts.findById(accountId).map(this::of);
    }

    public BashkeUser of(Account account) {
        return new BashkeUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getLanguageTag(),
                scopesOf(account.getId()), account.hasTotp(), account.getPasswordHash());
    }

    Map<Role, Set<Long>> scopesOf(long accountId) {
        Map<Role, Set<Long>> scopes = new EnumMap<>(Role.class);
        for (RoleAssignment a : roles.findByAccountIdAndRevokedAtIsNull(accountId)) {
            Set<Long> ids = scopes.computeIfAbsent(a.getRole(), r -> new HashSet<>());
            if (a.getScopeId() != null) {
                ids.add(a.getScopeId());
            }
        }
        return scopes;
    }
}

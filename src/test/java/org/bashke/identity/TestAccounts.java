package org.bashke.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.roles.RoleAssignment;
import org.bashke.identity.roles.RoleAssignmentRepository;
import org.bashke.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People for tests of any module: a verified account with a known password and the roles asked for,
 * made the way identity's own demo data makes them, and the signed-in principal to act as them in MockMvc
 * ({@code with(user(person.principal()))}) or the e-mail and password to sign in through the real form.
 * Lives in identity (not in the shared test support) so that tests of any module reach it through identity's
 * top-level package, as they would its API, and no module cycle runs through the test support.
 * A Spring bean of the test context: {@code @Autowired TestAccounts people}.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Test-password-2026";

    /** A person made for a test; {@code scopes}: each role and the organisations or hubs it is held for. */
    public record Person(long id, String email, String name, Map<Role, Set<Long>> scopes) {

        public UserDetails principal() {
            return Principals.of(id, email, name, scopes);
        }
    }

    private final AccountRepository accounts;
    private final RoleAssignmentRepository roles;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    TestAccounts(AccountRepository accounts, RoleAssignmentRepository roles, PasswordEncoder encoder, TransactionTemplate tx) {
        this.accounts = accounts;
        this.roles = roles;
        this.encoder = encoder;
        this.tx = tx;
    }

    /** A member with no other role, writing in {@code language} (sq, sr, en). */
    public Person member(String language) {
        return person(language, Map.of());
    }

    /** A person holding {@code role} for {@code scopeId} (an organisation, hub or institution; null when unscoped). */
    public Person holding(Role role, Long scopeId, String language) {
        return person(language, Map.of(role, scopeId == null ? Set.of() : Set.of(scopeId)));
    }

    /** A person with these roles and scopes (MEMBER is always held). */
    public Person person(String language, Map<Role, Set<Long>> scopes) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return person("person-" + tag + "@example.org", "Person " + tag, PASSWORD, language, scopes);
    }

    /** A person with this e-mail, name and password (a journey signs in with them), roles and scopes. */
    public Person person(String email, String name, String password, String language, Map<Role, Set<Long>> scopes) {
        Instant now = Instant.now();
        long id = tx.execute(s -> {
            Account account = accounts.save(Account.invited(email, name, encoder.encode(password), language, now));
            scopes.forEach((role, ids) -> {
                if (role == Role.MEMBER) {
                    return;
                }
                if (ids.isEmpty()) {
                    roles.save(new RoleAssignment(account.getId(), role, null, "test", now));
                }
                ids.forEach(scope -> roles.save(new RoleAssignment(account.getId(), role, scope, "test", now)));
            });
            return account.getId();
        });
        Map<Role, Set<Long>> held = new HashMap<>();
        scopes.forEach((role, ids) -> held.put(role, new HashSet<>(ids)));
        return new Person(id, email, name, held);
    }
}

package org.bashke.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bashke.shared.security.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a login: their account and the roles they hold, each with the organisations or
 * hubs it acts for. Kept in the session (serialised by Spring Session), so it holds only plain values.
 *
 * <p>{@link #getAuthorities()} are the full authorities (ROLE_MEMBER and one ROLE_ per role held);
 * whether the session grants them depends on the {@code Authentication} holding this principal: after
 * the password alone, when a second factor is due, the authentication grants {@link SecondFactor} marks only.
 */
public final class BashkeUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final String languageTag;
    private final EnumMap<Role, TreeSet<Long>> scopes;
    private final boolean totpEnabled;
    private String passwordHash;

    BashkeUser(long accountId, String email, String displayName, String languageTag,
               Map<Role, ? extends Collection<Long>> scopes, boolean totpEnabled, String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.languageTag = languageTag == null ? "sq" : languageTag;
        this.scopes = new EnumMap<>(Role.class);
        this.scopes.put(Role.MEMBER, new TreeSet<>());
        scopes.forEach((role, ids) -> this.scopes.computeIfAbsent(role, r -> new TreeSet<>()).addAll(ids));
        this.totpEnabled = totpEnabled;
        this.passwordHash = passwordHash;
    }

    /**
     * A principal without an account behind it, for tests and the permission matrix: e.g.
     * {@code BashkeUser.of(1L, "officer@test", "Officer", Map.of(Role.GOVERNMENT_OFFICER, Set.of(42L)))}.
     * Unscoped roles take an empty set; MEMBER is always held. In MockMvc: {@code .with(user(BashkeUser.of(...)))}.
     */
    public static BashkeUser of(long accountId, String email, String displayName, Map<Role, ? extends Collection<Long>> scopes) {
        return new BashkeUser(accountId, email, displayName, "sq", scopes, true, null);
    }

    public long accountId() { return accountId; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String languageTag() { return languageTag; }
    public boolean totpEnabled() { return totpEnabled; }

    /** Roles held, MEMBER included. */
    public Set<Role> roles() {
        return Set.copyOf(scopes.keySet());
    }

    public boolean has(Role role) {
        return scopes.containsKey(role);
    }

    /** The organisations or hubs this role acts for; empty for an unscoped role or one not held. */
    public Set<Long> scopes(Role role) {
        TreeSet<Long> ids = scopes.get(role);
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    /** Whether one of the roles held asks for a second factor. */
    public boolean requiresTwoFactor() {
        return scopes.keySet().stream().anyMatch(Role::requiresTwoFactor);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        scopes.keySet().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BashkeUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "BashkeUser[" + accountId + "]";
    }
}

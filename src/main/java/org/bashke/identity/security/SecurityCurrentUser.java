package org.bashke.identity.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bashke.identity.CurrentUser;
import org.bashke.identity.UserRef;
import org.bashke.shared.security.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link CurrentUser} over the security context. The principal is normally a {@link BashkeUser};
 * a plain Spring {@code User} (tests with {@code user("...")}) is looked up by name, and without an
 * account it has only the roles it was granted, with no scopes.
 */
@Component
class SecurityCurrentUser implements CurrentUser {

    private final AccountPrincipals principals;
    private final RoleHierarchy hierarchy;

    SecurityCurrentUser(AccountPrincipals principals, RoleHierarchy hierarchy) {
        this.principals = principals;
        this.hierarchy = hierarchy;
    }

    @Override
    public Optional<UserRef> get() {
        return acting().map(Acting::ref);
    }

    @Override
    public boolean has(Role role) {
        return acting().map(a -> a.reachable().contains(role.authority())).orElse(false);
    }

    @Override
    public boolean actsFor(Role role, long scopeId) {
        return scopes(role).contains(scopeId);
    }

    @Override
    public Set<Long> scopes(Role role) {
        return acting().map(a -> a.scopes().getOrDefault(role, Set.of())).map(Set::copyOf).orElse(Set.of());
    }

    @Override
    public String actorName() {
        return get().map(UserRef::displayName).orElse("anonymous");
    }

    private record Acting(UserRef ref, Map<Role, Set<Long>> scopes, Set<String> reachable) {
    }

    private Optional<Acting> acting() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                || SecondFactor.isPending(auth)) {
            return Optional.empty();
        }
        Set<String> granted = new HashSet<>();
        auth.getAuthorities().forEach(a -> granted.add(a.getAuthority()));
        if (auth.getPrincipal() instanceof BashkeUser user) {
            Map<Role, Set<Long>> scopes = new EnumMap<>(Role.class);
            user.roles().forEach(r -> scopes.put(r, user.scopes(r)));
            return Optional.of(new Acting(new UserRef(user.accountId(), user.email(), user.displayName(), user.languageTag()),
                    scopes, reachable(granted)));
        }
        String name = auth.getName();
        Optional<BashkeUser> account = principals.byEmail(name);
        Map<Role, Set<Long>> scopes = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (granted.contains(role.authority())) {
                scopes.put(role, new HashSet<>());
            }
        }
        if (account.isPresent()) {
            BashkeUser user = account.get();
            user.roles().forEach(r -> scopes.computeIfAbsent(r, x -> new HashSet<>()).addAll(user.scopes(r)));
            scopes.keySet().forEach(r -> granted.add(r.authority()));
            return Optional.of(new Acting(new UserRef(user.accountId(), user.email(), user.displayName(), user.languageTag()),
                    scopes, reachable(granted)));
        }
        return Optional.of(new Acting(new UserRef(null, name, name, "sq"), scopes, reachable(granted)));
    }

    private Set<String> reachable(Collection<String> granted) {
        Set<String> all = new HashSet<>();
        hierarchy.getReachableGrantedAuthorities(granted.stream()
                        .map(g -> (GrantedAuthority) new org.springframework.security.core.authority.SimpleGrantedAuthority(g)).toList())
                .forEach(a -> all.add(a.getAuthority()));
        all.addAll(granted);
        return all;
    }
}

package org.bashke.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bashke.shared.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people of the permission matrix, one per column of {@code permissions/*.csv}. This is the one
 * place that decides what a "government officer" looks like to the application: when identity's
 * principal carries scopes (organisation, hub), build that principal here (e.g. with
 * {@code authentication(...)}) and every matrix row follows.
 */
public final class MatrixPrincipals {

    /** The columns after {@code method,path}, in file order. */
    public static final List<String> COLUMNS = List.of("anonymous", "member", "cso_representative", "council_member",
            "government_officer", "hub_coordinator", "secretariat", "admin");

    private MatrixPrincipals() {
    }

    /**
     * How a request of {@code column}'s person is made: nothing for {@code anonymous}; otherwise a
     * logged-in user with {@code ROLE_<ROLE>} and {@code ROLE_MEMBER}. Deliberately no more: that an
     * admin may do what the secretariat may must come from the application's role hierarchy.
     */
    public static RequestPostProcessor as(String column) {
        if ("anonymous".equals(column)) {
            return request -> request;
        }
        Role role = Role.valueOf(column.toUpperCase(Locale.ROOT));
        return user(username(column)).password("matrix-not-used").authorities(authorities(role));
    }

    public static String username(String column) {
        return "matrix-" + column.replace('_', '-') + "@example.org";
    }

    private static GrantedAuthority[] authorities(Role role) {
        return Stream.of(role, Role.MEMBER).distinct()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toArray(GrantedAuthority[]::new);
    }
}

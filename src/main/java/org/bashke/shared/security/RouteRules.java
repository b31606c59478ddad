package org.bashke.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may reach its routes with one bean of this type; the security
 * configuration collects them all and denies whatever no module claimed, so a new route without
 * a rule is refused (and fails the permission-matrix test) instead of silently open.
 *
 * <p>Use {@code hasRole("MEMBER")} rather than {@code authenticated()} for "any logged-in person":
 * someone who has given a password but not yet the second factor is authenticated and holds no role.
 */
public interface RouteRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

    /**
     * Paths whose POST is proved by a signed token in the request itself, not by the session, and so needs
     * no CSRF token: a mail client's one-click unsubscribe (RFC 8058) posts from outside any page of the
     * site. Empty for almost every module.
     */
    default java.util.List<String> postsWithoutCsrfToken() {
        return java.util.List.of();
    }
}

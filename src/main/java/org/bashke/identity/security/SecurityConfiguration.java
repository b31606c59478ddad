package org.bashke.identity.security;

import java.util.List;
import java.util.Map;
import org.bashke.shared.security.RouteRules;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One filter chain for the whole site. Modules declare their routes with {@link RouteRules};
 * whatever none of them claimed is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<RouteRules> rules,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
            AccountAuthenticationProvider accounts, LoginCompletion completion) throws Exception {
        http.authorizeHttpRequests(routes -> {
            rules.forEach(r -> r.configure(routes));
            routes.anyRequest().access(new UnclaimedRoutes(handlers));
        });
        http.authenticationProvider(accounts);
        var signedPosts = rules.stream().flatMap(r -> r.postsWithoutCsrfToken().stream())
                .map(path -> org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.POST, path))
                .toArray(org.springframework.security.web.util.matcher.RequestMatcher[]::new);
        if (signedPosts.length > 0) {
            http.csrf(csrf -> csrf.ignoringRequestMatchers(signedPosts));
        }
        // one failure URL for every reason: the page must not tell which one it was
        http.formLogin(login -> login.loginPage("/login").usernameParameter("email").passwordParameter("password")
                .successHandler(completion).failureUrl("/login?error").permitAll());
        http.exceptionHandling(e -> e.accessDeniedHandler(new SecondFactorDeniedHandler()));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    /**
     * Hashes are prefixed with their algorithm ({@code {bcrypt-sha256}...}) so the cost or the
     * algorithm can be raised later while old hashes keep working. bcrypt cost 12: about a quarter of a
     * second per guess on a server core; see {@link BcryptSha256PasswordEncoder} for the pre-hash.
     * Plain {@code {bcrypt}} hashes are still accepted.
     */
    @Bean
    static PasswordEncoder passwordEncoder(@Value("${bashke.security.bcrypt-strength:12}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt-sha256", Map.of(
                "bcrypt-sha256", new BcryptSha256PasswordEncoder(strength),
                "bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /** An admin can do all a secretariat member can; every role is also a member. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_SECRETARIAT
                ROLE_SECRETARIAT > ROLE_MEMBER
                ROLE_GOVERNMENT_OFFICER > ROLE_MEMBER
                ROLE_HUB_COORDINATOR > ROLE_MEMBER
                ROLE_CSO_REPRESENTATIVE > ROLE_MEMBER
                ROLE_COUNCIL_MEMBER > ROLE_MEMBER
                """);
    }
}

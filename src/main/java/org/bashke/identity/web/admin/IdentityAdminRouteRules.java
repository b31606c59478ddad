package org.bashke.identity.web.admin;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the administration of people, invitations and affiliations, and the public pages
 * beside them. Only the paths of this part are claimed: other modules' /admin pages (audit,
 * organisations, outbox) keep their own, possibly stricter, rules.
 */
@Configuration(proxyBeanMethods = false)
class IdentityAdminRouteRules {

    @Bean
    RouteRules identityAdminRoutes() {
        return routes -> routes
                .requestMatchers("/admin", "/admin/").hasRole("SECRETARIAT")
                .requestMatchers("/admin/users", "/admin/users/**").hasRole("SECRETARIAT")
                .requestMatchers("/admin/invitations", "/admin/invitations/**").hasRole("SECRETARIAT")
                .requestMatchers("/admin/affiliations", "/admin/affiliations/**").hasRole("SECRETARIAT")
                .requestMatchers("/invitation/**").permitAll()
                .requestMatchers("/people", "/people/**").permitAll()
                .requestMatchers("/account/organisations", "/account/organisations/**").hasRole("MEMBER");
    }
}

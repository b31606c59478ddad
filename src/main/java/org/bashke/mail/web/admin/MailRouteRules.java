package org.bashke.mail.web.admin;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailRouteRules {

    /** Mail holds other people's verification and reset links: admins only. */
    @Bean
    RouteRules mailRoutes() {
        return routes -> routes.requestMatchers("/admin/outbox", "/admin/outbox/**").hasRole("ADMIN");
    }
}

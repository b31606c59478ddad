package org.bashke.audit.web.admin;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditRouteRules {

    /** The log shows who did what to whom: admins only (not the secretariat, whose actions it records). */
    @Bean
    RouteRules auditRoutes() {
        return routes -> routes.requestMatchers("/admin/audit", "/admin/audit/**").hasRole("ADMIN");
    }
}

package org.bashke.portal.newsletter;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The archive of sent newsletters is public; writing and sending them is the secretariat's. */
@Configuration(proxyBeanMethods = false)
class NewsletterRouteRules {

    @Bean
    RouteRules portalNewsletterRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/newsletters", "/newsletters/{id}").permitAll()
                .requestMatchers("/admin/portal/newsletters", "/admin/portal/newsletters/**").hasRole("SECRETARIAT");
    }
}

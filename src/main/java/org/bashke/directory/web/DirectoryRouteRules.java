package org.bashke.directory.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may reach the directory's pages: reading is public, changing is the secretariat's. */
@Configuration(proxyBeanMethods = false)
class DirectoryRouteRules {

    @Bean
    RouteRules directoryRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/organisations", "/organisations/{id}", "/regions", "/regions/{code}",
                        "/municipalities", "/hubs", "/hubs/{code}").permitAll()
                .requestMatchers("/admin/organisations", "/admin/organisations/**", "/admin/hubs", "/admin/hubs/**")
                .hasRole("SECRETARIAT");
    }
}

package org.bashke.council.body.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class CouncilRouteRules {

    /**
     * Bodies, seats, declarations, work plans and open data are public. Filing a declaration and keeping a
     * work plan need an account (the use cases check membership / coordinator); managing bodies and seats is
     * the secretariat's.
     */
    @Bean
    RouteRules councilBodyRoutes() {
        return routes -> routes
                .requestMatchers("/admin/council/bodies", "/admin/council/bodies/**", "/admin/council/terms/**",
                        "/admin/council/seats/**").hasRole("SECRETARIAT")
                .requestMatchers("/council/declarations", "/council/declarations/**", "/council/bodies/*/work-plan",
                        "/council/bodies/*/work-plan/**").hasRole("MEMBER")
                .requestMatchers(HttpMethod.GET, "/council", "/council/bodies/*", "/council/open-data",
                        "/council/open-data/*").permitAll();
    }
}

package org.bashke.network.internship.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class InternshipRouteRules {

    /**
     * Open calls are public; applying, one's own page, selection and placements need a signed-in person (the use
     * cases check they are the call's selector, the intern or the mentor); running the programme is the
     * secretariat's.
     */
    @Bean
    RouteRules networkInternshipRoutes() {
        return routes -> routes
                .requestMatchers("/admin/network/internships", "/admin/network/internships/**").hasRole("SECRETARIAT")
                .requestMatchers("/network/internships/mine", "/network/internships/placements/**",
                        "/network/internships/*/selection", "/network/internships/*/selection/**",
                        "/network/internships/*/apply").hasRole("MEMBER")
                .requestMatchers(HttpMethod.GET, "/network/internships", "/network/internships/*").permitAll();
    }
}

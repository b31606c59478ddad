package org.bashke.council.election.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ElectionRouteRules {

    /**
     * Elections are public (the call, candidates, roll, count, ballots during inspection); candidates'
     * documents need a login; applying, asking to vote and voting need a CSO representative (whose
     * organisation the use cases check); running elections needs the secretariat.
     */
    @Bean
    RouteRules councilElectionRoutes() {
        return routes -> routes
                .requestMatchers("/admin/council/elections", "/admin/council/elections/**").hasRole("SECRETARIAT")
                .requestMatchers("/council/elections/*/apply", "/council/elections/*/vote").hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.POST, "/council/elections/*/register").hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.GET, "/council/elections/*/documents/*").hasRole("MEMBER")
                .requestMatchers(HttpMethod.GET, "/council/elections", "/council/elections/*", "/council/elections/*/ballots.csv").permitAll();
    }
}

package org.bashke.network.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class NetworkMemberRouteRules {

    /**
     * The member register and the adopted codes are public; applying, confirming and accepting are a CSO
     * representative's (the use cases check it is their organisation); running membership, the codes and
     * the governing bodies is the secretariat's.
     */
    @Bean
    RouteRules networkMemberRoutes() {
        return routes -> routes
                .requestMatchers("/admin/network/applications", "/admin/network/applications/**", "/admin/network/members",
                        "/admin/network/members/**", "/admin/network/code", "/admin/network/code/**",
                        "/admin/network/governance", "/admin/network/governance/**").hasRole("SECRETARIAT")
                .requestMatchers("/network/membership", "/network/membership/**").hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.POST, "/network/code/versions/*/accept").hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.GET, "/network", "/network/members", "/network/working-groups", "/network/code", "/network/code/versions/*").permitAll();
    }
}

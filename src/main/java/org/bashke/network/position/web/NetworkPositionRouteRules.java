package org.bashke.network.position.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class NetworkPositionRouteRules {

    /**
     * Adopted positions and the representation register are public; the member consultation, bulletins, member
     * documents and one's own representation reports need a signed-in person (the use cases then check that the
     * person speaks for an active member organisation or represents CiviKos); drafting, adopting, the register
     * and sending bulletins are the secretariat's.
     */
    @Bean
    RouteRules networkPositionRoutes() {
        return routes -> routes
                .requestMatchers("/admin/network/positions", "/admin/network/positions/**",
                        "/admin/network/representation", "/admin/network/representation/**",
                        "/admin/network/bulletins", "/admin/network/bulletins/**",
                        "/admin/network/member-documents", "/admin/network/member-documents/**").hasRole("SECRETARIAT")
                .requestMatchers(HttpMethod.GET, "/network/positions", "/network/positions/*", "/network/representation").permitAll()
                .requestMatchers("/network/member-consultations", "/network/member-consultations/**",
                        "/network/bulletins", "/network/bulletins/*", "/network/member-documents", "/network/member-documents/*",
                        "/network/my-representation", "/network/my-representation/**").hasRole("MEMBER");
    }
}

package org.bashke.council.voice.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class VoiceRouteRules {

    /**
     * Calls, positions and report-backs are public (which inputs a reader sees is decided per record);
     * input comes from CSO representatives (the use case checks for which CSO); the back office is for the
     * secretariat and the bodies' CSO members — seat holders need not hold a role, so the URL lets any
     * logged-in person in and the use cases turn away whoever holds no CSO seat of the body.
     */
    @Bean
    RouteRules councilVoiceRoutes() {
        return routes -> routes
                .requestMatchers("/admin/council/calls", "/admin/council/calls/**").hasRole("MEMBER")
                .requestMatchers(HttpMethod.POST, "/council/calls/*/inputs").hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.GET, "/council/calls", "/council/calls/*",
                        "/council/calls/*/inputs/*/files/*").permitAll();
    }
}

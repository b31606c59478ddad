package org.bashke.platform.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformRouteRules {

    @Bean
    RouteRules platformRoutes() {
        return routes -> routes
                .requestMatchers("/", "/accessibility", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                        "/favicon.ico", "/robots.txt").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/prometheus", "/actuator/info").permitAll()
                .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN");
    }
}

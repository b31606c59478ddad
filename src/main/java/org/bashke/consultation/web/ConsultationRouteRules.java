package org.bashke.consultation.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ConsultationRouteRules {

    /**
     * Consultations are public; commenting and following need an account; managing needs a government
     * officer (whose institution the use cases check) or the secretariat.
     */
    @Bean
    RouteRules consultationRoutes() {
        return routes -> routes
                .requestMatchers("/consultations/manage", "/consultations/manage/**").hasAnyRole("GOVERNMENT_OFFICER", "SECRETARIAT")
                .requestMatchers(HttpMethod.POST, "/consultations/*/comments", "/consultations/*/follow",
                        "/consultations/institutions/*/follow").hasRole("MEMBER")
                .requestMatchers(HttpMethod.GET, "/consultations", "/consultations/plans", "/consultations/*",
                        "/consultations/*/report", "/consultations/*/report.pdf", "/consultations/*/changes", "/consultations/compliance.csv", "/consultations/annual-report", "/consultations/annual-report.pdf", "/consultations/*/comments/*/attachment",
                        "/consultations/*/comments", "/consultations/*/documents/*").permitAll();
    }
}

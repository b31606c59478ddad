package org.bashke.reporting.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ReportingRouteRules {

    /** The results dashboard and its export are public. */
    @Bean
    RouteRules reportingRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/results", "/results.csv", "/results.xlsx", "/results.pdf", "/results.docx").permitAll();
    }
}

package org.bashke.monitoring.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class MonitoringRouteRules {

    /**
     * The tracker, obligations, scorecards, reports and open data are public. Progress is reported by
     * government officers (the use cases check the institution) and the secretariat; the CSO assessment by
     * Council members and the secretariat; the plan itself, the work plans and the annual report versions by the
     * secretariat. Work plans, published report versions and the open datasets are public.
     */
    @Bean
    RouteRules monitoringRoutes() {
        return routes -> routes
                .requestMatchers("/monitoring/admin", "/monitoring/admin/**").hasRole("SECRETARIAT")
                .requestMatchers("/monitoring/mine", "/monitoring/obligations/*/updates/new", "/monitoring/updates/*/edit")
                .hasAnyRole("GOVERNMENT_OFFICER", "SECRETARIAT")
                .requestMatchers(HttpMethod.POST, "/monitoring/obligations/*/deadline").hasAnyRole("GOVERNMENT_OFFICER", "SECRETARIAT")
                .requestMatchers("/monitoring/updates/*/assessment").hasAnyRole("COUNCIL_MEMBER", "SECRETARIAT")
                .requestMatchers(HttpMethod.GET, "/monitoring", "/monitoring/obligations/*", "/monitoring/evidence/*",
                        "/monitoring/scorecards", "/monitoring/strategies/*/report.pdf", "/monitoring/strategies/*/report.docx",
                        "/monitoring/obligations.csv", "/monitoring/obligations.json", "/monitoring/updates.atom",
                        "/monitoring/reports", "/monitoring/reports/*/*", "/monitoring/strategies/*/work-plans",
                        "/monitoring/strategies/*/work-plans/*", "/monitoring/open-data/*").permitAll();
    }
}

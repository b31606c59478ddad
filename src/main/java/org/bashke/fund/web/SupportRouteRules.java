package org.bashke.fund.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SupportRouteRules {

    /**
     * What the fund paid, its reports and its rules are public; claims, eligibility and bank details are for CSO
     * representatives (the use cases check it is their organisation; receipts are also open to the
     * secretariat, who reviews them); running the fund is the secretariat's.
     */
    @Bean
    RouteRules supportRoutes() {
        return routes -> routes
                .requestMatchers("/admin/support", "/admin/support/**").hasRole("SECRETARIAT")
                .requestMatchers(HttpMethod.GET, "/support/claims/*/receipts/*").hasAnyRole("CSO_REPRESENTATIVE", "SECRETARIAT")
                .requestMatchers("/support/claims", "/support/claims/**", "/support/eligibility", "/support/bank")
                        .hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.GET, "/support", "/support/paid.csv", "/support/rules", "/support/reports",
                        "/support/reports.csv", "/support/reports.xlsx", "/support/reports/annual.pdf").permitAll();
    }
}

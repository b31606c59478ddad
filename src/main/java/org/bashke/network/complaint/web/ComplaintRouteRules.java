package org.bashke.network.complaint.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ComplaintRouteRules {

    /**
     * How to complain and the published decisions are public; filing needs an account (the contact the handlers
     * answer through); a case is reached by signed-in people and the use case lets in only its handlers and,
     * once opened to it, the member concerned. The secretariat names the handling bodies.
     */
    @Bean
    RouteRules networkComplaintRoutes() {
        return routes -> routes
                .requestMatchers("/admin/network/complaints", "/admin/network/complaints/**").hasRole("SECRETARIAT")
                .requestMatchers(HttpMethod.GET, "/network/complaints", "/network/complaints/decisions").permitAll()
                .requestMatchers(HttpMethod.POST, "/network/complaints").hasRole("MEMBER")
                .requestMatchers("/network/complaints/mine", "/network/complaints/cases/**").hasRole("MEMBER");
    }
}

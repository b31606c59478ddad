package org.bashke.calendar.web.admin;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarRouteRules {

    /** The holiday table is the secretariat's (and so, by the role hierarchy, the admins'). */
    @Bean
    RouteRules calendarRoutes() {
        return routes -> routes.requestMatchers("/admin/holidays", "/admin/holidays/**").hasRole("SECRETARIAT");
    }
}

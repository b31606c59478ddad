package org.bashke.council.meeting.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Meetings and decisions are public (restricted papers are checked per paper in the controller); answering an
 * invitation and commenting on minutes need a login (membership is checked in the use case); the back office
 * is open at the URL to anyone logged in, because a body's officers need not be staff — every page and action
 * checks that the person is the secretariat or an officer of the meeting's body.
 */
@Configuration(proxyBeanMethods = false)
class MeetingRouteRules {

    @Bean
    RouteRules councilMeetingRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/council/meetings", "/council/meetings/{id}",
                        "/council/meetings/{id}/papers/{paperId}", "/council/meetings/{id}/papers/{paperId}/versions/{n}",
                        "/council/decisions", "/council/decisions/{id}", "/council/bodies/{id}/meetings.ics").permitAll()
                .requestMatchers("/council/meetings/{id}/invitation", "/council/meetings/{id}/minutes/{mid}/comments")
                .hasRole("MEMBER")
                .requestMatchers("/admin/council/meetings", "/admin/council/meetings/**").hasRole("MEMBER");
    }
}

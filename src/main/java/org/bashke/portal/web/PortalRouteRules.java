package org.bashke.portal.web;

import java.util.List;
import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Reading the portal is public; registering for an event needs a login; news and events admin is
 * open to hub coordinators at the URL level (their hub is checked per record in the use cases);
 * pages, the translation list and the search rebuild are the secretariat's.
 */
@Configuration(proxyBeanMethods = false)
class PortalRouteRules {

    @Bean
    RouteRules portalRoutes() {
        return new RouteRules() {
            @Override
            public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
                portalRules(routes);
            }

            /** The digest's one-click unsubscribe: the signed token in the link is the proof. */
            @Override
            public List<String> postsWithoutCsrfToken() {
                return List.of("/follow/unsubscribe");
            }
        };
    }

    private static void portalRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes
                .requestMatchers(HttpMethod.GET, "/news", "/news/{id}", "/news.atom", "/events", "/events.ics",
                        "/events/{id}", "/events/{id}.ics", "/pages/{slug}", "/search", "/portal/home", "/sitemap.xml",
                        "/publications", "/publications/{id}", "/publications/{id}/files/{language}",
                        "/follow", "/follow/confirm", "/follow/unsubscribe",
                        "/open-data", "/open-data/{dataset}.csv", "/api/openapi.json", "/api/news.json", "/api/events.json",
                        "/api/publications.json", "/api/search.json").permitAll()
                // following by e-mail needs no account: the signed link mailed to the address is the proof
                .requestMatchers(HttpMethod.POST, "/follow", "/follow/confirm", "/follow/unsubscribe").permitAll()
                .requestMatchers(HttpMethod.POST, "/follow/stop").hasRole("MEMBER")
                .requestMatchers(HttpMethod.POST, "/events/{id}/registration", "/events/{id}/registration/cancel")
                .hasRole("MEMBER")
                .requestMatchers("/admin/portal/pages", "/admin/portal/pages/**", "/admin/portal/translations",
                        "/admin/portal/search/**").hasRole("SECRETARIAT")
                .requestMatchers("/admin/portal", "/admin/portal/news", "/admin/portal/news/**", "/admin/portal/events",
                        "/admin/portal/events/**", "/admin/portal/publications", "/admin/portal/publications/**")
                .hasAnyRole("HUB_COORDINATOR", "SECRETARIAT");
    }
}

package org.bashke.dialogue.web;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class DialogueRouteRules {

    /**
     * Processes, initiatives, municipality pages and commitment trails are public; so are a process's
     * documents as a route (the controller hides restricted ones from outsiders). Running a process needs a government officer, a hub
     * coordinator or the secretariat (the use cases check which institution or region); the principle list is
     * the secretariat's. Proposing an initiative and giving a CSO's view of a process need a CSO
     * representative; supporting one a representative, a hub coordinator or the secretariat.
     */
    @Bean
    RouteRules dialogueRoutes() {
        return routes -> routes
                .requestMatchers("/dialogue/manage/principles", "/dialogue/manage/principles/**").hasRole("SECRETARIAT")
                .requestMatchers("/dialogue/manage", "/dialogue/manage/**").hasAnyRole("GOVERNMENT_OFFICER", "HUB_COORDINATOR", "SECRETARIAT")
                .requestMatchers("/dialogue/initiatives/new", "/dialogue/*/assess").hasRole("CSO_REPRESENTATIVE")
                .requestMatchers(HttpMethod.POST, "/dialogue/initiatives/*/support").hasAnyRole("CSO_REPRESENTATIVE", "HUB_COORDINATOR", "SECRETARIAT")
                .requestMatchers(HttpMethod.GET, "/dialogue", "/dialogue/*", "/dialogue/initiatives",
                        "/dialogue/initiatives/*", "/dialogue/initiatives/*/files/*", "/dialogue/municipalities/*",
                        "/dialogue/commitments/*", "/dialogue/*/documents/*").permitAll();
    }
}

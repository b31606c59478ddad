package org.bashke.identity.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.bashke.shared.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach the login, registration, password and account pages. */
@Configuration(proxyBeanMethods = false)
class IdentityRouteRules {

    @Bean
    RouteRules identityRoutes() {
        return routes -> routes
                // the second step of a login: only for someone who gave a right password and owes a code
                .requestMatchers(GET, "/login/2fa").hasAuthority(SecondFactor.CODE_REQUIRED)
                .requestMatchers(POST, "/login/2fa").hasAuthority(SecondFactor.CODE_REQUIRED)
                .requestMatchers(GET, "/login").permitAll()
                .requestMatchers(POST, "/login").permitAll()
                .requestMatchers(GET, "/register", "/register/verify", "/register/resend").permitAll()
                .requestMatchers(POST, "/register", "/register/resend").permitAll()
                .requestMatchers(GET, "/password/forgot", "/password/reset").permitAll()
                .requestMatchers(POST, "/password/forgot", "/password/reset").permitAll()
                // the link from the new mailbox is proof enough; the request itself needed the password
                .requestMatchers(GET, "/account/email/confirm").permitAll()
                // a role that requires 2FA without 2FA yet: enrolment is the only door open
                .requestMatchers(GET, "/account/2fa/setup").hasAnyAuthority("ROLE_MEMBER", SecondFactor.ENROLMENT_REQUIRED)
                .requestMatchers(POST, "/account/2fa/setup").hasAnyAuthority("ROLE_MEMBER", SecondFactor.ENROLMENT_REQUIRED)
                .requestMatchers(GET, "/account", "/account/password", "/account/email", "/account/2fa",
                        "/account/2fa/recovery-codes").hasRole("MEMBER")
                .requestMatchers(POST, "/account", "/account/password", "/account/email", "/account/2fa/disable",
                        "/account/2fa/recovery-codes").hasRole("MEMBER");
    }
}

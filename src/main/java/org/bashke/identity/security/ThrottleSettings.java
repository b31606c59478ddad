package org.bashke.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many attempts are allowed before a door closes for a while ({@code bashke.security.throttle.*}).
 * Login counts failures only; password-reset and verification-mail requests count every request,
 * since each one sends mail.
 */
@ConfigurationProperties("bashke.security.throttle")
public record ThrottleSettings(
        @DefaultValue("5") int loginPerAccount,
        @DefaultValue("20") int loginPerIp,
        @DefaultValue("15m") Duration loginWindow,
        @DefaultValue("5") int secondFactorPerAccount,
        @DefaultValue("15m") Duration secondFactorWindow,
        @DefaultValue("3") int mailPerAccount,
        @DefaultValue("10") int mailPerIp,
        @DefaultValue("1h") Duration mailWindow) {
}

package org.bashke.audit.command;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar bashke.jar --bashke.audit.verify=true} (or the program argument
 * {@code verify-audit}) runs the chain check and exits with 0 (intact) or 1 (broken). This runs
 * before the context is created, so the settings below apply to that run only.
 * Registered in {@code META-INF/spring.factories}.
 */
public class VerifyCommandMode implements EnvironmentPostProcessor {

    static final String PROPERTY = "bashke.audit.verify";
    static final String ARGUMENT = "verify-audit";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!requested(environment, application)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("bashke-audit-verify", Map.of(
                PROPERTY, "true",
                // the web security configuration needs a servlet context, so the server starts, but on a
                // free port (never clashing with a running site) and only for as long as the check runs
                "server.port", "0",
                "spring.main.banner-mode", "off",
                "bashke.demo.enabled", "false")));
    }

    static boolean requested(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(PROPERTY, Boolean.class, false)) {
            return true;
        }
        String nonOptionArgs = environment.getProperty("nonOptionArgs");
        return nonOptionArgs != null && Arrays.asList(nonOptionArgs.split(",")).contains(ARGUMENT);
    }
}

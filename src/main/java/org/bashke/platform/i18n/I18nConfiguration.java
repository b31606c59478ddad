package org.bashke.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import org.bashke.platform.LanguageChosen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Languages: every module keeps its interface text in {@code i18n/<module>_{sq,sr,en}.properties};
 * all of them are found at start. The reader's choice sticks in a cookie ({@code ?lang=sr-Cyrl} on
 * any page switches), and for a logged-in person in the account too.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    static final String COOKIE = Languages.COOKIE;
    static final String PARAM = "lang";

    private final ApplicationEventPublisher events;

    I18nConfiguration(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> basenames = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_sq.properties")) {
            String file = r.getFilename();
            basenames.add("classpath:i18n/" + file.substring(0, file.length() - "_sq.properties".length()));
        }
        ScriptAwareMessageSource source = new ScriptAwareMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Languages.ALBANIAN);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Languages.ALBANIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** {@code ?lang=} on any page: remember the choice, and tell identity when someone is logged in. */
    private final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String tag = request.getParameter(PARAM);
            if (tag == null || !Languages.isSupportedTag(tag)) {
                return true;
            }
            Locale locale = Languages.fromTag(tag);
            LocaleResolver resolver = org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, locale);
            }
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                    .anyMatch(a -> "ROLE_MEMBER".equals(a.getAuthority()))) {
                events.publishEvent(new LanguageChosen(auth.getName(), locale.toLanguageTag()));
            }
            return true;
        }
    }
}

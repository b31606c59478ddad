package org.bashke.platform.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link PublicPageCache} in front of everything but the page counter, and empties it when one of
 * our modules announces a change. {@code bashke.page-cache.ttl=0} turns it off (the test profile does,
 * so that tests writing straight to the database see their rows; {@code PublicPageCacheIntegrationTest}
 * runs with it on).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPageCaching.Settings.class)
class PublicPageCaching {

    /** Just after the page counter ({@code HIGHEST_PRECEDENCE}), so a page served from here is still counted. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    /**
     * @param ttl        how old a kept page may get (for what changes with the clock alone); zero turns caching off
     * @param maxEntries how many pages (address and language) are kept at most
     * @param maxBytes   a page larger than this is not kept
     * @param paths      the public pages kept, as path patterns
     */
    @ConfigurationProperties("bashke.page-cache")
    record Settings(Duration ttl, Integer maxEntries, Integer maxBytes, List<String> paths) {
        Settings {
            ttl = ttl == null ? Duration.ofSeconds(30) : ttl;
            maxEntries = maxEntries == null ? 2_000 : maxEntries;
            maxBytes = maxBytes == null ? 512 * 1024 : maxBytes;
            paths = paths == null ? List.of("/", "/portal/home", "/news", "/hubs", "/hubs/{code}", "/events", "/publications",
                    "/council", "/consultations", "/monitoring", "/dialogue", "/network", "/results", "/search") : paths;
        }

        boolean on() {
            return !ttl.isZero() && !ttl.isNegative();
        }
    }

    @Bean
    PublicPageCache publicPageCache(Settings settings, LocaleResolver locales) {
        return new PublicPageCache(settings.on() ? settings.ttl() : Duration.ofNanos(1), settings.maxEntries(), settings.maxBytes(),
                settings.on() ? settings.paths() : List.of(), locales::resolveLocale);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(ORDER);
        registration.setName("publicPageCache");
        return registration;
    }

    @Bean
    ChangeListener publicPageCacheInvalidation(PublicPageCache cache) {
        return new ChangeListener(cache);
    }

    /** Any event of ours may change a public page: the cache is emptied once its transaction has committed. */
    static final class ChangeListener {
        private final PublicPageCache cache;

        ChangeListener(PublicPageCache cache) {
            this.cache = cache;
        }

        @EventListener
        void on(Object event) {
            if (!event.getClass().getName().startsWith("org.bashke.")) {
                return;
            }
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        cache.invalidate();
                    }
                });
            } else {
                cache.invalidate();
            }
        }
    }
}

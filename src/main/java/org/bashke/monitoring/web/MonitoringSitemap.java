package org.bashke.monitoring.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Monitoring's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class MonitoringSitemap {

    @Bean
    SitemapSource monitoringSitemapPages() {
        return SitemapSource.lists("/monitoring", "/monitoring/reports", "/monitoring/scorecards");
    }
}

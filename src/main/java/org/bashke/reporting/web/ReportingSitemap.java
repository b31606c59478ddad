package org.bashke.reporting.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reporting's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class ReportingSitemap {

    @Bean
    SitemapSource reportingSitemapPages() {
        return SitemapSource.lists("/results");
    }
}

package org.bashke.fund.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The participation fund's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class FundSitemap {

    @Bean
    SitemapSource fundSitemapPages() {
        return SitemapSource.lists("/support", "/support/rules", "/support/reports");
    }
}

package org.bashke.network.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class NetworkSitemap {

    @Bean
    SitemapSource networkSitemapPages() {
        return SitemapSource.lists("/network", "/network/members", "/network/positions", "/network/representation", "/network/code", "/network/internships");
    }
}

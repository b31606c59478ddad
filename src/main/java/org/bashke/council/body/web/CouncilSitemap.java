package org.bashke.council.body.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Council's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class CouncilSitemap {

    @Bean
    SitemapSource councilSitemapPages() {
        return SitemapSource.lists("/council", "/council/meetings", "/council/decisions", "/council/elections", "/council/calls");
    }
}

package org.bashke.dialogue.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dialogue's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class DialogueSitemap {

    @Bean
    SitemapSource dialogueSitemapPages() {
        return SitemapSource.lists("/dialogue", "/dialogue/initiatives", "/dialogue/municipalities");
    }
}

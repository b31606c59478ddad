package org.bashke.consultation.web;

import org.bashke.portal.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Consultation's public lists in the portal's {@code sitemap.xml}. */
@Configuration(proxyBeanMethods = false)
class ConsultationSitemap {

    @Bean
    SitemapSource consultationSitemapPages() {
        return SitemapSource.lists("/consultations", "/consultations/plans", "/consultations/annual-report");
    }
}

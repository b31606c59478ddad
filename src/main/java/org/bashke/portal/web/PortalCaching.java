package org.bashke.portal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public portal pages and feeds answer with an ETag, so a reader's browser, a feed reader or a proxy
 * that already has the page gets a 304 instead of the bytes again.
 */
@Configuration(proxyBeanMethods = false)
class PortalCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> portalEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        // weak: the same page leaves compressed or not (Tomcat compresses nothing that has a strong ETag)
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/", "/news", "/news/*", "/news.atom", "/events", "/events/*", "/events.ics", "/pages/*", "/portal/home",
                "/publications", "/open-data", "/open-data/*", "/api/*", "/newsletters", "/newsletters/*");
        registration.setName("portalEtags");
        return registration;
    }
}

package org.bashke.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The style sheet is addressed by its content ({@code /css/bashke-<md5>.css}), so a browser keeps it for a
 * year and still gets a changed one at once. The page frame gets this one address from {@link LayoutAdvice}: Spring's filter that rewrites every link of a page looked each link up on the class
 * path, on every page, and made pages several times slower.
 */
@Configuration(proxyBeanMethods = false)
class StyleSheets implements WebMvcConfigurer {

    static final String PATH = "/css/bashke.css";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}

package org.bashke.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.bashke.platform.i18n.Languages;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame needs: the language switcher, the page's own language tag, the style sheet. */
@ControllerAdvice
class LayoutAdvice {

    private final ResourceUrlProvider resources;

    LayoutAdvice(@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resources) {
        this.resources = resources;
    }

    /** The style sheet's address by its content (see {@link StyleSheets}). */
    @ModelAttribute("styleSheet")
    String styleSheet() {
        String versioned = resources.getForLookupPath(StyleSheets.PATH);
        return versioned == null ? StyleSheets.PATH : versioned;
    }

    /** One entry of the language switcher. {@code labelKey} names the language in its own words. */
    public record LanguageLink(String tag, String labelKey, String href, boolean current) {
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        String currentTag = Languages.fromTag(locale.toLanguageTag()).toLanguageTag();
        return Languages.SUPPORTED.stream().map(l -> {
            String tag = l.toLanguageTag();
            String href = "GET".equals(request.getMethod())
                    ? ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", tag).build().toUriString()
                    : "/?lang=" + tag;
            return new LanguageLink(tag, "verbatim.language." + tag, relative(href), tag.equals(currentTag));
        }).toList();
    }

    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return Languages.fromTag(locale.toLanguageTag()).toLanguageTag();
    }

    private static String relative(String href) {
        int scheme = href.indexOf("://");
        if (scheme < 0) {
            return href;
        }
        int path = href.indexOf('/', scheme + 3);
        return path < 0 ? "/" : href.substring(path);
    }
}

package org.bashke.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.bashke.platform.i18n.Languages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame needs: the language switcher and the page's own language tag. */
@ControllerAdvice
class LayoutAdvice {

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

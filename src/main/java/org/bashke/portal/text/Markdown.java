package org.bashke.portal.text;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Editors write Markdown; readers get HTML that has been through an allow-list sanitiser, so neither a
 * mistaken nor a hostile editor can put script, event handlers or javascript: links on a public page.
 * Raw HTML inside the Markdown is escaped by the renderer and the sanitiser runs anyway (defence in depth).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowUrlProtocols("https", "http", "mailto").allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("ul", "ol", "li", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th", "td")
                    // images only over https and only with a text alternative: an image without alt is dropped
                    .allowElements((name, attrs) -> hasAlt(attrs) ? name : null, "img")
                    .allowAttributes("src").matching(Pattern.compile("https://\\S+")).onElements("img")
                    .allowAttributes("alt").onElements("img")
                    .toFactory());

    private static boolean hasAlt(List<String> attrs) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if ("alt".equals(attrs.get(i)) && !attrs.get(i + 1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Markdown() {
    }

    /** Safe HTML for {@code th:utext}. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitize(HTML.render(PARSER.parse(markdown)));
    }

    /** Any HTML through the allow-list. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The words without markup, for the search index and feeds' summaries. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown)).strip();
    }
}

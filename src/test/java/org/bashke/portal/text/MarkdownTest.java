package org.bashke.portal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void the_sanitiser_strips_script_and_event_handlers() {
        String html = Markdown.toSafeHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n**bold**");
        // raw HTML in Markdown comes out as inert text: no tag, no attribute
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("<[^>]*onerror")
                .contains("<strong>bold</strong>");
        assertThat(Markdown.sanitize("<p onclick=\"x()\">a</p><script>b()</script>")).isEqualTo("<p>a</p>");
    }

    @Test
    void javascript_links_are_dropped_and_web_links_kept() {
        assertThat(Markdown.toSafeHtml("[x](javascript:alert(1))")).doesNotContain("javascript");
        assertThat(Markdown.toSafeHtml("[CiviKos](https://civikos.example)")).contains("href=\"https://civikos.example\"");
    }

    @Test
    void images_need_a_text_alternative_and_a_secure_address() {
        assertThat(Markdown.toSafeHtml("![Takimi në Prizren](https://img.example/a.jpg)"))
                .contains("<img").contains("alt=\"Takimi në Prizren\"").contains("src=\"https://img.example/a.jpg\"");
        assertThat(Markdown.toSafeHtml("![](https://img.example/a.jpg)")).doesNotContain("<img");
        assertThat(Markdown.toSafeHtml("![x](http://img.example/a.jpg)")).doesNotContain("src=");
    }

    @Test
    void plain_text_has_no_markup() {
        assertThat(Markdown.toPlainText("# Title\n\n*em* text")).doesNotContain("#").doesNotContain("*").contains("em text");
    }
}

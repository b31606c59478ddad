package org.bashke.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bashke.identity.Principals;
import org.bashke.portal.content.ScheduledPublishing;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The platform's page cache with the portal's real pages: who gets kept bytes, and when they are dropped. */
@IntegrationTest
@TestPropertySource(properties = "bashke.page-cache.ttl=10m")
class PublicPageCacheIntegrationTest {

    private static final String HEADER = "X-Page-Cache";

    private final MockMvc mvc;
    private final ScheduledPublishing scheduledPublishing;
    private final JdbcTemplate jdbc;

    @Autowired
    PublicPageCacheIntegrationTest(MockMvc mvc, ScheduledPublishing scheduledPublishing, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.scheduledPublishing = scheduledPublishing;
        this.jdbc = jdbc;
    }

    private static RequestPostProcessor secretariat() {
        return user(Principals.of(900_101L, "cache-sek@example.org", "cache-sek@example.org", Map.of(Role.SECRETARIAT, Set.of())));
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private long draftNews(String title) throws Exception {
        String location = mvc.perform(post("/admin/portal/news").with(secretariat()).with(csrf())
                        .param("titleSq", title).param("summarySq", "Përmbledhje " + title).param("bodySq", "Tekst " + title)
                        .param("hubId", "").param("original", "SQ"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/admin/portal/news/(\\d+)/edit$", "$1"));
    }

    @Test
    void a_visitor_gets_the_kept_page_with_its_headers_and_a_304_when_it_has_it() throws Exception {
        mvc.perform(post("/follow/nothing-here").with(csrf())); // any write empties the cache: start from nothing
        MockHttpServletResponse first = fetch(get("/"));
        MockHttpServletResponse second = fetch(get("/"));

        assertThat(first.getHeader(HEADER)).isEqualTo("miss");
        assertThat(second.getHeader(HEADER)).isEqualTo("hit");
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
        for (String header : new String[] {"ETag", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"}) {
            assertThat(second.getHeader(header)).as(header).isNotNull().isEqualTo(first.getHeader(header));
        }
        assertThat(second.getHeaders("Cache-Control")).containsExactly("private, no-cache");
        assertThat(first.getHeaders("Cache-Control")).containsExactly("private, no-cache");
        assertThat(second.getHeader("Vary")).isEqualTo("Cookie");
        mvc.perform(get("/").header("If-None-Match", second.getHeader("ETag"))).andExpect(status().isNotModified());
    }

    @Test
    void each_language_has_its_own_page() throws Exception {
        String albanian = fetch(get("/")).getContentAsString();
        MockHttpServletResponse english = fetch(get("/").cookie(new Cookie("bashke_lang", "en")));
        MockHttpServletResponse cyrillic = fetch(get("/").cookie(new Cookie("bashke_lang", "sr-Cyrl")));

        assertThat(albanian).contains("lang=\"sq\"");
        assertThat(english.getContentAsString()).contains("lang=\"en\"");
        assertThat(cyrillic.getContentAsString()).contains("lang=\"sr-Cyrl\"");
        assertThat(fetch(get("/").cookie(new Cookie("bashke_lang", "en"))).getContentAsString()).contains("lang=\"en\"");
    }

    @Test
    void someone_with_a_session_is_always_served_fresh() throws Exception {
        fetch(get("/"));
        fetch(get("/"));
        MockHttpServletResponse signedIn = fetch(get("/").with(secretariat()).cookie(new Cookie("BASHKE_SESSION", UUID.randomUUID().toString())));

        assertThat(signedIn.getHeader(HEADER)).isNull();
        assertThat(signedIn.getContentAsString()).contains("/logout").contains("/admin");
        assertThat(fetch(get("/")).getContentAsString()).doesNotContain("/logout");
    }

    @Test
    void news_published_by_a_form_or_by_the_scheduler_is_on_the_next_page_served() throws Exception {
        String byForm = "Lajm i freskët " + UUID.randomUUID();
        long first = draftNews(byForm);
        fetch(get("/news"));
        assertThat(fetch(get("/news")).getHeader(HEADER)).isEqualTo("hit");
        mvc.perform(post("/admin/portal/news/" + first + "/submit").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/portal/news/" + first + "/publish").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fetch(get("/news")).getContentAsString()).contains(byForm);

        String byScheduler = "Lajm i planifikuar " + UUID.randomUUID();
        long second = draftNews(byScheduler);
        mvc.perform(post("/admin/portal/news/" + second + "/submit").with(secretariat()).with(csrf()));
        mvc.perform(post("/admin/portal/news/" + second + "/schedule").with(secretariat()).with(csrf())
                .param("publishAt", "2099-01-01T10:00")).andExpect(status().is3xxRedirection());
        fetch(get("/news"));
        assertThat(fetch(get("/news")).getHeader(HEADER)).isEqualTo("hit");
        // the time comes (moved into the past rather than waited for); no request is made: only the job's event can tell the cache
        jdbc.update("UPDATE portal_article SET publish_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(5)), second);
        assertThat(fetch(get("/news")).getContentAsString()).as("the direct write alone announces nothing").doesNotContain(byScheduler);
        scheduledPublishing.publishDue();

        MockHttpServletResponse after = fetch(get("/news"));
        assertThat(after.getHeader(HEADER)).isEqualTo("miss");
        assertThat(after.getContentAsString()).contains(byScheduler);
    }

    @Test
    void pages_not_listed_and_answers_other_than_a_page_are_not_kept() throws Exception {
        fetch(get("/organisations"));
        assertThat(fetch(get("/organisations")).getHeader(HEADER)).isNull();
        mvc.perform(get("/hubs/NO-SUCH-HUB")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/hubs/NO-SUCH-HUB")).andReturn().getResponse().getHeader(HEADER)).isEqualTo("miss");
        fetch(get("/?lang=en"));
        assertThat(fetch(get("/?lang=en")).getHeader(HEADER)).isNull();
    }
}

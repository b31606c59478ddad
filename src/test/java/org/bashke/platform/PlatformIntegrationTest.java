package org.bashke.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlatformIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_home_page_speaks_albanian_by_default() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"sq\">")))
                .andExpect(content().string(containsString("Kalo te përmbajtja kryesore")));
    }

    @Test
    void a_reader_switches_to_serbian_cyrillic_and_the_choice_sticks_in_a_cookie() throws Exception {
        mvc.perform(get("/").param("lang", "sr-Cyrl"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", containsString("bashke_lang=sr-Cyrl")))
                .andExpect(content().string(containsString("Пређи на главни садржај")))
                .andExpect(content().string(containsString(">Bashkë<")));
        mvc.perform(get("/").cookie(new Cookie("bashke_lang", "sr-Cyrl")))
                .andExpect(content().string(containsString("<html lang=\"sr-Cyrl\">")));
        mvc.perform(get("/").cookie(new Cookie("bashke_lang", "en")))
                .andExpect(content().string(containsString("Skip to main content")));
    }

    @Test
    void an_unknown_page_is_a_404_in_the_readers_language() throws Exception {
        mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML).cookie(new Cookie("bashke_lang", "en")))
                .andExpect(status().isNotFound());
    }

    @Test
    void every_page_carries_a_content_security_policy_without_unsafe_inline() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void health_is_up_on_the_embedded_database_without_smtp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void the_embedded_database_acknowledges_a_commit_only_once_it_is_on_disk() {
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("show server_version_num", Integer.class)).isGreaterThanOrEqualTo(150000);
    }
}

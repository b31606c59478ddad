package org.bashke.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * sitemap.xml lists every newsletter sent and never a draft, and every public list a reader reaches from the
 * menu or the footer, those of other modules included (contributed through {@code SitemapSource}).
 */
@IntegrationTest
class SitemapIntegrationTest {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    final MockMvc mvc;
    final JdbcTemplate jdbc;

    @Autowired
    SitemapIntegrationTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @Test
    void a_sent_newsletter_is_listed_and_a_draft_is_not() throws Exception {
        long sent = newsletter("SENT");
        long sending = newsletter("SENDING");
        long draft = newsletter("DRAFT");
        List<String> paths = paths();
        assertThat(paths).contains("/newsletters/" + sent, "/newsletters/" + sending).doesNotContain("/newsletters/" + draft);
    }

    @Test
    void every_public_list_of_the_menu_and_the_footer_is_listed_once() throws Exception {
        List<String> paths = paths();
        assertThat(paths).contains("/", "/news", "/events", "/publications", "/newsletters", "/follow", "/open-data",
                "/organisations", "/people", "/hubs", "/regions", "/municipalities",
                "/council", "/council/meetings", "/council/decisions", "/council/elections", "/council/calls",
                "/monitoring", "/monitoring/reports", "/consultations", "/dialogue", "/dialogue/municipalities",
                "/network", "/support", "/support/reports", "/results");
        assertThat(paths).doesNotHaveDuplicates();
        for (String list : List.of("/results", "/network", "/dialogue/municipalities", "/monitoring/reports", "/support/reports",
                "/newsletters", "/council/decisions")) {
            mvc.perform(get(list)).andExpect(status().isOk());
        }
    }

    private long newsletter(String status) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                INSERT INTO portal_newsletter (original, subject_sq, body_sq, status, created_at, updated_at, send_requested_at, sent_at)
                VALUES ('sq', 'Buletini i hartës', 'Lajme.', ?, ?, ?, ?, ?) RETURNING id""", Long.class, status, now, now,
                "DRAFT".equals(status) ? null : now, "SENT".equals(status) ? now : null);
    }

    /** The paths of every {@code <loc>}, parsed as XML in the sitemaps namespace. */
    private List<String> paths() throws Exception {
        byte[] xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList locs = doc.getElementsByTagNameNS(NS, "loc");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            paths.add(java.net.URI.create(loc).getRawPath().isEmpty() ? "/" : java.net.URI.create(loc).getRawPath());
        }
        assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml");
        return paths;
    }
}

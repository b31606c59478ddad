package org.bashke.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.portal.search.SearchIndex;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class OpenDataIntegrationTest {

    final MockMvc mvc;
    final SearchIndex index;

    @Autowired
    OpenDataIntegrationTest(MockMvc mvc, SearchIndex index) {
        this.mvc = mvc;
        this.index = index;
    }

    static String unique() {
        StringBuilder s = new StringBuilder("Od");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** The paths of the OpenAPI document, read as text: the document is the contract, so read it as a client would. */
    static List<String> documentedPaths() throws Exception {
        String doc = new String(new ClassPathResource("portal/openapi.json").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String paths = doc.substring(doc.indexOf("\"paths\""), doc.indexOf("\"components\""));
        Matcher m = Pattern.compile("\"(/[^\"]+)\"\\s*:\\s*\\{").matcher(paths);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void every_path_the_openapi_document_lists_answers() throws Exception {
        List<String> paths = documentedPaths();
        assertThat(paths).contains("/api/news.json", "/api/events.json", "/api/publications.json", "/api/search.json",
                "/open-data/news.csv", "/open-data/events.csv", "/open-data/publications.csv");
        for (String path : paths) {
            MvcResult r = mvc.perform(get(path).param("q", "konsultim")).andReturn();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(r.getResponse().getContentType()).as(path).startsWith(path.endsWith(".csv") ? "text/csv" : "application/json");
        }
    }

    @Test
    void the_openapi_document_is_served_and_names_its_version() throws Exception {
        String doc = mvc.perform(get("/api/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("\"openapi\": \"3.1.0\"");
    }

    @Test
    void the_api_answers_with_an_etag_and_a_304_when_nothing_changed() throws Exception {
        MvcResult first = mvc.perform(get("/api/news.json")).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/news.json").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void a_page_is_never_larger_than_a_hundred_items() throws Exception {
        String body = mvc.perform(get("/api/events.json").param("size", "100000")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"size\":100");
    }

    @Test
    void the_csv_of_news_has_the_columns_of_its_dictionary() throws Exception {
        String csv = mvc.perform(get("/open-data/news.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", PortalOpenData.NEWS.columns()));
        String page = mvc.perform(get("/open-data")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (Dataset d : PortalOpenData.ALL) {
            assertThat(page).contains("/open-data/" + d.name() + ".csv").contains("/api/" + d.name() + ".json");
        }
    }

    @Test
    void an_unknown_dataset_is_not_found() throws Exception {
        mvc.perform(get("/open-data/secrets.csv")).andExpect(status().isNotFound());
    }

    @Test
    void search_is_filtered_by_date_range_and_counted_by_type() throws Exception {
        String word = unique();
        ZoneId kosovo = ZoneId.of("Europe/Belgrade");
        Instant june = LocalDate.of(2025, 6, 15).atTime(12, 0).atZone(kosovo).toInstant();
        Instant october = LocalDate.of(2025, 10, 15).atTime(12, 0).atZone(kosovo).toInstant();
        index.apply(PublicRecordChanged.published("consultation", "consultation", unique(),
                LocalizedText.of(Language.SQ, "Konsultim " + word, null, null), null, "/consultations/x", "PRZ", june));
        index.apply(PublicRecordChanged.published("portal", "news", unique(),
                LocalizedText.of(Language.SQ, "Lajm " + word, null, null), null, "/news/x", "PRZ", october));

        String all = json("/api/search.json?q=" + word);
        assertThat(all).contains("\"total\":2").contains("\"capped\":false").contains("\"consultation\":1").contains("\"news\":1");
        String summer = json("/api/search.json?q=" + word + "&from=2025-06-01&to=2025-06-30");
        assertThat(summer).contains("\"total\":1").contains("Konsultim" + word).doesNotContain("Lajm" + word);
        // the day named in "to" is included, in Kosovo's time
        assertThat(json("/api/search.json?q=" + word + "&from=2025-10-15&to=2025-10-15")).contains("\"total\":1");
        // by region: Prizren's records are its hub's
        assertThat(json("/api/search.json?q=" + word + "&region=PRZ")).contains("\"total\":2");
        assertThat(json("/api/search.json?q=" + word + "&hub=PEJ")).contains("\"total\":0");

        String page = mvc.perform(get("/search").param("q", word).param("from", "2025-06-01").param("to", "2025-06-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Konsultim").doesNotContain("Lajm <mark>");
    }

    String json(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace(" ", "");
    }
}

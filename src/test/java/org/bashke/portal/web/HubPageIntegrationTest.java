package org.bashke.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.identity.Principals;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A hub's page gathers its region from every module: its news and events, dialogue and municipal consultations. */
@IntegrationTest
class HubPageIntegrationTest {

    private final MockMvc mvc;
    private final Directory directory;

    @Autowired
    HubPageIntegrationTest(MockMvc mvc, Directory directory) {
        this.mvc = mvc;
        this.directory = directory;
    }

    private RequestPostProcessor coordinatorOf(HubSummary hub) {
        return user(Principals.of(900_201L, "hub-page@example.org", "hub-page@example.org", Map.of(Role.HUB_COORDINATOR, Set.of(hub.id()))));
    }

    private long idFrom(String location) {
        return Long.parseLong(location.replaceAll("\\D+(\\d+)\\D*", "$1"));
    }

    private Document page(String path, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(new Cookie("bashke_lang", language))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void prizrens_page_shows_its_news_its_next_event_its_dialogue_and_its_municipalities_consultations() throws Exception {
        HubSummary prizren = directory.hub("PRZ").orElseThrow();
        HubSummary peja = directory.hub("PEJ").orElseThrow();
        String news = "Lajm i qendrës " + UUID.randomUUID();
        long newsId = idFrom(mvc.perform(post("/admin/portal/news").with(coordinatorOf(prizren)).with(csrf())
                        .param("titleSq", news).param("summarySq", "Përmbledhje").param("bodySq", "Tekst")
                        .param("hubId", String.valueOf(prizren.id())).param("original", "SQ"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/admin/portal/news/" + newsId + "/submit").with(coordinatorOf(prizren)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/portal/news/" + newsId + "/publish").with(coordinatorOf(prizren)).with(csrf())).andExpect(status().is3xxRedirection());
        String event = "Takim i qendrës " + UUID.randomUUID();
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).plusMinutes(30).withSecond(0).withNano(0);
        DateTimeFormatter form = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        long eventId = idFrom(mvc.perform(post("/admin/portal/events").with(coordinatorOf(prizren)).with(csrf())
                        .param("titleSq", event).param("hubId", String.valueOf(prizren.id())).param("place", "Prizren")
                        .param("startsAt", form.format(soon)).param("endsAt", form.format(soon.plusHours(2))).param("capacity", "30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/admin/portal/events/" + eventId + "/publish").with(coordinatorOf(prizren)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document albanian = page("/hubs/PRZ", "sq");
        assertThat(albanian.select("h2").eachText()).contains("Lajmet e qendrës", "Ngjarjet e ardhshme të qendrës",
                "Dialogu në rajonin e qendrës", "Konsultimet e komunave të rajonit");
        assertThat(albanian.select("a[href=/news/" + newsId + "]").text()).isEqualTo(news);
        assertThat(albanian.select("a[href=/events/" + eventId + "]").text()).isEqualTo(event);
        assertThat(albanian.select("a[href=/news?hub=PRZ]")).isNotEmpty();
        assertThat(albanian.select("a[href=/dialogue?hub=PRZ]")).isNotEmpty();
        // the demo forum of Prizren, or processes other tests started there since
        assertThat(albanian.select("li.card a[href~=^/dialogue/\\d+$]")).isNotEmpty();

        Document english = page("/hubs/PRZ", "en");
        assertThat(english.select("h2").eachText()).contains("News from the hub", "Dialogue in the hub's region");

        Document pejasPage = page("/hubs/PEJ", "sq");
        assertThat(pejasPage.select("a[href=/news/" + newsId + "]")).as("Prizren's news is not Peja's").isEmpty();
        assertThat(pejasPage.text()).doesNotContain("Forumi komunal për buxhetin participues të Prizrenit");
        assertThat(peja.code()).isEqualTo("PEJ");
    }
}

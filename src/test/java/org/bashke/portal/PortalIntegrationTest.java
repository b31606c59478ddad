package org.bashke.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.ScheduledPublishing;
import org.bashke.portal.events.EventDetails;
import org.bashke.portal.events.EventRegistrations;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.portal.search.PortalSearch;
import org.bashke.portal.search.SearchHit;
import org.bashke.portal.search.SearchIndex;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;

@IntegrationTest
class PortalIntegrationTest {

    final MockMvc mvc;
    final Directory directory;
    final Articles articles;
    final ScheduledPublishing scheduledPublishing;
    final EventRegistrations registrations;
    final PortalEvents events;
    final SearchIndex index;
    final PortalSearch search;
    final JdbcTemplate jdbc;
    final org.bashke.portal.events.EventReminders reminders;

    @Autowired
    PortalIntegrationTest(MockMvc mvc, Directory directory, Articles articles, ScheduledPublishing scheduledPublishing,
                          EventRegistrations registrations, PortalEvents events, SearchIndex index, PortalSearch search, JdbcTemplate jdbc,
                          org.bashke.portal.events.EventReminders reminders) {
        this.reminders = reminders;
        this.mvc = mvc;
        this.directory = directory;
        this.articles = articles;
        this.scheduledPublishing = scheduledPublishing;
        this.registrations = registrations;
        this.events = events;
        this.index = index;
        this.search = search;
        this.jdbc = jdbc;
    }

    /** A person acting with these scoped roles (identity's {@code Principals}). */
    static RequestPostProcessor principal(long accountId, String email, Map<Role, Set<Long>> scopes) {
        return user(org.bashke.identity.Principals.of(accountId, email, email, scopes));
    }

    static String uniqueWord() {
        StringBuilder s = new StringBuilder("Qx");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    HubSummary hub(String code) {
        return directory.hub(code).orElseThrow();
    }

    static RequestPostProcessor secretariat() {
        return principal(900_001L, "sek@example.org", Map.of(Role.SECRETARIAT, Set.of()));
    }

    static RequestPostProcessor coordinatorOf(HubSummary hub) {
        return principal(900_002L, "koord@example.org", Map.of(Role.HUB_COORDINATOR, Set.of(hub.id())));
    }

    /** Creates a news item through the admin form; returns its id. */
    long createNews(RequestPostProcessor who, Long hubId, String title) throws Exception {
        MvcResult r = mvc.perform(post("/admin/portal/news").with(who).with(csrf())
                        .param("titleSq", title).param("summarySq", "Përmbledhje " + title).param("bodySq", "Tekst **" + title + "**")
                        .param("hubId", hubId == null ? "" : hubId.toString()).param("original", "SQ"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/admin/portal/news/(\\d+)/edit$", "$1"));
    }

    void publishNews(RequestPostProcessor who, long id) throws Exception {
        mvc.perform(post("/admin/portal/news/" + id + "/submit").with(who).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/portal/news/" + id + "/publish").with(who).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_hub_coordinators_edit_of_published_news_goes_back_to_review_and_off_the_site() throws Exception {
        HubSummary prizren = hub("PRZ");
        String title = "Lajm " + uniqueWord();
        long id = createNews(coordinatorOf(prizren), prizren.id(), title);
        publishNews(coordinatorOf(prizren), id);
        mvc.perform(get("/news/" + id)).andExpect(status().isOk());

        mvc.perform(post("/admin/portal/news/" + id).with(coordinatorOf(prizren)).with(csrf())
                        .param("titleSq", title + " i ndryshuar").param("hubId", String.valueOf(prizren.id())).param("original", "SQ"))
                .andExpect(status().is3xxRedirection());

        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
        publishNews2(secretariat(), id);
        mvc.perform(get("/news/" + id)).andExpect(status().isOk());
    }

    @Test
    void the_secretariats_edit_of_published_news_stays_published() throws Exception {
        String title = "Lajm " + uniqueWord();
        long id = createNews(secretariat(), null, title);
        publishNews(secretariat(), id);
        mvc.perform(post("/admin/portal/news/" + id).with(secretariat()).with(csrf())
                        .param("titleSq", title + " i ndryshuar").param("hubId", "").param("original", "SQ"))
                .andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    /** Publishing what is already in review. */
    void publishNews2(RequestPostProcessor who, long id) throws Exception {
        mvc.perform(post("/admin/portal/news/" + id + "/publish").with(who).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void the_editors_list_of_news_is_paged_newest_change_first() throws Exception {
        String word = uniqueWord();
        int pageSize = 50; // ArticleAdminController.PAGE_SIZE
        for (int i = 1; i <= pageSize + 1; i++) {
            createNews(secretariat(), null, "Listë-" + i + "-" + word);
        }
        String first = mvc.perform(get("/admin/portal/news").with(secretariat()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Listë-" + (pageSize + 1) + "-" + word).contains("Listë-2-" + word)
                .doesNotContain("Listë-1-" + word).contains("/admin/portal/news?page=1");
        assertThat(first.split("<tr>", -1).length - 2).isEqualTo(pageSize);
        mvc.perform(get("/admin/portal/news").param("page", "1").with(secretariat()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Listë-1-" + word)));
        mvc.perform(get("/admin/portal/news").param("page", "-3").with(secretariat())).andExpect(status().isOk());
        mvc.perform(get("/admin/portal/news").param("page", "dy").with(secretariat())).andExpect(status().isBadRequest());
    }

    @Test
    void a_hub_coordinator_cannot_edit_another_hubs_news() throws Exception {
        HubSummary prizren = hub("PRZ");
        HubSummary mitrovica = hub("MIT");
        long mitrovicaNews = createNews(secretariat(), mitrovica.id(), "Lajm " + uniqueWord());

        mvc.perform(post("/admin/portal/news/" + mitrovicaNews).with(coordinatorOf(prizren)).with(csrf())
                        .param("titleSq", "Ndryshuar").param("hubId", String.valueOf(prizren.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/portal/news/" + mitrovicaNews + "/edit").with(coordinatorOf(prizren)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/portal/news/" + mitrovicaNews + "/submit").with(coordinatorOf(prizren)).with(csrf()))
                .andExpect(status().isForbidden());
        // nor can they write national news, or move their own news to another hub
        mvc.perform(post("/admin/portal/news").with(coordinatorOf(prizren)).with(csrf()).param("titleSq", "Kombëtare").param("hubId", ""))
                .andExpect(status().isForbidden());
        assertThat(articles.findById(mitrovicaNews).orElseThrow().getTitle().get(Language.SQ)).startsWith("Lajm ");
    }

    @Test
    void a_hub_coordinator_creates_events_for_their_hub_only() throws Exception {
        HubSummary prizren = hub("PRZ");
        HubSummary peja = hub("PEJ");
        String title = "Takim " + uniqueWord();
        MvcResult created = mvc.perform(post("/admin/portal/events").with(coordinatorOf(prizren)).with(csrf())
                        .param("titleSq", title).param("hubId", String.valueOf(prizren.id()))
                        .param("startsAt", "2099-03-01T10:00").param("endsAt", "2099-03-01T12:00").param("capacity", "30"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+(\\d+)\\D*", "$1"));
        PortalEvent saved = events.findById(id).orElseThrow();
        // entered in Kosovo time (CET in March): 10:00 there is 09:00 UTC
        assertThat(saved.getStartsAt()).isEqualTo(Instant.parse("2099-03-01T09:00:00Z"));
        assertThat(saved.isPublished()).isFalse();

        mvc.perform(post("/admin/portal/events").with(coordinatorOf(prizren)).with(csrf())
                        .param("titleSq", title).param("hubId", String.valueOf(peja.id()))
                        .param("startsAt", "2099-03-01T10:00").param("endsAt", "2099-03-01T12:00"))
                .andExpect(status().isForbidden());
        long pejaEvent = events.findAll().stream().filter(e -> peja.id() == (e.getHubId() == null ? -1 : e.getHubId()))
                .findFirst().orElseThrow().getId();
        mvc.perform(post("/admin/portal/events/" + pejaEvent + "/unpublish").with(coordinatorOf(prizren)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/portal/events/" + id + "/publish").with(coordinatorOf(prizren)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.findById(id).orElseThrow().isPublished()).isTrue();
    }

    @Test
    void an_event_that_ends_before_it_starts_is_refused_with_a_message() throws Exception {
        mvc.perform(post("/admin/portal/events").with(secretariat()).with(csrf()).param("titleSq", "Gabim " + uniqueWord())
                        .param("startsAt", "2099-03-01T10:00").param("endsAt", "2099-03-01T09:00").param("capacity", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
    }

    @Test
    void a_hub_coordinator_drafts_reviews_and_publishes_news_for_their_hub() throws Exception {
        HubSummary prizren = hub("PRZ");
        String word = uniqueWord();
        long id = createNews(coordinatorOf(prizren), prizren.id(), "Prizren " + word);
        mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
        publishNews(coordinatorOf(prizren), id);

        mvc.perform(get("/news/" + id)).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(word)));
        mvc.perform(get("/news").param("hub", "PRZ")).andExpect(content().string(org.hamcrest.Matchers.containsString(word)));
        mvc.perform(get("/news").param("hub", "MIT")).andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(word))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_article_version WHERE article_id = ?", Integer.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'article' AND record_id = ?", Integer.class,
                String.valueOf(id))).isEqualTo(3);
    }

    @Test
    void scheduled_news_is_published_once_its_time_has_come_and_only_once() throws Exception {
        String word = uniqueWord();
        long id = createNews(secretariat(), null, "Planifikuar " + word);
        mvc.perform(post("/admin/portal/news/" + id + "/submit").with(secretariat()).with(csrf()));
        mvc.perform(post("/admin/portal/news/" + id + "/schedule").with(secretariat()).with(csrf())
                .param("publishAt", "2099-01-01T10:00")).andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.SCHEDULED);

        assertThat(scheduledPublishing.publishDue()).doesNotContain(id);
        // the time comes: move it into the past rather than waiting
        jdbc.update("UPDATE portal_article SET publish_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(5)), id);

        // the background job may run at any moment too: whichever run gets it, it is published exactly once
        scheduledPublishing.publishDue();
        assertThat(scheduledPublishing.publishDue()).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_article_version WHERE article_id = ? AND status = 'PUBLISHED'",
                Integer.class, id)).isEqualTo(1);
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        mvc.perform(get("/news/" + id)).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", word)).andExpect(content().string(org.hamcrest.Matchers.containsString("/news/" + id)));
    }

    @Test
    void a_schedule_in_the_past_is_refused_with_a_message() throws Exception {
        long id = createNews(secretariat(), null, "Vonë " + uniqueWord());
        mvc.perform(post("/admin/portal/news/" + id + "/submit").with(secretariat()).with(csrf()));
        mvc.perform(post("/admin/portal/news/" + id + "/schedule").with(secretariat()).with(csrf()).param("publishAt", "2001-01-01T10:00"))
                .andExpect(status().isOk());
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void unpublishing_needs_a_reason_and_takes_the_news_out_of_search() throws Exception {
        String word = uniqueWord();
        long id = createNews(secretariat(), null, "Hiqet " + word);
        publishNews(secretariat(), id);
        mvc.perform(post("/admin/portal/news/" + id + "/unpublish").with(secretariat()).with(csrf()).param("reason", ""))
                .andExpect(status().isOk());
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        mvc.perform(post("/admin/portal/news/" + id + "/unpublish").with(secretariat()).with(csrf()).param("reason", "Gabim"))
                .andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
        mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
        assertThat(search.search(word, null, null, java.util.Locale.ENGLISH, 0, 10).total()).isZero();
    }

    PortalEvent publishedEvent(int capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(5));
        PortalEvent e = new PortalEvent(new EventDetails(null, LocalizedText.of(Language.SQ, "Ngjarje " + uniqueWord(), null, null), null,
                start, start.plusSeconds(3600), "Prishtinë", null, capacity), "test", Instant.now());
        e.publish(true, "test", Instant.now());
        return events.saveAndFlush(e);
    }

    @Test
    void when_an_event_is_full_newcomers_wait_and_a_cancellation_promotes_the_first_waiting() {
        long event = publishedEvent(2).getId();
        assertThat(registrations.register(event, 1001)).isEqualTo(EventRegistrations.Result.CONFIRMED);
        assertThat(registrations.register(event, 1002)).isEqualTo(EventRegistrations.Result.CONFIRMED);
        assertThat(registrations.register(event, 1003)).isEqualTo(EventRegistrations.Result.WAITING);
        assertThat(registrations.register(event, 1004)).isEqualTo(EventRegistrations.Result.WAITING);
        assertThat(registrations.register(event, 1003)).isEqualTo(EventRegistrations.Result.ALREADY_REGISTERED);

        assertThat(registrations.cancel(event, 1001)).contains(1003L);
        assertThat(registrations.statusOf(event, 1003)).contains(org.bashke.portal.events.Registration.Status.CONFIRMED);
        assertThat(registrations.statusOf(event, 1004)).contains(org.bashke.portal.events.Registration.Status.WAITING);
        assertThat(registrations.confirmed(event)).isEqualTo(2);
        // a person leaving the waiting list frees no place
        assertThat(registrations.cancel(event, 1004)).isEmpty();
        assertThat(registrations.confirmed(event)).isEqualTo(2);
    }

    @Test
    void the_person_promoted_from_the_waiting_list_is_told_by_mail_in_their_language() throws Exception {
        long event = publishedEvent(1).getId();
        long member = jdbc.queryForObject("SELECT id FROM identity_account WHERE email = 'anetar@bashke.demo'", Long.class);
        assertThat(registrations.register(event, 900_020L)).isEqualTo(EventRegistrations.Result.CONFIRMED);
        assertThat(registrations.register(event, member)).isEqualTo(EventRegistrations.Result.WAITING);
        org.bashke.support.TestMailServer.purge();

        assertThat(registrations.cancel(event, 900_020L)).contains(member);

        org.bashke.support.TestMailServer.awaitMailTo("anetar@bashke.demo");
        List<String> aboutThisEvent = mailsAbout("anetar@bashke.demo", event);
        assertThat(aboutThisEvent).hasSize(1);
        assertThat(aboutThisEvent.get(0)).doesNotContain("??");
    }

    @Test
    void a_day_before_the_event_each_registered_person_is_reminded_once() throws Exception {
        Instant start = Instant.now().plus(Duration.ofHours(3));
        PortalEvent e = new PortalEvent(new EventDetails(null, LocalizedText.of(Language.SQ, "Nesër " + uniqueWord(), null, null), null,
                start, start.plusSeconds(3600), "Gjilan", null, null), "test", Instant.now());
        e.publish(true, "test", Instant.now());
        long event = events.saveAndFlush(e).getId();
        long member = jdbc.queryForObject("SELECT id FROM identity_account WHERE email = 'oshc@bashke.demo'", Long.class);
        registrations.register(event, member);
        org.bashke.support.TestMailServer.purge();

        // the background job may run at any moment too: whichever run gets it, the person is reminded once
        reminders.sendDue();
        List<Long> again = reminders.sendDue();

        long registration = jdbc.queryForObject("SELECT id FROM portal_event_registration WHERE event_id = ? AND account_id = ?",
                Long.class, event, member);
        assertThat(again).doesNotContain(registration);
        assertThat(jdbc.queryForObject("SELECT reminded_at IS NOT NULL FROM portal_event_registration WHERE id = ?", Boolean.class,
                registration)).isTrue();
        org.bashke.support.TestMailServer.awaitMailTo("oshc@bashke.demo");
        List<String> aboutThisEvent = mailsAbout("oshc@bashke.demo", event);
        assertThat(aboutThisEvent).hasSize(1);
        assertThat(aboutThisEvent.get(0)).contains("Gjilan");
    }

    /** The bodies of the mails to {@code address} that link to this event (other tests may mail the same demo person). */
    static List<String> mailsAbout(String address, long event) throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        for (var m : org.bashke.support.TestMailServer.mailTo(address)) {
            String body = String.valueOf(m.getContent());
            if (body.contains("/events/" + event + "\r") || body.contains("/events/" + event + "\n") || body.endsWith("/events/" + event)) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    @Test
    void a_member_registers_through_the_event_page() throws Exception {
        long event = publishedEvent(1).getId();
        RequestPostProcessor member = principal(900_010L, "m@example.org", Map.of(Role.MEMBER, Set.of()));
        mvc.perform(post("/events/" + event + "/registration").with(member).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(registrations.statusOf(event, 900_010L)).contains(org.bashke.portal.events.Registration.Status.CONFIRMED);
        mvc.perform(get("/events/" + event).with(member)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/registration/cancel")));
        mvc.perform(post("/events/" + event + "/registration")).andExpect(status().is4xxClientError());
    }

    @Test
    void the_calendar_of_an_event_is_rfc_5545_text() throws Exception {
        long event = publishedEvent(10).getId();
        MvcResult r = mvc.perform(get("/events/" + event + ".ics")).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("text/calendar");
        String ics = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:event-" + event + "@").endsWith("END:VCALENDAR\r\n");
        assertThat(mvc.perform(get("/events.ics")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("UID:event-" + event + "@");
    }

    @Test
    void the_news_feed_is_well_formed_atom_with_escaped_text() throws Exception {
        String word = uniqueWord();
        long id = createNews(secretariat(), hub("PRZ").id(), "Të <rinjtë> & " + word);
        publishNews(secretariat(), id);
        for (String url : List.of("/news.atom", "/news.atom?hub=PRZ")) {
            byte[] xml = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
            assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
            assertThat(new String(xml, StandardCharsets.UTF_8)).contains("Të &lt;rinjtë&gt; &amp; " + word);
        }
    }

    @Test
    void search_folds_accents_so_prishtine_finds_prishtine_with_diaeresis() {
        String word = uniqueWord();
        index.apply(PublicRecordChanged.published("test", "news", word, LocalizedText.of(Language.SQ, "Takim në Prishtinë " + word, null, null),
                null, "/test/" + word, "PRI", Instant.now()));
        var results = search.search("Prishtine " + word, null, null, java.util.Locale.ENGLISH, 0, 10);
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(word);
        assertThat(results.hits().get(0).titleHtml()).contains("<mark>Prishtinë</mark>");
    }

    @Test
    void a_cyrillic_query_finds_serbian_written_in_latin_and_the_other_way_round() {
        String word = uniqueWord();
        index.apply(PublicRecordChanged.published("test", "news", word, LocalizedText.of(Language.SR, null, "Konsultacije u Prištini " + word, null),
                null, "/test/" + word, null, Instant.now()));
        assertThat(search.search("Приштини " + word, null, null, java.util.Locale.ENGLISH, 0, 10).hits())
                .extracting(SearchHit::id).containsExactly(word);
        String other = uniqueWord();
        index.apply(PublicRecordChanged.published("test", "news", other, LocalizedText.of(Language.SR, null, "Општина Звечан " + other, null),
                null, "/test/" + other, null, Instant.now()));
        assertThat(search.search("opstina zvecan " + other, null, null, java.util.Locale.ENGLISH, 0, 10).hits())
                .extracting(SearchHit::id).containsExactly(other);
    }

    @Test
    void a_title_match_ranks_above_a_text_match_and_the_language_filter_keeps_one_language() {
        String word = uniqueWord();
        index.apply(PublicRecordChanged.published("test", "news", word + "-body", LocalizedText.of(Language.SQ,
                "Lajm i zakonshëm", "Obična vest", "Ordinary news"),
                LocalizedText.of(Language.SQ, "Përmend " + word + " një herë", "Pominje " + word, "Mentions " + word), "/test/b", null, Instant.now()));
        index.apply(PublicRecordChanged.published("test", "news", word + "-title", LocalizedText.of(Language.SQ,
                "Takimi " + word, null, "Meeting " + word), null, "/test/t", null, Instant.now()));
        assertThat(search.search(word, null, null, java.util.Locale.ENGLISH, 0, 10).hits())
                .extracting(SearchHit::id).containsExactly(word + "-title", word + "-body");
        assertThat(search.search(word, null, null, "sr", java.util.Locale.ENGLISH, 0, 10).hits())
                .extracting(SearchHit::id).containsExactly(word + "-body");
    }

    @Test
    void a_word_is_found_by_its_beginning() {
        String word = uniqueWord();
        index.apply(PublicRecordChanged.published("test", "news", word, LocalizedText.of(Language.SQ, "Konsultimet " + word, null, null),
                null, "/test/" + word, null, Instant.now()));
        assertThat(search.search("konsult " + word, null, null, java.util.Locale.ENGLISH, 0, 10).hits())
                .extracting(SearchHit::id).containsExactly(word);
    }

    @Test
    void a_misspelt_word_is_found_when_the_server_has_trigrams() {
        org.junit.jupiter.api.Assumptions.assumeTrue(search.typoTolerant(), "pg_trgm is not available on this server");
        String word = uniqueWord();
        while (word.charAt(4) == word.charAt(5)) { // swapping two equal letters would spell the same word
            word = uniqueWord();
        }
        index.apply(PublicRecordChanged.published("test", "news", word, LocalizedText.of(Language.SQ, "Buxhetimi participues " + word, null, null),
                null, "/test/" + word, null, Instant.now()));
        // one letter swapped in the unique word: no full-text match, but a close one
        String typo = word.substring(0, 4) + word.charAt(5) + word.charAt(4) + word.substring(6);
        var results = search.search(typo, null, null, java.util.Locale.ENGLISH, 0, 10);
        assertThat(results.approximate()).isTrue();
        assertThat(results.hits()).extracting(SearchHit::id).contains(word);
    }

    @Test
    void search_snippets_escape_the_content() throws Exception {
        String word = uniqueWord();
        index.apply(PublicRecordChanged.published("test", "news", word, LocalizedText.of(Language.SQ, "Titull " + word, null, null),
                LocalizedText.of(Language.SQ, "1 < 2 & " + word + " <script>alert(1)</script> fund", null, null), "/test/" + word, null, Instant.now()));
        String html = mvc.perform(get("/search").param("q", word)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert(1)").contains("<mark>" + word + "</mark>");
    }

    @Test
    void other_modules_index_their_records_by_publishing_the_event() throws Exception {
        String word = uniqueWord();
        index.apply(PublicRecordChanged.published("consultation", "consultation", 77, LocalizedText.of(Language.SQ, "Konsultim " + word, null, null),
                null, "/consultations/77", "GJI", Instant.now()));
        assertThat(search.search(word, null, "GJI", java.util.Locale.ENGLISH, 0, 10).total()).isEqualTo(1);
        assertThat(search.search(word, null, "PRZ", java.util.Locale.ENGLISH, 0, 10).total()).isZero();
        index.apply(PublicRecordChanged.removed("consultation", "consultation", 77));
        assertThat(search.search(word, null, null, java.util.Locale.ENGLISH, 0, 10).total()).isZero();
    }

    @Test
    void the_public_pages_render() throws Exception {
        for (String url : List.of("/news", "/events", "/pages/about", "/pages/how-to-take-part", "/portal/home", "/search?q=Prizren",
                "/news?region=PRZ", "/events?hub=PRZ")) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        mvc.perform(get("/pages/no-such-page")).andExpect(status().isNotFound());
    }

    @Test
    void the_sitemap_lists_published_pages_only() throws Exception {
        long published = createNews(secretariat(), null, "Hartë " + uniqueWord());
        publishNews(secretariat(), published);
        long draft = createNews(secretariat(), null, "Draft " + uniqueWord());
        byte[] xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("/news/" + published + "</loc>").doesNotContain("/news/" + draft + "</loc>").contains("/pages/about</loc>");
    }

    @Test
    void public_pages_answer_304_when_the_reader_already_has_them() throws Exception {
        String etag = mvc.perform(get("/news.atom")).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/news.atom").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void directory_organisations_are_searchable_from_the_start() {
        assertThat(search.search("Prizren", "organisation", null, java.util.Locale.ENGLISH, 0, 10).total()).isPositive();
        assertThat(search.types()).contains("organisation", "news", "event", "page");
    }

    @Test
    void the_back_office_pages_render_for_the_secretariat() throws Exception {
        for (String url : List.of("/admin/portal", "/admin/portal/news", "/admin/portal/news/new", "/admin/portal/pages",
                "/admin/portal/pages/1/edit", "/admin/portal/pages/1/versions", "/admin/portal/events", "/admin/portal/events/new",
                "/admin/portal/events/1/edit", "/admin/portal/translations")) {
            mvc.perform(get(url).with(secretariat())).andExpect(status().isOk());
        }
        mvc.perform(post("/admin/portal/search/rebuild").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(search.search("Prizren", "organisation", null, java.util.Locale.ENGLISH, 0, 10).total()).isPositive();
    }
}

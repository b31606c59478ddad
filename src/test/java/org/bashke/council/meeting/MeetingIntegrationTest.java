package org.bashke.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.identity.Accounts;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class MeetingIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    final MockMvc mvc;
    final Council council;
    final Accounts accounts;
    final JdbcTemplate jdbc;
    final org.bashke.council.body.Membership membership;
    final org.springframework.context.MessageSource messages;

    @Autowired
    MeetingIntegrationTest(MockMvc mvc, Council council, Accounts accounts, JdbcTemplate jdbc,
                           org.bashke.council.body.Membership membership, org.springframework.context.MessageSource messages) {
        this.membership = membership;
        this.messages = messages;
        this.mvc = mvc;
        this.council = council;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A person acting with these scoped roles (identity's {@code Principals}). */
    static RequestPostProcessor principal(long accountId, String email, Map<Role, Set<Long>> scopes) {
        return user(org.bashke.identity.Principals.of(accountId, email, email, scopes));
    }

    RequestPostProcessor demo(String email, Role role) {
        return principal(accounts.accountByEmail(email).orElseThrow().id(), email, Map.of(role, Set.of()));
    }

    RequestPostProcessor secretariat() {
        return demo("sekretariati@bashke.demo", Role.SECRETARIAT);
    }

    static String unique(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    BodySummary kq() {
        return council.body("KQ").orElseThrow();
    }

    /** Schedules a Council meeting that began an hour ago (so it can be held today); returns its id. */
    long schedule(RequestPostProcessor who, String title, int startOffsetHours) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).plusHours(startOffsetHours).truncatedTo(ChronoUnit.MINUTES);
        MvcResult r = mvc.perform(post("/admin/council/meetings").with(who).with(csrf())
                        .param("bodyId", String.valueOf(kq().id())).param("titleSq", title).param("titleEn", title + " (en)")
                        .param("startsAt", INPUT.format(start)).param("endsAt", INPUT.format(start.plusHours(3)))
                        .param("place", "Prishtinë"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("^/admin/council/meetings/(\\d+)$", "$1"));
    }

    @Test
    void invitations_go_to_the_members_with_the_meeting_as_a_calendar_entry_and_members_answer() throws Exception {
        String title = unique("Ftesë");
        long id = schedule(secretariat(), title, 48);
        mvc.perform(post("/admin/council/meetings/" + id + "/agenda").with(secretariat()).with(csrf())
                .param("titleSq", "Pika e parë").param("decisionExpected", "true")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/council/meetings/" + id + "/invitations").with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage mail = awaitMail("keshilli@bashke.demo", title);
        String ics = calendarPart(mail);
        assertThat(ics).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "UID:council-meeting-" + id + "@", "SEQUENCE:1");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + title);
        assertThat(jdbc.queryForObject("SELECT status FROM council_meeting WHERE id = ?", String.class, id)).isEqualTo("CONVENED");

        RequestPostProcessor member = demo("keshilli@bashke.demo", Role.COUNCIL_MEMBER);
        mvc.perform(get("/council/meetings/" + id + "/invitation").with(member)).andExpect(status().isOk());
        mvc.perform(post("/council/meetings/" + id + "/invitation").with(member).with(csrf()).param("answer", "SENDING_SUBSTITUTE"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT answer FROM council_invitation WHERE meeting_id = ? AND account_id = ?", String.class,
                id, accounts.accountByEmail("keshilli@bashke.demo").orElseThrow().id())).isEqualTo("SENDING_SUBSTITUTE");
    }

    @Test
    void someone_not_invited_cannot_answer() throws Exception {
        long id = schedule(secretariat(), unique("Pa ftesë"), 72);
        mvc.perform(post("/admin/council/meetings/" + id + "/invitations").with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long outsider = accounts.accountByEmail("qendra.prizren@bashke.demo").orElseThrow().id();
        mvc.perform(post("/council/meetings/" + id + "/invitation").with(demo("qendra.prizren@bashke.demo", Role.HUB_COORDINATOR))
                        .with(csrf()).param("answer", "ATTENDING").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("You are not invited")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_invitation WHERE meeting_id = ? AND account_id = ?",
                Integer.class, id, outsider)).isZero();
    }

    @Test
    void only_the_secretariat_and_the_bodys_officers_edit_its_meetings() throws Exception {
        long id = schedule(secretariat(), unique("Të drejtat"), 24);
        // keshilli is the Council's co-chair: an officer
        RequestPostProcessor coChair = demo("keshilli@bashke.demo", Role.COUNCIL_MEMBER);
        mvc.perform(get("/admin/council/meetings/" + id).with(coChair)).andExpect(status().isOk());
        mvc.perform(post("/admin/council/meetings/" + id + "/agenda").with(coChair).with(csrf()).param("titleSq", "Nga bashkëkryesuesi"))
                .andExpect(status().is3xxRedirection());
        // oshc holds a Council seat but no office
        RequestPostProcessor seatHolder = demo("oshc@bashke.demo", Role.COUNCIL_MEMBER);
        mvc.perform(get("/admin/council/meetings/" + id).with(seatHolder)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/council/meetings/" + id + "/status").with(seatHolder).with(csrf()).param("change", "CANCEL"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/council/meetings").with(seatHolder).with(csrf()).param("bodyId", String.valueOf(kq().id()))
                .param("titleSq", "x")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT status FROM council_meeting WHERE id = ?", String.class, id)).isEqualTo("PLANNED");
    }

    @Test
    void restricted_papers_are_for_members_until_the_meeting_is_held_and_public_after() throws Exception {
        long id = schedule(secretariat(), unique("Materiale"), -1);
        mvc.perform(multipart("/admin/council/meetings/" + id + "/papers")
                        .file(new MockMultipartFile("file", "projekt.txt", "text/plain", "Projekt-vendim i brendshëm".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Projekt-vendimi").param("restricted", "true").with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long paperId = jdbc.queryForObject("SELECT id FROM council_paper WHERE meeting_id = ?", Long.class, id);
        String url = "/council/meetings/" + id + "/papers/" + paperId;

        mvc.perform(get(url)).andExpect(status().isNotFound());
        mvc.perform(get(url).with(demo("qendra.prizren@bashke.demo", Role.HUB_COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(demo("oshc@bashke.demo", Role.COUNCIL_MEMBER))).andExpect(status().isOk());
        // anetar is the substitute of oshc's seat
        mvc.perform(get(url).with(demo("anetar@bashke.demo", Role.MEMBER))).andExpect(status().isOk());
        mvc.perform(get("/council/meetings/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Projekt-vendimi"))));

        mvc.perform(post("/admin/council/meetings/" + id + "/status").with(secretariat()).with(csrf()).param("change", "HOLD"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url)).andExpect(status().isOk());
    }

    @Test
    void the_register_gives_the_quorum_a_decision_is_adopted_and_minutes_go_from_draft_to_publication() throws Exception {
        String title = unique("Seanca");
        long id = schedule(secretariat(), title, -1);
        mvc.perform(post("/admin/council/meetings/" + id + "/agenda").with(secretariat()).with(csrf())
                .param("titleSq", "Raporti").param("decisionExpected", "true")).andExpect(status().is3xxRedirection());
        long itemId = jdbc.queryForObject("SELECT id FROM council_agenda_item WHERE meeting_id = ?", Long.class, id);
        mvc.perform(post("/admin/council/meetings/" + id + "/invitations").with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<Long> seats = membership.members(kq().id(), java.time.LocalDate.now(ZoneId.of("Europe/Belgrade"))).stream()
                .map(org.bashke.council.body.SeatHolder::seatId).toList();
        var attendance = post("/admin/council/meetings/" + id + "/attendance").with(secretariat()).with(csrf());
        for (Long seat : seats) {
            attendance.param("statuses[" + seat + "]", "PRESENT");
        }
        mvc.perform(attendance).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/council/meetings/" + id + "/attendance").with(secretariat()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Quorum reached")));

        mvc.perform(post("/admin/council/meetings/" + id + "/decisions").with(secretariat()).with(csrf())
                        .param("agendaItemId", String.valueOf(itemId)).param("textSq", "Vendim " + title).param("voted", "true")
                        .param("votesFor", "3").param("votesAgainst", "0").param("votesAbstain", "1"))
                .andExpect(status().is3xxRedirection());
        long decisionId = jdbc.queryForObject("SELECT id FROM council_decision WHERE meeting_id = ?", Long.class, id);
        mvc.perform(get("/council/decisions/" + decisionId)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vendim " + title)));

        // minutes before the meeting is held are refused by the rule
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes").with(secretariat()).with(csrf()).param("textSq", "Procesverbal"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_minutes WHERE meeting_id = ?", Integer.class, id)).isZero();

        mvc.perform(post("/admin/council/meetings/" + id + "/status").with(secretariat()).with(csrf()).param("change", "HOLD"));
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes").with(secretariat()).with(csrf())
                .param("textSq", "Procesverbal " + title).param("textEn", "Minutes " + title).param("original", "SQ"))
                .andExpect(status().is3xxRedirection());
        long minutesId = jdbc.queryForObject("SELECT id FROM council_minutes WHERE meeting_id = ?", Long.class, id);
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes/" + minutesId + "/publish").with(secretariat()).with(csrf()));
        assertThat(jdbc.queryForObject("SELECT status FROM council_minutes WHERE id = ?", String.class, minutesId)).isEqualTo("DRAFT");
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes/" + minutesId + "/circulate").with(secretariat()).with(csrf()));
        // circulating mails every member the link where the draft is read and commented on, in their language
        String expected = messages.getMessage("mail.council-meeting.minutes-circulated.subject", new Object[] {title},
                java.util.Locale.forLanguageTag(accounts.accountByEmail("keshilli@bashke.demo").orElseThrow().languageTag()));
        MimeMessage circulated = awaitMail("keshilli@bashke.demo", expected);
        assertThat(circulated.getContent().toString()).contains("/council/meetings/" + id);

        // a member comments on the circulated minutes
        mvc.perform(post("/council/meetings/" + id + "/minutes/" + minutesId + "/comments").with(demo("oshc@bashke.demo", Role.COUNCIL_MEMBER))
                .with(csrf()).param("text", "Shtoni emrat e folësve.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_minutes_comment WHERE minutes_id = ?", Integer.class, minutesId)).isEqualTo(1);
        mvc.perform(post("/council/meetings/" + id + "/minutes/" + minutesId + "/comments").with(demo("qendra.prizren@bashke.demo", Role.HUB_COORDINATOR))
                .with(csrf()).param("text", "Nuk jam anëtar.")).andExpect(status().isForbidden());

        // approved at the next meeting of the body
        long next = schedule(secretariat(), unique("Seanca e ardhshme"), 0);
        mvc.perform(post("/admin/council/meetings/" + next + "/invitations").with(secretariat()).with(csrf()));
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes/" + minutesId + "/approve").with(secretariat()).with(csrf())
                .param("atMeeting", String.valueOf(next))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes/" + minutesId + "/publish").with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM council_minutes WHERE id = ?", String.class, minutesId)).isEqualTo("PUBLISHED");
        mvc.perform(get("/council/meetings/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Minutes " + title)));
        mvc.perform(get("/council/meetings/" + next)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));

        // approved minutes never change: revising them is refused, a correction is a new version
        mvc.perform(post("/admin/council/meetings/" + id + "/minutes").with(secretariat()).with(csrf()).param("textSq", "Ndryshuar"));
        assertThat(jdbc.queryForObject("SELECT text_sq FROM council_minutes WHERE id = ?", String.class, minutesId))
                .isEqualTo("Procesverbal " + title);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_minutes WHERE meeting_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void the_body_calendar_feed_lists_its_meetings() throws Exception {
        String title = unique("Kalendar");
        long id = schedule(secretariat(), title, 96);
        String ics = mvc.perform(get("/council/bodies/" + kq().id() + "/meetings.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("UID:council-meeting-" + id + "@").contains("STATUS:TENTATIVE");
    }

    @Test
    void other_modules_put_items_on_the_next_agenda_of_a_body() throws Exception {
        long id = schedule(secretariat(), unique("Propozim"), 24 * 300);
        var meeting = council.proposeAgendaItem(kq().id(), org.bashke.shared.text.LocalizedText.same("Detyrimet e vonuara"),
                "/monitoring/obligations?overdue=true");
        assertThat(meeting).isPresent();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM council_agenda_item WHERE meeting_id = ? AND source_url = ?",
                Integer.class, meeting.get().id(), "/monitoring/obligations?overdue=true")).isEqualTo(1);
        assertThat(id).isPositive();
    }

    /** Waits (up to 15 s) for the mail to {@code address} whose subject names {@code title}; other tests write there too. */
    static MimeMessage awaitMail(String address, String title) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var found = TestMailServer.mailTo(address).stream().filter(m -> subject(m).contains(title)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail about " + title + " arrived for " + address);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    static String calendarPart(MimeMessage mail) throws Exception {
        String found = findCalendar(mail.getContent());
        assertThat(found).as("a text/calendar attachment").isNotNull();
        return found;
    }

    static String findCalendar(Object content) throws Exception {
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                    try (InputStream in = part.getInputStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                String nested = findCalendar(part.getContent());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}

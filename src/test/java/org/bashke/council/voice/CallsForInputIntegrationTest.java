package org.bashke.council.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.bashke.portal.HomeSection;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CallsForInputIntegrationTest {

    static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    final MockMvc mvc;
    final org.springframework.context.ApplicationContext context;
    final CallForInputRepository calls;
    final CsoInputRepository inputs;
    final MessageSource messages;
    final List<HomeSection> homeSections;

    @Autowired
    CallsForInputIntegrationTest(MockMvc mvc, org.springframework.context.ApplicationContext context,
                                 CallForInputRepository calls, CsoInputRepository inputs, MessageSource messages,
                                 List<HomeSection> homeSections) {
        this.mvc = mvc;
        this.context = context;
        this.calls = calls;
        this.inputs = inputs;
        this.messages = messages;
        this.homeSections = homeSections;
    }

    VoiceFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = VoiceFixtures.of(context);
    }

    /** The Council's CSO co-chair in the demo data: holds a civil-society seat, so speaks for the CSO side. */
    UserDetails csoCoChair() {
        return fixtures.demo("keshilli@bashke.demo", Map.of(Role.COUNCIL_MEMBER, Set.of()));
    }

    MockHttpServletRequestBuilder openCallRequest(VoiceFixtures.Meeting m, String title, String audience, LocalDate deadline) {
        return post("/admin/council/calls").with(csrf()).param("meetingId", String.valueOf(m.id()))
                .param("agendaItemIds", String.valueOf(m.items().get(0).id()), String.valueOf(m.items().get(1).id()))
                .param("titleSq", title).param("descriptionSq", "Ju lutemi dërgoni komentet tuaja për planin e veprimit.")
                .param("audience", audience).param("deadlineDate", deadline.toString()).param("deadlineTime", "16:00");
    }

    long openCall(VoiceFixtures.Meeting m, String title, String audience) throws Exception {
        mvc.perform(openCallRequest(m, title, audience, LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(5))
                        .with(user(csoCoChair())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/council/calls/*"));
        return calls.findByMeetingIdOrderByDeadlineDesc(m.id()).get(0).getId();
    }

    long itemId(long callId, int index) {
        return calls.findById(callId).orElseThrow().getItems().get(index).getId();
    }

    org.springframework.test.web.servlet.RequestBuilder input(long callId, long itemId, VoiceFixtures.Rep rep, String text, boolean visible) {
        return multipart("/council/calls/{id}/inputs", callId)
                .file(new MockMultipartFile("files", "komente.txt", "text/plain", ("Komente: " + text).getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(user(rep.principal()))
                .param("callItemId", String.valueOf(itemId)).param("organisationId", String.valueOf(rep.organisationId()))
                .param("body", text).param("publicInput", String.valueOf(visible));
    }

    @Test
    void two_csos_give_input_the_cso_members_publish_a_position_and_the_report_back_reaches_every_contributor_in_their_language()
            throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(10);
        String title = VoiceFixtures.unique("Thirrje për plan veprimi");
        long callId = openCall(meeting, title, "PUBLIC");
        long first = itemId(callId, 0);
        VoiceFixtures.Rep albanian = fixtures.representative("Qendra për Iniciativa Qytetare", "sq");
        VoiceFixtures.Rep english = fixtures.representative("Instituti për Politika Publike", "en");

        mvc.perform(get("/council/calls")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
        mvc.perform(input(callId, first, albanian, "Afati i masës 2.1 duhet të jetë më i gjatë.", true))
                .andExpect(status().is3xxRedirection());
        mvc.perform(input(callId, first, english, "Measure 3.4 needs a budget line.", false))
                .andExpect(status().is3xxRedirection());
        List<CsoInput> given = inputs.findByCallIdOrderBySubmittedAtAsc(callId);
        assertThat(given).hasSize(2).allSatisfy(i -> assertThat(i.getFileIds()).hasSize(1));

        // the public reads the public input and its file, not the private one
        String page = mvc.perform(get("/council/calls/{id}", callId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Afati i masës 2.1").doesNotContain("Measure 3.4");
        CsoInput publicOne = given.get(0);
        mvc.perform(get("/council/calls/{c}/inputs/{i}/files/{f}", callId, publicOne.getId(), publicOne.getFileIds().get(0)))
                .andExpect(status().isOk());
        CsoInput privateOne = given.get(1);
        mvc.perform(get("/council/calls/{c}/inputs/{i}/files/{f}", callId, privateOne.getId(), privateOne.getFileIds().get(0)))
                .andExpect(status().isNotFound());

        // positions wait for the call to close
        mvc.perform(post("/admin/council/calls/{c}/items/{i}/position", callId, first).with(csrf()).with(user(csoCoChair()))
                        .param("textSq", "Qëndrimi").param("publish", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("positionForm"));
        mvc.perform(post("/admin/council/calls/{id}/close", callId).with(csrf()).with(user(csoCoChair())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/council/calls/{c}/items/{i}/position", callId, first).with(csrf()).with(user(csoCoChair()))
                        .param("textSq", "OSHC-të kërkojnë afate më të gjata dhe buxhet për masën 3.4.")
                        .param("textEn", "CSOs ask for longer deadlines and a budget for measure 3.4.")
                        .param("drawnOn", String.valueOf(publicOne.getId()), String.valueOf(privateOne.getId()))
                        .param("publish", "true"))
                .andExpect(status().is3xxRedirection());
        CallItem item = calls.findById(callId).orElseThrow().getItems().get(0);
        assertThat(item.isPositionPublished()).isTrue();
        assertThat(item.getSources()).containsExactlyInAnyOrder(publicOne.getId(), privateOne.getId());
        assertThat(mvc.perform(get("/council/calls/{id}", callId)).andReturn().getResponse().getContentAsString())
                .contains("OSHC-të kërkojnë afate më të gjata");

        // no report-back before the meeting
        mvc.perform(post("/admin/council/calls/{id}/report", callId).with(csrf()).with(user(csoCoChair()))
                        .param("items[0].callItemId", String.valueOf(first)).param("items[0].outcome", "ADOPTED")
                        .param("publish", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("reportForm"));

        fixtures.holdWithDecision(meeting);
        TestMailServer.purge();
        mvc.perform(post("/admin/council/calls/{id}/report", callId).with(csrf()).with(user(csoCoChair()))
                        .param("textSq", "Mbledhja miratoi planin e veprimit.")
                        .param("items[0].callItemId", String.valueOf(first)).param("items[0].outcome", "PARTLY_ADOPTED")
                        .param("items[0].textSq", "Afatet u zgjatën, buxheti jo.")
                        .param("items[1].callItemId", String.valueOf(itemId(callId, 1)))
                        .param("publish", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(calls.findById(callId).orElseThrow().isReportPublished()).isTrue();

        MimeMessage toAlbanian = TestMailServer.awaitMailTo(albanian.email()).get(0);
        assertThat(toAlbanian.getSubject()).isEqualTo(messages.getMessage("mail.council-voice.report-back.subject",
                new Object[] {title}, ALBANIAN));
        assertThat(text(toAlbanian)).contains(messages.getMessage("council-voice.outcome.PARTLY_ADOPTED", null, ALBANIAN))
                .contains("/council/calls/" + callId);
        MimeMessage toEnglish = TestMailServer.awaitMailTo(english.email()).get(0);
        assertThat(toEnglish.getSubject()).isEqualTo(messages.getMessage("mail.council-voice.report-back.subject",
                new Object[] {title}, Locale.ENGLISH));
        assertThat(text(toEnglish)).contains(messages.getMessage("council-voice.outcome.PARTLY_ADOPTED", null, Locale.ENGLISH));

        String reported = mvc.perform(get("/council/calls/{id}", callId)).andReturn().getResponse().getContentAsString();
        assertThat(reported).contains("Afatet u zgjatën, buxheti jo.").contains("Mbledhja miratoi planin e veprimit.")
                .contains("Plani i veprimit miratohet");

        // published once: nobody is told twice
        mvc.perform(post("/admin/council/calls/{id}/report", callId).with(csrf()).with(user(csoCoChair())).param("publish", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("reportForm"));
    }

    @Test
    void no_input_is_taken_after_the_call_closed_nor_for_an_organisation_the_person_does_not_represent() throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(12);
        long callId = openCall(meeting, VoiceFixtures.unique("Thirrje"), "PUBLIC");
        long first = itemId(callId, 0);
        VoiceFixtures.Rep rep = fixtures.representative("Qendra për Iniciativa Qytetare", "sq");
        long otherCso = fixtures.cso("Instituti për Politika Publike");

        mvc.perform(multipart("/council/calls/{id}/inputs", callId).with(csrf()).with(user(rep.principal()))
                        .param("callItemId", String.valueOf(first)).param("organisationId", String.valueOf(otherCso))
                        .param("body", "Në emër të një tjetre"))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("inputForm"));
        mvc.perform(post("/admin/council/calls/{id}/close", callId).with(csrf()).with(user(csoCoChair())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(input(callId, first, rep, "Vonë", true))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("inputForm"));
        assertThat(inputs.countByCallId(callId)).isZero();
    }

    @Test
    void a_second_input_from_the_same_organisation_on_the_same_item_replaces_the_first() throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(14);
        long callId = openCall(meeting, VoiceFixtures.unique("Thirrje"), "PUBLIC");
        long first = itemId(callId, 0);
        VoiceFixtures.Rep rep = fixtures.representative("Qendra për Iniciativa Qytetare", "sq");
        VoiceFixtures.Rep colleague = fixtures.representative("Qendra për Iniciativa Qytetare", "sq");
        mvc.perform(input(callId, first, rep, "Versioni i parë", true)).andExpect(status().is3xxRedirection());
        mvc.perform(input(callId, first, colleague, "Versioni i dytë", true)).andExpect(status().is3xxRedirection());
        mvc.perform(input(callId, itemId(callId, 1), rep, "Për pikën tjetër", true)).andExpect(status().is3xxRedirection());
        List<CsoInput> given = inputs.findByCallItemIdOrderBySubmittedAtAsc(first);
        assertThat(given).singleElement().satisfies(i -> {
            assertThat(i.getBody()).isEqualTo("Versioni i dytë");
            assertThat(i.getFileIds()).hasSize(2);
            assertThat(i.getRevisedAt()).isNotNull();
        });
        assertThat(inputs.countByCallId(callId)).isEqualTo(2);
    }

    @Test
    void the_inputs_to_a_members_only_call_are_read_by_members_and_not_by_the_public() throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(16);
        long callId = openCall(meeting, VoiceFixtures.unique("Thirrje për anëtarë"), "MEMBERS_ONLY");
        VoiceFixtures.Rep rep = fixtures.representative("Qendra për Iniciativa Qytetare", "sq");
        VoiceFixtures.Rep otherMember = fixtures.representative("Instituti për Politika Publike", "sq");
        mvc.perform(input(callId, itemId(callId, 0), rep, "Vetëm për anëtarët e rrjetit", true)).andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/council/calls/{id}", callId)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Vetëm për anëtarët e rrjetit");
        assertThat(mvc.perform(get("/council/calls/{id}", callId).with(user(otherMember.principal())))
                .andReturn().getResponse().getContentAsString()).contains("Vetëm për anëtarët e rrjetit");
    }

    @Test
    void only_the_cso_members_of_the_body_or_the_secretariat_open_a_call() throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(18);
        LocalDate deadline = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(5);
        UserDetails governmentMember = fixtures.demo("zyra@bashke.demo", Map.of(Role.GOVERNMENT_OFFICER, Set.of()));
        mvc.perform(openCallRequest(meeting, "Nga qeveria", "PUBLIC", deadline).with(user(governmentMember)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/council/calls").with(user(governmentMember))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/council/calls").with(user(csoCoChair()))).andExpect(status().isOk());
        mvc.perform(openCallRequest(meeting, "Nga sekretariati", "PUBLIC", deadline).with(user(VoiceFixtures.secretariat())))
                .andExpect(status().is3xxRedirection());
        // and the deadline may not fall after the meeting
        mvc.perform(openCallRequest(meeting, "Pas mbledhjes", "PUBLIC", deadline.plusDays(30)).with(user(csoCoChair())))
                .andExpect(status().isOk()).andExpect(model().attributeHasErrors("callForm"));
    }

    @Test
    void the_home_page_lists_calls_open_now() throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(20);
        String title = VoiceFixtures.unique("Thirrje e hapur");
        long callId = openCall(meeting, title, "PUBLIC");
        HomeSection section = homeSections.stream().filter(s -> s.listUrl().equals("/council/calls")).findFirst().orElseThrow();
        // the block shows five at most, soonest deadline first: this call's deadline is among the nearest
        assertThat(calls.openAt(java.time.Instant.now())).extracting(CallForInput::getId).contains(callId);
        assertThat(section.items(ALBANIAN)).isNotEmpty().allSatisfy(i -> assertThat(i.url()).startsWith("/council/calls/"));
    }

    @Test
    void a_file_of_a_kind_not_accepted_is_refused_next_to_the_field_and_nothing_is_kept() throws Exception {
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(22);
        long callId = openCall(meeting, VoiceFixtures.unique("Thirrje"), "PUBLIC");
        VoiceFixtures.Rep rep = fixtures.representative("Qendra për Iniciativa Qytetare", "sq");
        mvc.perform(multipart("/council/calls/{id}/inputs", callId)
                        .file(new MockMultipartFile("files", "program.exe", "application/octet-stream",
                                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}))
                        .with(csrf()).with(user(rep.principal()))
                        .param("callItemId", String.valueOf(itemId(callId, 0))).param("organisationId", String.valueOf(rep.organisationId()))
                        .param("body", "Me një skedar që nuk pranohet"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("inputForm", "files"));
        assertThat(inputs.countByCallId(callId)).isZero();
    }

    @Test
    void the_demo_council_meeting_held_three_months_ago_has_a_call_with_a_published_position_and_report_back() throws Exception {
        CallForInput reported = calls.findAll().stream().filter(CallForInput::isReportPublished)
                .filter(c -> c.getOpenedByAccountId() == context.getBean(org.bashke.identity.Accounts.class).accountByEmail("keshilli@bashke.demo").orElseThrow().id())
                .filter(c -> c.getItems().stream().anyMatch(i -> i.getSources().size() == 2))
                .findFirst().orElseThrow();
        for (String language : List.of("sq", "sr-Latn", "sr-Cyrl", "en")) {
            mvc.perform(get("/council/calls/{id}", reported.getId()).param("lang", language))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            reported.getItems().get(0).getPosition().display(Locale.forLanguageTag(language)))));
        }
    }

    static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(multipart.getBodyPart(i).getContent());
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}

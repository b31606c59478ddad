package org.bashke.network.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bashke.network.position.NetworkFixture;
import org.bashke.shared.security.Role;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bulletins to an audience in each reader's language (GreenMail), the members' archive and member-only documents. */
@IntegrationTest
class BulletinIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final TestAccounts people;
    final MessageSource messages;

    @Autowired
    BulletinIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, TestAccounts people, MessageSource messages) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.people = people;
        this.messages = messages;
    }

    String msg(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("sq"));
    }

    MockHttpServletRequestBuilder as(TestAccounts.Person p, MockHttpServletRequestBuilder r) {
        return r.with(user(p.principal())).with(csrf());
    }

    @Test
    void a_regional_bulletin_reaches_each_member_of_the_region_in_their_language_and_members_alone_read_the_archive() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        long inPrizren = NetworkFixture.activeMember(jdbc, "PRZ");
        long alsoInPrizren = NetworkFixture.activeMember(jdbc, "PRZ");
        long inPeja = NetworkFixture.activeMember(jdbc, "PEJ");
        TestAccounts.Person albanian = people.holding(Role.CSO_REPRESENTATIVE, inPrizren, "sq");
        TestAccounts.Person serbian = people.holding(Role.CSO_REPRESENTATIVE, alsoInPrizren, "sr");
        TestAccounts.Person elsewhere = people.holding(Role.CSO_REPRESENTATIVE, inPeja, "en");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(as(secretariat, post("/admin/network/bulletins/new")).param("original", "SQ").param("subjectSq", "Takim")
                        .param("bodySq", "Tekst").param("audience", "REGION"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(msg("network.bulletin.rule.audience"))));
        String location = mvc.perform(as(secretariat, post("/admin/network/bulletins/new")).param("original", "SQ")
                        .param("subjectSq", "Takimi rajonal " + tag).param("bodySq", "Ftoheni në takimin rajonal në Prizren.")
                        .param("subjectSr", "Regionalni sastanak " + tag).param("bodySr", "Pozvani ste na regionalni sastanak u Prizrenu.")
                        .param("subjectEn", "Regional meeting " + tag).param("bodyEn", "You are invited to the regional meeting in Prizren.")
                        .param("audience", "REGION").param("region", "PRZ"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(as(secretariat, post("/admin/network/bulletins/" + id + "/send"))).andExpect(status().is3xxRedirection());
        mvc.perform(as(secretariat, post("/admin/network/bulletins/" + id + "/send"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("network.bulletin.rule.alreadySent"))));

        List<MimeMessage> sq = TestMailServer.awaitMailTo(albanian.email());
        assertThat(sq.get(0).getSubject()).isEqualTo("CiviKos: Takimi rajonal " + tag);
        assertThat(sq.get(0).getContent().toString()).contains("Ftoheni në takimin rajonal");
        List<MimeMessage> sr = TestMailServer.awaitMailTo(serbian.email());
        assertThat(sr.get(0).getSubject()).isEqualTo("CiviKos: Regionalni sastanak " + tag);
        Thread.sleep(300);
        assertThat(TestMailServer.mailTo(elsewhere.email())).isEmpty();
        mvc.perform(as(secretariat, get("/admin/network/bulletins/" + id))).andExpect(status().isOk())
                .andExpect(content().string(containsString(msg("network.bulletin.progress.heading"))));

        mvc.perform(as(elsewhere, get("/network/bulletins"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Takimi rajonal " + tag)));
        mvc.perform(as(albanian, get("/network/bulletins/" + id))).andExpect(status().isOk());
        TestAccounts.Person outsider = people.member("en");
        TestAccounts.Person nonMemberCso = people.holding(Role.CSO_REPRESENTATIVE, 1_999_999_998L, "en");
        for (TestAccounts.Person p : new TestAccounts.Person[] {outsider, nonMemberCso}) {
            mvc.perform(as(p, get("/network/bulletins"))).andExpect(status().isForbidden());
            mvc.perform(as(p, get("/network/bulletins/" + id))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/network/bulletins/" + id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void member_documents_are_for_signed_in_people_of_member_organisations_only() throws Exception {
        TestAccounts.Person secretariat = people.holding(Role.SECRETARIAT, null, "en");
        TestAccounts.Person member = people.holding(Role.CSO_REPRESENTATIVE, NetworkFixture.activeMember(jdbc, "GJI"), "en");
        String title = "Procesverbali i Kuvendit " + UUID.randomUUID();
        MockMultipartFile file = new MockMultipartFile("file", "procesverbali.txt", "text/plain",
                "Procesverbali i Kuvendit të CiviKos".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/network/member-documents").file(file).param("titleSq", title)
                .with(user(secretariat.principal())).with(csrf())).andExpect(status().is3xxRedirection());
        Long docId = jdbc.queryForObject("SELECT id FROM network_member_document WHERE title_sq = ?", Long.class, title);

        mvc.perform(as(member, get("/network/member-documents"))).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(as(member, get("/network/member-documents/" + docId))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Procesverbali i Kuvendit")));
        mvc.perform(as(people.member("en"), get("/network/member-documents/" + docId))).andExpect(status().isForbidden());
        mvc.perform(as(people.holding(Role.CSO_REPRESENTATIVE, 1_999_999_997L, "en"), get("/network/member-documents")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/network/member-documents/" + docId)).andExpect(status().is3xxRedirection());
    }
}

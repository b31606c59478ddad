package org.bashke.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bashke.council.VotingRights;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.CodesInForce;
import org.bashke.network.code.ManageCode;
import org.bashke.network.governance.NetworkBodies;
import org.bashke.network.member.ApplicationStatus;
import org.bashke.network.member.MemberConfirmationRepository;
import org.bashke.network.member.MembershipApplication;
import org.bashke.network.member.MembershipApplicationRepository;
import org.bashke.network.member.NetworkMemberRepository;
import org.bashke.shared.text.Language;
import org.bashke.support.IntegrationTest;
import org.bashke.identity.TestAccounts;
import org.bashke.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Membership on the real database, through the real security chain: application, Board decision, register, mail, access. */
@IntegrationTest
class NetworkMemberIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final MockMvc mvc;
    final NetworkMemberFixture fixture;
    final MembershipApplicationRepository applications;
    final NetworkMemberRepository members;
    final MemberConfirmationRepository confirmations;
    final Network network;
    final ManageCode code;
    final CodesInForce codes;
    final NetworkBodies bodies;
    final List<VotingRights> votingRights;
    final JdbcTemplate jdbc;

    @Autowired
    NetworkMemberIntegrationTest(ApplicationContext context, MockMvc mvc, MembershipApplicationRepository applications,
                                 NetworkMemberRepository members, MemberConfirmationRepository confirmations, Network network,
                                 ManageCode code, CodesInForce codes, NetworkBodies bodies, List<VotingRights> votingRights,
                                 JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixture = new NetworkMemberFixture(context);
        this.applications = applications;
        this.members = members;
        this.confirmations = confirmations;
        this.network = network;
        this.code = code;
        this.codes = codes;
        this.bodies = bodies;
        this.votingRights = votingRights;
        this.jdbc = jdbc;
    }

    MockMultipartHttpServletRequestBuilder apply(long organisationId, boolean acceptsCode) {
        MockMultipartHttpServletRequestBuilder request = multipart("/network/membership/apply");
        request.file(new MockMultipartFile("statute", "statuti.pdf", "application/pdf", PDF));
        request.file(new MockMultipartFile("registration", "certifikata.pdf", "application/pdf", PDF));
        request.param("organisationId", String.valueOf(organisationId));
        request.param("regionCode", "PRI");
        request.param("areas", "youth", "human_rights");
        if (acceptsCode) {
            request.param("acceptsCode", "true");
        }
        request.with(csrf());
        return request;
    }

    MembershipApplication applicationOf(long organisationId) {
        return applications.findByOrganisationIdInOrderBySubmittedAtDesc(List.of(organisationId)).get(0);
    }

    @Test
    void a_cso_applies_the_secretariat_checks_it_the_board_approves_it_at_a_meeting_and_it_is_in_the_public_register() throws Exception {
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Shoqata " + word);
        TestAccounts.Person rep = fixture.representative(org, "en");

        // without the code of conduct accepted, nothing is submitted
        mvc.perform(apply(org, false).with(user(rep.principal())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("acceptsCode-error")));
        assertThat(applications.findByOrganisationIdInOrderBySubmittedAtDesc(List.of(org))).isEmpty();

        mvc.perform(apply(org, true).with(user(rep.principal()))).andExpect(status().is3xxRedirection());
        MembershipApplication a = applicationOf(org);
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.getCodeVersionId()).isEqualTo(codes.inForce(CodeKind.CODE_OF_CONDUCT).map(CodeVersion::getId).orElse(null));

        var secretariat = user(NetworkMemberFixture.secretariat());
        mvc.perform(post("/admin/network/applications/{id}/complete", a.getId()).with(secretariat).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long meeting = fixture.boardMeeting("Mbledhja e Bordit " + word, 3);
        mvc.perform(post("/admin/network/applications/{id}/decision", a.getId()).with(secretariat).with(csrf())
                        .param("outcome", "APPROVE").param("meetingId", String.valueOf(meeting))
                        .param("votesFor", "7").param("votesAgainst", "0").param("votesAbstaining", "1"))
                .andExpect(status().is3xxRedirection());

        a = applicationOf(org);
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.getBoardMeetingId()).isEqualTo(meeting);
        LocalDate meetingDay = LocalDate.now(ZoneId.of("Europe/Belgrade")).minusDays(3);
        assertThat(network.memberOf(org)).hasValueSatisfying(m -> {
            assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(m.memberSince()).isEqualTo(meetingDay);
        });
        assertThat(network.isActiveMember(org)).isTrue();
        // the code accepted when applying counts
        assertThat(codes.accepted(org, CodeKind.CODE_OF_CONDUCT)).isTrue();

        for (String lang : List.of("sq", "sr-Latn", "en")) {
            mvc.perform(get("/network/members").param("lang", lang))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Shoqata " + word)));
        }
        mvc.perform(get("/network/members").param("region", "PRZ"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Shoqata " + word))));
        assertThat(TestMailServer.awaitMailTo(rep.email())).anySatisfy(m -> assertThat(m.getSubject()).contains("approved"));
    }

    @Test
    void a_refusal_needs_a_reason_and_the_applicant_receives_it_by_mail_in_their_language() throws Exception {
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Iniciativa " + word);
        TestAccounts.Person rep = fixture.representative(org, "sq");
        mvc.perform(apply(org, true).with(user(rep.principal()))).andExpect(status().is3xxRedirection());
        MembershipApplication a = applicationOf(org);
        var secretariat = user(NetworkMemberFixture.secretariat());
        mvc.perform(post("/admin/network/applications/{id}/complete", a.getId()).with(secretariat).with(csrf()));
        long meeting = fixture.boardMeeting("Bordi " + word, 1);

        mvc.perform(post("/admin/network/applications/{id}/decision", a.getId()).with(secretariat).with(csrf())
                .param("outcome", "REFUSE").param("meetingId", String.valueOf(meeting)).param("reason", " "));
        assertThat(applicationOf(org).getStatus()).isEqualTo(ApplicationStatus.COMPLETE);

        String reason = "Statuti nuk parashikon pavarësinë nga partitë politike " + word;
        mvc.perform(post("/admin/network/applications/{id}/decision", a.getId()).with(secretariat).with(csrf())
                .param("outcome", "REFUSE").param("meetingId", String.valueOf(meeting)).param("reason", reason))
                .andExpect(status().is3xxRedirection());
        assertThat(applicationOf(org).getStatus()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(network.memberOf(org)).isEmpty();

        List<MimeMessage> mail = TestMailServer.awaitMailTo(rep.email());
        assertThat(mail).anySatisfy(m -> {
            assertThat(m.getSubject()).contains("refuzua");
            assertThat(m.getContent().toString()).contains(reason);
        });
    }

    @Test
    void only_the_organisations_own_representative_applies_and_confirms_its_data() throws Exception {
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Qendra " + word);
        long other = fixture.cso("Tjetra " + word);
        TestAccounts.Person otherRep = fixture.representative(other, "sq");

        mvc.perform(apply(org, true).with(user(otherRep.principal()))).andExpect(status().isOk());
        assertThat(applications.findByOrganisationIdInOrderBySubmittedAtDesc(List.of(org))).isEmpty();

        fixture.member(org);
        long memberId = members.findByOrganisationId(org).orElseThrow().getId();
        mvc.perform(post("/network/membership/confirm").with(user(otherRep.principal())).with(csrf())
                        .param("organisationId", String.valueOf(org)).param("contactEmail", "info@" + word + ".example"))
                .andExpect(status().isForbidden());
        int year = CodesInForce.today().getYear();
        assertThat(confirmations.findByMemberIdAndYear(memberId, year)).isEmpty();

        // the secretariat sees it among those that have not confirmed
        mvc.perform(get("/admin/network/members").with(user(NetworkMemberFixture.secretariat())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Qendra " + word)));

        TestAccounts.Person rep = fixture.representative(org, "sq");
        mvc.perform(post("/network/membership/confirm").with(user(rep.principal())).with(csrf())
                        .param("organisationId", String.valueOf(org)).param("contactEmail", "info@" + word + ".example"))
                .andExpect(status().is3xxRedirection());
        assertThat(confirmations.findByMemberIdAndYear(memberId, year)).isPresent();
    }

    @Test
    void a_member_that_has_not_accepted_the_code_in_force_cannot_vote_in_a_board_election_until_it_does() {
        String word = NetworkMemberFixture.word();
        long org = fixture.cso("Votuesi " + word);
        fixture.member(org);
        TestAccounts.Person rep = fixture.representative(org, "sq");
        long board = bodies.board().orElseThrow().id();

        CodeVersion v = NetworkMemberFixture.asSecretariat(() -> code.draft(CodeKind.CODE_OF_CONDUCT,
                new ManageCode.Words(Language.SQ, "Kodi " + word, null, null, "Teksti i kodit " + word, null, null)));
        NetworkMemberFixture.asSecretariat(() -> code.adopt(v.getId(), CodesInForce.today()));
        assertThat(codes.inForce(CodeKind.CODE_OF_CONDUCT)).hasValueSatisfying(x -> assertThat(x.getId()).isEqualTo(v.getId()));

        assertThat(refusal(board, org)).contains("network-code.vote.codeNotAccepted");
        assertThat(code.notAccepted(v.getId())).anySatisfy(m -> assertThat(m.organisationId()).isEqualTo(org));
        assertThat(NetworkMemberFixture.asSecretariat(() -> code.remind(v.getId(), org))).isEqualTo(1);

        NetworkMemberFixture.as(rep.principal(), () -> {
            code.accept(v.getId(), org);
            return 0;
        });
        assertThat(refusal(board, org)).isEmpty();
        // adopted versions are immutable, in the database too
        assertThatThrownBy(() -> jdbc.update("update network_code_version set text_sq = 'x' where id = ?", v.getId()))
                .hasMessageContaining("immutable");
    }

    List<String> refusal(long body, long org) {
        return votingRights.stream().flatMap(r -> r.refusal(body, org).stream()).toList();
    }
}

package org.bashke.identity.web.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TmpDumpIdadminTest {
    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;

    @Test
    void dump() throws Exception {
        Account a = accounts.saveAndFlush(Account.invited("dump-" + System.nanoTime() + "@example.org", "Dump Person", "x", "sq", Instant.now()));
        var s = user("dumper@example.org").roles("SECRETARIAT");
        Files.writeString(Path.of("/tmp/dump-user.html"), mvc.perform(post("/admin/users/" + a.getId() + "/roles").with(s).with(csrf()).param("role", "GOVERNMENT_OFFICER").param("orgQuery", "Ministria")).andReturn().getResponse().getContentAsString());
        Files.writeString(Path.of("/tmp/dump-invite.html"), mvc.perform(get("/admin/invitations/new").param("lang", "sr-Cyrl").with(s)).andReturn().getResponse().getContentAsString());
        Files.writeString(Path.of("/tmp/dump-dash.html"), mvc.perform(get("/admin").with(s)).andReturn().getResponse().getContentAsString());
        Files.writeString(Path.of("/tmp/dump-people.html"), mvc.perform(get("/people").param("lang", "en")).andReturn().getResponse().getContentAsString());
    }
}

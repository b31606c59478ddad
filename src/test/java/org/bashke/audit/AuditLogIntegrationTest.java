package org.bashke.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bashke.audit.chain.ChainReport;
import org.bashke.audit.chain.VerifyAuditChain;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired AuditLog audit;
    @Autowired VerifyAuditChain verify;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MockMvc mvc;

    record Change(String name, int members) {
    }

    @AfterEach
    void clearLogin() {
        SecurityContextHolder.clearContext();
    }

    private String uniqueType() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void an_entry_names_the_logged_in_person_and_stores_canonical_json() {
        String type = uniqueType();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "drita.admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        tx.executeWithoutResult(s -> audit.record("test.thing.updated", type, 7, new Change("Shoqata ë", 3),
                Map.of("name", "Shoqata ç", "members", 4)));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE record_type = ?", type);
        assertThat(row.get("actor")).isEqualTo("drita.admin");
        assertThat(row.get("record_id")).isEqualTo("7");
        assertThat(row.get("before_json")).isEqualTo("{\"members\":3,\"name\":\"Shoqata ë\"}");
        assertThat(row.get("after_json")).isEqualTo("{\"members\":4,\"name\":\"Shoqata ç\"}");
    }

    @Test
    void without_a_login_the_actor_is_anonymous_and_record_as_names_the_actor() {
        String type = uniqueType();
        tx.executeWithoutResult(s -> {
            audit.record("test.thing.created", type, "a", null, Map.of("x", 1));
            audit.recordAs("system", "test.thing.created", type, "b", null, Map.of("x", 2));
        });
        assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE record_type = ? ORDER BY seq", String.class, type))
                .containsExactly("anonymous", "system");
    }

    @Test
    void an_entry_rolls_back_with_the_write_it_records() {
        String type = uniqueType();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            audit.record("test.thing.created", type, 1, null, Map.of("x", 1));
            throw new IllegalStateException("the write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = ?", Long.class, type)).isZero();
        assertThat(verify.run().intact()).isTrue();
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_entry() {
        String type = uniqueType();
        tx.executeWithoutResult(s -> audit.record("test.thing.created", type, 1, null, Map.of("x", 1)));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor = 'mallory' WHERE record_type = ?", type))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE record_type = ?", type))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void tampering_with_a_stored_entry_is_found_at_its_exact_seq() {
        String type = uniqueType();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                audit.record("test.thing.updated", type, i, Map.of("v", i), Map.of("v", i + 1));
            }
        });
        long target = jdbc.queryForObject("SELECT min(seq) + 1 FROM audit_entry WHERE record_type = ?", Long.class, type);
        String original = jdbc.queryForObject("SELECT after_json FROM audit_entry WHERE seq = ?", String.class, target);
        assertThat(verify.run().intact()).isTrue();
        tamper(target, "{\"v\":1000}");
        try {
            ChainReport report = verify.run();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(target);
            assertThat(report.problem()).isEqualTo(ChainReport.Problem.HASH_MISMATCH);
        } finally {
            // the database is shared with other test classes: leave the chain as it was
            tamper(target, original);
        }
        assertThat(verify.run().intact()).isTrue();
    }

    private void tamper(long seq, String afterJson) {
        tx.executeWithoutResult(s -> {
            jdbc.execute("SET LOCAL bashke.audit_maintenance = 'on'");
            jdbc.update("UPDATE audit_entry SET after_json = ? WHERE seq = ?", afterJson, seq);
        });
    }

    @Test
    void concurrent_appends_from_four_threads_keep_one_linear_chain_without_gaps() throws Exception {
        String type = uniqueType();
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> audit.recordAs("worker-" + thread, "test.thing.created", type,
                                thread + "-" + n, null, Map.of("n", n)));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = ?", Long.class, type))
                .isEqualTo(4L * perThread);
        ChainReport report = verify.run();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.checked()).isEqualTo(jdbc.queryForObject("SELECT max(seq) FROM audit_entry", Long.class));
    }

    @Test
    void the_audit_pages_are_refused_to_the_secretariat_and_open_to_admins() throws Exception {
        String type = uniqueType();
        tx.executeWithoutResult(s -> audit.recordAs("vjosa", "test.page.updated", type, 1,
                Map.of("title", "Para"), Map.of("title", "Pas")));
        mvc.perform(get("/admin/audit").with(user("s").roles("SECRETARIAT"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").with(user("s").roles("SECRETARIAT")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").param("recordType", type).param("lang", "en").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("test.page.updated")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Para")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Pas")));
        mvc.perform(get("/admin/audit").param("recordType", type).param("to", "2000-01-01").param("lang", "en")
                        .with(user("a").roles("ADMIN")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No entries match these filters.")));
        mvc.perform(get("/admin/audit").param("action", "test.page.").param("actor", "vjosa").param("lang", "en")
                        .param("from", java.time.LocalDate.now().minusDays(1).toString()).with(user("a").roles("ADMIN")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(type)));
        mvc.perform(get("/admin/audit/verify").param("lang", "sr-Cyrl").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(post("/admin/audit/verify").with(user("a").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("notice-success")));
    }

    @Test
    void a_bad_date_in_the_filter_is_a_message_not_an_error_page() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "27/11/2026").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
    }
}

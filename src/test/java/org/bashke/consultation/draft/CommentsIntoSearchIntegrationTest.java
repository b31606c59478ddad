package org.bashke.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CommentsIntoSearchIntegrationTest {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final TransactionTemplate transaction;
    final ConsultationRepository consultations;
    final CommentRepository comments;
    final CommentsIntoSearch backfill;

    @Autowired
    CommentsIntoSearchIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, TransactionTemplate transaction,
                                      ConsultationRepository consultations, CommentRepository comments,
                                      CommentsIntoSearch backfill) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.consultations = consultations;
        this.comments = comments;
        this.backfill = backfill;
    }

    @Test
    void comments_made_before_comments_were_searchable_enter_the_search_once() throws Exception {
        String word = "B" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
        String hiddenWord = "Q" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
        Consultation c = consultations.findAllByOrderByIdDesc().get(0);
        // saved as the code before did: no event, so not in the index
        long id = transaction.execute(s -> comments.save(new Comment(c.getId(), null, 1L, "Anëtar", "anetar@bashke.test", "sq",
                null, "Koment i vjetër " + word, true, Instant.now())).getId());
        transaction.executeWithoutResult(s -> {
            Comment hidden = comments.save(new Comment(c.getId(), null, 1L, "Anëtar", "anetar@bashke.test", "sq",
                    null, "Koment i fshehur " + hiddenWord, true, Instant.now()));
            hidden.hide(HiddenReason.OFF_TOPIC, Instant.now());
        });
        assertThat(mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString())
                .doesNotContain("comment-" + id + "\"");

        jdbc.update("DELETE FROM consultation_seed WHERE name = ?", CommentsIntoSearch.MARKER);
        backfill.run(null);
        String found = "";
        for (int i = 0; i < 100 && !found.contains("comment-" + id + "\""); i++) {
            Thread.sleep(100);
            found = mvc.perform(get("/search").param("q", word)).andReturn().getResponse().getContentAsString();
        }
        assertThat(found).contains("/consultations/" + c.getId() + "/comments?comment=" + id + "#comment-" + id + "\"");
        assertThat(mvc.perform(get("/search").param("q", hiddenWord)).andReturn().getResponse().getContentAsString())
                .doesNotContain(hiddenWord + "<").doesNotContain("i fshehur");
        // once per database: the marker stays
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consultation_seed WHERE name = ?", Integer.class,
                CommentsIntoSearch.MARKER)).isEqualTo(1);
    }
}

package org.bashke.consultation.draft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once per database: the public comments made before comments were searchable enter the one search
 * (from then on each one enters as it is made). Runs before the demo consultations load (order 200),
 * which publish their own.
 */
@Component
@Order(150)
class CommentsIntoSearch implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommentsIntoSearch.class);
    static final String MARKER = "search-comments";

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final CommentSearchRecords search;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    CommentsIntoSearch(ConsultationRepository consultations, CommentRepository comments, CommentSearchRecords search,
                       JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit) {
        this.consultations = consultations;
        this.comments = comments;
        this.search = search;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.update("INSERT INTO consultation_seed (name, loaded_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    MARKER, Timestamp.from(Instant.now())) == 0) {
                return;
            }
            int count = 0;
            for (Consultation c : consultations.findAllByOrderByIdDesc()) {
                for (Comment comment : comments.findByConsultationIdOrderByIdAsc(c.getId())) {
                    if (comment.isPublicComment() && !comment.isHidden()) {
                        search.changed(c, comment);
                        count++;
                    }
                }
            }
            if (count > 0) {
                audit.recordAs("system:search", "consultation.comments.indexed", "search-index", "consultation-comments", null,
                        Map.of("comments", count));
                log.info("Sent {} public comments made before comments were searchable to the one search", count);
            }
        });
    }
}

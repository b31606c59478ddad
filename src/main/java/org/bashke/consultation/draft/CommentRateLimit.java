package org.bashke.consultation.draft;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code perTenMinutes} comments per account in any ten minutes, counted in the database so the
 * limit holds across instances and restarts.
 */
public class CommentRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final CommentRepository comments;
    private final int perTenMinutes;

    public CommentRateLimit(CommentRepository comments, int perTenMinutes) {
        this.comments = comments;
        this.perTenMinutes = perTenMinutes;
    }

    public void check(long accountId, Instant now) {
        if (comments.countByAuthorAccountIdAndCreatedAtAfter(accountId, now.minus(WINDOW)) >= perTenMinutes) {
            throw new ConsultationRuleException("consultation.rule.comment.rateLimited");
        }
    }
}
